import ExcelJS from "exceljs";
import type { Language, Method } from "../rubric";
import {
  AGREED_COLUMN,
  agreedScores,
  reconcileHeader,
  reconcileRows,
  type AgreedScores,
  type RaterComparison,
} from "../report";
import { plainCellValue, worksheetRows } from "../files/xlsx";

/**
 * The agreed scores from a workbook's Reconcile sheet (found by its header, in any language), so
 * that a later run scores the LSGs the raters settled.
 */
export function readAgreedScores(workbook: ExcelJS.Workbook, method: Method): AgreedScores {
  const agreed = new Map<string, number>();
  for (const sheet of workbook.worksheets) {
    for (const [key, score] of agreedScores(worksheetRows(sheet, plainCellValue), method))
      agreed.set(key, score);
  }
  return agreed;
}

/** A sheet listing every disagreement, with a column for the score the raters agree. */
export function addReconcileSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  comparison: RaterComparison,
  agreed: AgreedScores,
  method: Method,
  lang: Language
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(reconcileHeader(lang)).font = { bold: true };
  for (const row of reconcileRows(comparison, agreed, method, lang)) sheet.addRow(row);
  const widths = [28, 20, 10, 14, 11, 14, 8, 36, 14, 8, 36, 14];
  sheet.columns.forEach((column, i) => (column.width = widths[i]));
  sheet.getColumn(AGREED_COLUMN + 1).eachCell((cell, row) => {
    if (row > 1) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  });
}
