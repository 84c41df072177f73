/* global Excel */
import { scorecardsLayout, type AssessmentReport } from "../report";
import type { Language } from "../rubric";
import { chunkRows } from "./payload";
import { asLiteral } from "./text";

/**
 * Queues printable scorecards on an emptied sheet: one card per LSG, A4 portrait, a page break
 * after each card. Large sets are written in payload-sized chunks.
 */
export async function writeScorecards(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  report: AssessmentReport,
  lang: Language
): Promise<number> {
  const layout = scorecardsLayout(report, lang);
  const rows = layout.cells.map((row) => row.map(asLiteral));
  let top = 0;
  const chunks = chunkRows(rows);
  for (let i = 0; i < chunks.length; i++) {
    if (chunks[i].length > 0)
      sheet.getRangeByIndexes(top, 0, chunks[i].length, layout.width).values = chunks[i];
    top += chunks[i].length;
    // Only very large sets take more than one round trip.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (i < chunks.length - 1) await context.sync();
  }
  for (const row of layout.titleRows) sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
  for (const row of layout.headerRows) {
    const header = sheet.getRangeByIndexes(row, 0, 1, layout.width);
    header.format.font.bold = true;
    header.format.fill.color = "#EDE7F3";
  }
  for (const row of layout.lineRows) {
    sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
    sheet.getRangeByIndexes(row, 1, 1, layout.width - 1).merge();
  }
  sheet.getRangeByIndexes(0, 0, Math.max(1, layout.cells.length), layout.width).format.wrapText =
    true;
  layout.columnWidths.forEach(
    (chars, column) => (sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = chars * 6)
  );
  sheet.pageLayout.orientation = "Portrait" as Excel.PageOrientation;
  sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of layout.pageBreaksAfter)
    sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row + 1, 0, 1, 1));
  return layout.titleRows.length;
}
