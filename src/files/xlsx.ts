import ExcelJS from "exceljs";
import { parseAreaAddress, type CellArea, type CellGrid, type CellValue } from "../sheets";

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

/** Merged areas ("A1:C1") as 0-based grid indices; the grid starts at A1. */
export function mergedAreas(worksheet: ExcelJS.Worksheet): CellArea[] {
  const ranges = (worksheet.model as { merges?: string[] }).merges ?? [];
  return ranges.map(parseAreaAddress).filter((area): area is CellArea => area !== undefined);
}

/** A worksheet's cells from A1 to its last used cell, each converted (by default to its value). */
export function worksheetRows<T>(
  worksheet: ExcelJS.Worksheet,
  convert: (value: ExcelJS.CellValue | undefined) => T
): T[][] {
  const width = worksheet.columnCount;
  const rows: T[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: T[] = new Array(width);
    for (let c = 1; c <= width; c++) cells[c - 1] = convert(row.getCell(c).value);
    rows.push(cells);
  }
  return rows;
}

/** A worksheet's values from A1 to its last used cell, with its merged areas. */
export function gridFromWorksheet(worksheet: ExcelJS.Worksheet): CellGrid {
  return {
    values: worksheetRows(worksheet, plainCellValue),
    firstRow: 1,
    firstColumn: 0,
    merges: mergedAreas(worksheet),
  };
}
