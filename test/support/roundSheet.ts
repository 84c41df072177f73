import type ExcelJS from "exceljs";

// The sheet a new round gets for its assessors (`--new-round`, or New round… in the pane), as the
// tests read it back.

/** The English headers of the round's table, one assessor: names, round, scores, evidence, rater. */
export const ROUND_HEADERS = [
  "Oblast",
  "District",
  "LSG",
  "Year / round",
  "Documents",
  "Mechanism",
  "Budget",
  "Documents — evidence",
  "Mechanism — evidence",
  "Budget — evidence",
  "Rater",
];

/** The sheet's table: header row number and where the score cells are. */
export function tableOf(sheet: ExcelJS.Worksheet) {
  const table = sheet.getTable("GenderScorecardRound") as unknown as {
    table: { tableRef: string; columns: { name: string }[] };
  };
  const ref = table.table.tableRef; // e.g. "A10:N50"
  const [, top, bottom] = /^A(\d+):[A-Z]+(\d+)$/.exec(ref)!.map(Number);
  return { headerRow: top, lastRow: bottom, headers: table.table.columns.map((c) => c.name) };
}

/** The data validation of each of these columns (1-based) in one row. */
export function validationsOf(sheet: ExcelJS.Worksheet, row: number, columns: number[]) {
  return columns.map((c) => sheet.getCell(row, c).dataValidation);
}
