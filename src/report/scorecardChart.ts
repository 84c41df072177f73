import type { Language } from "../rubric";
import { absoluteRef, CHART_PREFIX, type BoundChart, type ChartSeriesSpec } from "./chartSpecs";
import { label } from "./labels";
import type { ScorecardsLayout } from "./scorecards";

/** The chart id of the card at that index (0-based): the same in the pane and the CLI. */
export function scorecardChartId(index: number): string {
  return `scorecard.${index + 1}`;
}

/**
 * One clustered bar chart per card, bound to the card's small table as Excel builds it from that
 * range by rows (what the pane asks for in src/excel/scorecards.ts): the header row holds the
 * indicators (the categories), each further row is one series (the LSG, its oblast's mean, the
 * mean of all LSGs), named by its first cell.
 */
export function scorecardCharts(
  layout: ScorecardsLayout,
  sheet: string,
  lang: Language
): BoundChart[] {
  const cell = (row: number, column: number) => layout.cells[row]?.[column] ?? null;
  return layout.charts.map(({ table, position }, i) => {
    const values = (row: number) => ({ top: row, bottom: row, left: 1, right: table.right });
    const columns = Array.from({ length: table.right }, (_, c) => c + 1);
    const series: ChartSeriesSpec[] = [];
    for (let row = table.top + 1; row <= table.bottom; row++) {
      const nameCell = { top: row, bottom: row, left: 0, right: 0 };
      series.push({
        name: { ref: absoluteRef(sheet, nameCell), values: [String(cell(row, 0) ?? "")] },
        values: {
          ref: absoluteRef(sheet, values(row)),
          values: columns.map((c) => {
            const value = cell(row, c);
            return typeof value === "number" ? value : null;
          }),
          format: "General",
        },
      });
    }
    const id = scorecardChartId(i);
    return {
      id,
      name: CHART_PREFIX + id,
      type: "BarClustered",
      title: label("scoresCompared", lang),
      sheet,
      position,
      categories: {
        ref: absoluteRef(sheet, values(table.top)),
        values: columns.map((c) => cell(table.top, c) ?? ""),
      },
      series,
    };
  });
}
