import { scorecardsLayout, label, type AssessmentReport } from "../report";
import { scorecardCharts } from "../report/scorecardChart";
import type { BoundChart } from "../report/chartSpecs";
import type { Language } from "../rubric";
import type { CellLook } from "../files/xlsxStyles";
import type { PackageBuilder } from "../files/xlsxWriter";

const WRAP_TOP: CellLook = { wrap: true, top: true };
const HEADER: CellLook = { font: "bold", fill: "header", wrap: true, top: true };

/**
 * One A4 portrait page per LSG, with page breaks between them: its scores, its category in the
 * category's colour, and a clustered bar chart of its three scores against its oblast's and all
 * LSGs' means, bound to the card's small table (the charts are returned, for addCharts).
 */
export function addScorecardsSheet(
  book: PackageBuilder,
  report: AssessmentReport,
  lang: Language
): BoundChart[] {
  const layout = scorecardsLayout(report, lang);
  const sheet = book.sheet(label("scorecards", lang), {
    printA4Portrait: true,
    columnWidths: layout.columnWidths,
  });
  const categoryOf = new Map(layout.categoryCells.map((c) => [c.row, c.category]));
  layout.cells.forEach((cells, i) => {
    let look: CellLook = WRAP_TOP;
    if (layout.titleRows.includes(i)) look = { ...WRAP_TOP, font: "title" };
    if (layout.subtitleRows.includes(i)) look = { ...WRAP_TOP, font: "italic" };
    if (layout.headerRows.includes(i)) look = HEADER;
    if (!layout.lineRows.includes(i)) {
      const number = sheet.addRow(cells, look);
      // A long LSG name in the title (or district and oblast below it) gets the card's width.
      if (layout.titleRows.includes(i) || layout.subtitleRows.includes(i))
        sheet.merge(number, 0, number, layout.width - 1);
      if (layout.pageBreaksAfter.includes(i)) sheet.pageBreakAfter(number);
      return;
    }
    // Values can be long (a category label, a change between rounds): they get the full width.
    // Merged cells do not grow to fit wrapped text: as many lines as the text needs (a finding
    // sentence takes three or four).
    const lines = Math.max(
      Math.ceil(String(cells[0]).length / 34),
      Math.ceil(String(cells[1] ?? "").length / 80)
    );
    const category = categoryOf.get(i);
    const number = sheet.addRow(
      cells,
      [
        { ...look, font: "bold" },
        { ...look, left: true, ...(category ? { fill: category } : {}) },
      ],
      lines > 1 ? 15 * lines : undefined
    );
    sheet.merge(number, 1, number, layout.width - 1);
    if (layout.pageBreaksAfter.includes(i)) sheet.pageBreakAfter(number);
  });
  return scorecardCharts(layout, sheet.name, lang);
}
