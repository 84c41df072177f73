import ExcelJS from "exceljs";
import { columnIndex, type CellArea, type CellGrid, type CellValue } from "../sheets";
import { UserError } from "./errors";

/** ExcelJS cell values (rich text, formulas with cached results, hyperlinks, errors) as plain cell values. */
export function plainCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) {
    // A formula is read as Excel last showed it: its cached result.
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return plainCellValue(result as ExcelJS.CellValue);
  }
  if ("text" in value) return String((value as { text: unknown }).text);
  return String(value);
}

function parseAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  const column = match ? columnIndex(match[1]) : undefined;
  return match && column !== undefined ? { row: Number(match[2]) - 1, column } : undefined;
}

/** Merged areas ("A1:C1") as 0-based grid indices; the grid starts at A1. */
function mergedAreas(worksheet: ExcelJS.Worksheet): CellArea[] {
  const ranges = (worksheet.model as { merges?: string[] }).merges ?? [];
  const areas: CellArea[] = [];
  for (const range of ranges) {
    const [from, to] = range.split(":").map(parseAddress);
    if (from && to)
      areas.push({ top: from.row, left: from.column, bottom: to.row, right: to.column });
  }
  return areas;
}

export interface WorkbookSheet {
  readonly grid: CellGrid;
  readonly sheetName: string;
}

export async function readXlsx(file: string, sheet?: string): Promise<WorkbookSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new UserError(
      `Cannot read ${file} as an Excel workbook (.xlsx): ${(error as Error).message}`
    );
  }
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(", ");
    throw new UserError(
      sheet === undefined
        ? `${file} has no worksheets.`
        : `No sheet "${sheet}" in ${file}; its sheets are ${names}.`
    );
  }
  const width = worksheet.columnCount;
  const values: CellValue[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: CellValue[] = new Array(width);
    for (let c = 1; c <= width; c++) cells[c - 1] = plainCellValue(row.getCell(c).value);
    values.push(cells);
  }
  return {
    grid: { values, firstRow: 1, firstColumn: 0, merges: mergedAreas(worksheet) },
    sheetName: worksheet.name,
  };
}
