import ExcelJS from "exceljs";
import { runCli, SAMPLE } from "../cli/run";

// The sheet `--new-round` writes for the next round's assessors, as the tests read it back.

/** Prepares the next round's sheet from the sample, expecting a clean run. */
export async function prepareRound(out: string, ...extra: string[]): Promise<void> {
  const result = await runCli(SAMPLE, "--new-round", "2025", "--out", out, ...extra);
  expect(result.stdout).toBe("");
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/40 LSGs for round 2025/);
}

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
