import ExcelJS from "exceljs";
import { decodeCsv, parseCsv } from "../files/csv";
import { mergedAreas, plainCellValue, worksheetRows } from "../files/xlsx";
import { WorkbookModel, type SheetModel } from "../fake-excel";
import { cellText, type CellValue } from "../sheets";
import { asLiteral, neverFormula } from "../excel/text";

function typed(value: CellValue): unknown {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return "error" in value ? value.error : cellText(value);
  return value;
}

function fill(sheet: SheetModel, rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) =>
    Array.from({ length: width }, (_, c) => (r[c] === undefined ? "" : r[c]))
  );
  sheet.write({ top: 0, left: 0, bottom: rows.length - 1, right: width - 1 }, padded);
}

/** A CSV as Excel opens it: one sheet, values typed in (numbers become numbers). */
export function workbookFromCsv(bytes: Uint8Array, name: string): WorkbookModel {
  const model = new WorkbookModel();
  const sheet = model.addSheet(name.slice(0, 31) || "Sheet1");
  // A value typed with a leading apostrophe stays text, as in Excel; CSV text is data, not formulas.
  fill(
    sheet,
    parseCsv(decodeCsv(bytes).text).values.map((row) => row.map((v) => neverFormula(typed(v))))
  );
  return model;
}

/** An .xlsx: every sheet with its values, formulas, merged cells and tables. */
export async function workbookFromXlsx(buffer: ArrayBuffer): Promise<WorkbookModel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const model = new WorkbookModel();
  for (const worksheet of workbook.worksheets) {
    const sheet = model.addSheet(worksheet.name);
    // Formulas come back as formulas, to be evaluated here; other cells as the values they hold.
    const rows = worksheetRows(worksheet, (value) => {
      if (value && typeof value === "object" && "formula" in value && value.formula)
        return `=${value.formula}`;
      // A text cell of the file is text: "007" or "1/2" stay as they were, as in Excel.
      const plain = typed(plainCellValue(value));
      return typeof plain === "string" ? asLiteral(plain) : plain;
    });
    fill(sheet, rows);
    // ExcelJS repeats a merged area's value in every cell; Excel keeps it in the top-left one only.
    for (const area of mergedAreas(worksheet)) {
      sheet.merges.push(area);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const cell = sheet.cell(r, c);
          if (cell && (r !== area.top || c !== area.left)) cell.value = null;
        }
      }
    }
  }
  return model;
}
