/* global Excel */
import {
  CATEGORY_COLOURS,
  scorecardsLayout,
  type AssessmentReport,
  type LayoutArea,
  type ScorecardsLayout,
} from "../report";
import { CHART_PREFIX } from "../report/chartSpecs";
import { scorecardCharts } from "../report/scorecardChart";
import type { Language } from "../rubric";
import { writeValuesInChunks } from "./summary";
import { asLiteral, columnLetter } from "./text";

const cellOf = (row: number, column: number) => `${columnLetter(column)}${row + 1}`;
const address = (area: LayoutArea) =>
  `${cellOf(area.top, area.left)}:${cellOf(area.bottom, area.right)}`;

/**
 * Queues printable scorecards on an emptied sheet: one card per LSG, A4 portrait, a page break
 * after each card. Large sets are written in payload-sized chunks.
 */
export async function writeScorecards(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  report: AssessmentReport,
  lang: Language
): Promise<ScorecardsLayout> {
  const layout = scorecardsLayout(report, lang);
  const rows = layout.cells.map((row) => row.map(asLiteral));
  // Only very large sets take more than one round trip.
  await writeValuesInChunks(context, sheet, rows, layout.width);
  for (const row of layout.titleRows) sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
  // A long LSG name in the title (or district and oblast below it) gets the card's width.
  for (const row of [...layout.titleRows, ...layout.subtitleRows])
    sheet.getRangeByIndexes(row, 0, 1, layout.width).merge();
  for (const row of layout.headerRows) {
    const header = sheet.getRangeByIndexes(row, 0, 1, layout.width);
    header.format.font.bold = true;
    header.format.fill.color = "#EDE7F3";
  }
  for (const row of layout.lineRows) {
    sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
    sheet.getRangeByIndexes(row, 1, 1, layout.width - 1).merge();
  }
  // The category in its colour: Excel's Good / Neutral / Bad fills, as the result columns use.
  for (const { row, category } of layout.categoryCells) {
    if (category)
      sheet.getRangeByIndexes(row, 1, 1, layout.width - 1).format.fill.color =
        CATEGORY_COLOURS[category].fill;
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
  return layout;
}

/**
 * Queues one clustered bar chart per card over the card's chart rows, built from its small table
 * by rows (the LSG, its oblast's mean, the mean of all LSGs; the indicators as categories), named
 * with our prefix so that a refresh finds and removes them. The CLI writes the same charts
 * (src/report/scorecardChart.ts).
 */
export function addScorecardCharts(
  sheet: Excel.Worksheet,
  layout: ScorecardsLayout,
  lang: Language
): number {
  const specs = scorecardCharts(layout, "", lang);
  layout.charts.forEach(({ table }, i) => {
    const chart = sheet.charts.add(
      "BarClustered" as Excel.ChartType,
      sheet.getRange(address(table)),
      "Rows" as Excel.ChartSeriesBy
    );
    chart.name = specs[i].name;
    chart.title.text = specs[i].title;
    const { position } = specs[i];
    chart.setPosition(cellOf(position.top, position.left), cellOf(position.bottom, position.right));
  });
  return layout.charts.length;
}

/** Removes our charts (by their prefix) from a sheet whose charts were loaded. */
export function removeOurCharts(charts: Excel.ChartCollection): void {
  for (const chart of charts.items) if (chart.name.startsWith(CHART_PREFIX)) chart.delete();
}
