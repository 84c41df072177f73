import { columnLetter } from "../sheets";
import type { ChartKind, LayoutArea, SummaryLayout } from "./summaryLayout";

/** A block of cells on a sheet as a chart formula reads it, with the values it holds now. */
export interface CellsRef<T> {
  /** An absolute reference with the sheet name quoted, e.g. 'Summary'!$B$8:$B$10. */
  readonly ref: string;
  /** The cells' values in order, cached in the chart so viewers draw before recalculating. */
  readonly values: readonly T[];
}

export interface ChartSeriesSpec {
  readonly name: CellsRef<string>;
  readonly values: CellsRef<number | null> & { readonly format: string };
}

/** The names of our charts begin with this, so a re-run finds and replaces them. */
export const CHART_PREFIX = "GenderScorecard.";

/** A native chart bound to cells of a sheet: what a chart part needs, with no host or bytes. */
export interface BoundChart {
  readonly id: string;
  /** The chart object's name: CHART_PREFIX and the id. */
  readonly name: string;
  readonly type: ChartKind;
  readonly title: string;
  /** The sheet the chart sits on (the same sheet as its cells). */
  readonly sheet: string;
  /** The cells the chart covers, 0-based and inclusive. */
  readonly position: LayoutArea;
  readonly categories: CellsRef<string | number>;
  readonly series: readonly ChartSeriesSpec[];
}

/** A sheet name as formulas write it: always quoted, an apostrophe doubled (so 'O''Brien'). */
export function quotedSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** An absolute reference to a rectangle of `sheet`, e.g. 'Summary'!$A$8:$A$10. */
export function absoluteRef(sheet: string, area: LayoutArea): string {
  const corner = (row: number, column: number) => `$${columnLetter(column)}$${row + 1}`;
  const start = corner(area.top, area.left);
  const end = corner(area.bottom, area.right);
  return `${quotedSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

const FORMAT_CODES = { share: "0.0%", decimal: "0.00" } as const;

/**
 * The summary layout's charts with their series spelled out, as Excel builds them from a source
 * range by columns (what the pane asks for in src/excel/summary.ts): the header row names the
 * series, the first column below it holds the categories, each further column is one series.
 */
export function boundCharts(layout: SummaryLayout, sheet: string): BoundChart[] {
  const cell = (row: number, column: number) => layout.cells[row]?.[column] ?? null;
  const formatOf = (row: number, column: number) => {
    const found = layout.formats.find(
      ({ area }) =>
        area.top <= row && row <= area.bottom && area.left <= column && column <= area.right
    );
    return found ? FORMAT_CODES[found.format] : "General";
  };
  return layout.charts.map(({ id, type, title, source, position }) => {
    const first = source.top + 1;
    const column = (c: number): LayoutArea => ({
      top: first,
      bottom: source.bottom,
      left: c,
      right: c,
    });
    const rows = Array.from({ length: source.bottom - source.top }, (_, i) => first + i);
    const series: ChartSeriesSpec[] = [];
    for (let c = source.left + 1; c <= source.right; c++) {
      const header = { top: source.top, bottom: source.top, left: c, right: c };
      series.push({
        name: { ref: absoluteRef(sheet, header), values: [String(cell(source.top, c) ?? "")] },
        values: {
          ref: absoluteRef(sheet, column(c)),
          values: rows.map((r) => {
            const value = cell(r, c);
            return typeof value === "number" ? value : null;
          }),
          format: formatOf(first, c),
        },
      });
    }
    return {
      id,
      name: CHART_PREFIX + id,
      type,
      title,
      sheet,
      position,
      categories: {
        ref: absoluteRef(sheet, column(source.left)),
        values: rows.map((r) => cell(r, source.left) ?? ""),
      },
      series,
    };
  });
}
