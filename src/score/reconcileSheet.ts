import type { Language, Method } from "../rubric";
import {
  AGREED_COLUMN,
  agreedScores,
  reconcileHeader,
  reconcileRows,
  type AgreedScores,
  type RaterComparison,
} from "../report";
import type { XlsxWorkbook } from "../files/xlsxPackage";
import { readSheetGrid } from "../files/xlsxSheet";
import type { CellLook } from "../files/xlsxStyles";
import type { PackageBuilder } from "../files/xlsxWriter";

/**
 * The agreed scores from a workbook's Reconcile sheet (found by its header, in any language), so
 * that a later run scores the LSGs the raters settled.
 */
export function readAgreedScores(workbook: XlsxWorkbook, method: Method): AgreedScores {
  const agreed = new Map<string, number>();
  for (const sheet of workbook.sheets) {
    for (const [key, score] of agreedScores(readSheetGrid(workbook, sheet).values, method))
      agreed.set(key, score);
  }
  return agreed;
}

/** A sheet listing every disagreement, with a column for the score the raters agree. */
export function addReconcileSheet(
  book: PackageBuilder,
  name: string,
  comparison: RaterComparison,
  agreed: AgreedScores,
  method: Method,
  lang: Language
): void {
  const widths = [28, 20, 10, 14, 11, 14, 8, 36, 14, 8, 36, 14];
  const sheet = book.sheet(name, { frozenRows: 1, columnWidths: widths });
  sheet.addRow(reconcileHeader(lang), { font: "bold" });
  // The agreed-score column is shaded in every row, empty or not: it is the one to fill in.
  const looks: (CellLook | undefined)[] = [];
  looks[AGREED_COLUMN] = { fill: "input" };
  for (const row of reconcileRows(comparison, agreed, method, lang)) sheet.addRow(row, looks);
}
