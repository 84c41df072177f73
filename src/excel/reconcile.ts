/* global Excel */
import { AGREED_COLUMN, label } from "../report";
import type { Language } from "../rubric";
import type { SourceData } from "./source";
import { uniqueSheetName } from "./summary";
import { asLiteral } from "./text";

/** The Reconcile sheet, refreshed in place when it exists (the user's agreed scores were read into the rows). */
export function writeReconcile(
  context: Excel.RequestContext,
  source: SourceData,
  rows: readonly (readonly (string | number | null)[])[],
  lang: Language,
  taken: readonly string[]
): Excel.Worksheet {
  const id = source.state?.reconcileSheetId;
  const existing = id && source.reconcile ? context.workbook.worksheets.getItem(id) : null;
  const sheet =
    existing ?? context.workbook.worksheets.add(uniqueSheetName(label("reconcile", lang), taken));
  if (existing) sheet.getRange().clear("All");
  const width = rows[0].length;
  sheet.getRangeByIndexes(0, 0, rows.length, width).values = rows.map((row) => row.map(asLiteral));
  sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
  if (rows.length > 1)
    sheet.getRangeByIndexes(1, AGREED_COLUMN, rows.length - 1, 1).format.fill.color = "#FFF2CC";
  return sheet;
}
