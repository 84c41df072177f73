import { addCharts } from "../../src/files/xlsxCharts";
import { writeWorkbookPackage } from "../../src/files/xlsxWriter";
import { boundCharts, type BoundChart } from "../../src/report/chartSpecs";
import type { SummaryLayout } from "../../src/report/summaryLayout";

// A workbook whose summary sheet carries three charts, written by our own package writer.

// A sheet name that must be quoted in a formula, with an apostrophe to double and an ampersand.
export const SHEET = "Итоги O'Brien & Co";

/** A small summary: categories with shares, and categories per round (rounds as numbers). */
export const LAYOUT: SummaryLayout = {
  cells: [
    ["Summary", null, null, null],
    ["Category", "LSGs", "Share", null],
    ["positive", 3, 0.3, null],
    ["addressing", 5, 0.5, null],
    ["blind", 2, 0.2, null],
    [null, null, null, null],
    ["Round", "positive", "addressing", "blind"],
    [2019, 1, 2, 3],
    [2023, 2, 2, null],
  ],
  width: 4,
  titleRows: [0],
  findingRow: 0,
  headerRows: [
    { row: 1, columns: 3 },
    { row: 6, columns: 4 },
  ],
  formats: [{ area: { top: 2, bottom: 4, left: 2, right: 2 }, format: "share" }],
  charts: [
    {
      id: "categories",
      type: "Doughnut",
      title: "Категории",
      source: { top: 1, left: 0, bottom: 4, right: 1 },
      position: { top: 1, left: 6, bottom: 10, right: 11 },
    },
    {
      id: "shares",
      type: "BarClustered",
      title: "Shares & <counts>",
      source: { top: 1, left: 0, bottom: 4, right: 2 },
      position: { top: 12, left: 6, bottom: 21, right: 11 },
    },
    {
      id: "byRound",
      type: "ColumnStacked",
      title: "By round",
      source: { top: 6, left: 0, bottom: 8, right: 3 },
      position: { top: 23, left: 6, bottom: 32, right: 11 },
    },
  ],
  columnWidths: [20, 10, 10, 10],
};
/** The package with a "Data" sheet and the summary sheet, with or without its charts. */
export function chartWorkbook(withCharts: boolean): { bytes: Buffer; charts: BoundChart[] } {
  let charts: BoundChart[] = [];
  const bytes = writeWorkbookPackage(
    undefined,
    () => false,
    (book) => {
      book.sheet("Data").addRow(["x", 1]);
      const sheet = book.sheet(SHEET);
      for (const row of LAYOUT.cells) sheet.addRow(row);
      charts = boundCharts(LAYOUT, sheet.name);
    }
  );
  return { bytes: withCharts ? addCharts(bytes, charts) : bytes, charts };
}
