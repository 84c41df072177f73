import { describeMethod, type Language } from "../rubric";
import type { AssessmentReport } from "./analysis";
import { validationTables } from "./checkTables";
import { summaryLines } from "./headline";
import { label } from "./labels";
import { moversTables, transitionTable } from "./movers";
import {
  categoryTable,
  indicatorTable,
  oblastTable,
  roundTable,
  summaryTables,
  type CellFormat,
  type ReportTable,
} from "./tables";

/** A rectangle on the summary sheet, 0-based and inclusive. */
export interface LayoutArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type ChartKind = "Doughnut" | "ColumnStacked" | "BarClustered";

/** A native chart bound to a block of the summary sheet. */
export interface ChartSpec {
  readonly id: string;
  readonly type: ChartKind;
  readonly title: string;
  /** Header row and first column included: names the series and the categories. */
  readonly source: LayoutArea;
  /** Where the chart sits. */
  readonly position: LayoutArea;
}

/** The summary sheet as plain data: cells, formats and charts, rendered by the Excel layer. */
export interface SummaryLayout {
  /** Rectangular: every row has `width` cells. */
  readonly cells: readonly (readonly (string | number | null)[])[];
  readonly width: number;
  readonly titleRows: readonly number[];
  /** The row of the finding sentence, to be shown wrapped across the sheet. */
  readonly findingRow: number;
  readonly headerRows: readonly { readonly row: number; readonly columns: number }[];
  readonly formats: readonly { readonly area: LayoutArea; readonly format: CellFormat }[];
  readonly charts: readonly ChartSpec[];
  /** Suggested column widths in characters. */
  readonly columnWidths: readonly number[];
}

const CHART_COLUMN = 12;
const CHART_HEIGHT = 16;
const CHART_WIDTH = 8;

type Cell = string | number | null;

/** Where a placed table sits: its header row and its last row. */
interface Anchor {
  readonly header: number;
  readonly last: number;
}

/** The summary sheet as it is filled, line after line, with where each table went. */
class SummarySheet {
  readonly rows: Cell[][] = [];
  readonly titleRows: number[] = [];
  readonly headerRows: { row: number; columns: number }[] = [];
  readonly formats: { area: LayoutArea; format: CellFormat }[] = [];
  readonly anchors = new Map<string, Anchor>();

  /** Adds a row; returns its index. */
  line(...cells: Cell[]): number {
    return this.rows.push(cells) - 1;
  }

  title(text: string): void {
    this.titleRows.push(this.line(text));
  }

  /** A table: title, header, rows, its columns' formats, then a blank line. */
  place(table: ReportTable): void {
    this.title(table.title);
    const header = this.line(...table.header);
    this.headerRows.push({ row: header, columns: table.header.length });
    for (const cells of table.rows) this.line(...cells);
    const last = this.rows.length - 1;
    for (const [column, format] of Object.entries(table.formats)) {
      if (table.rows.length > 0)
        this.formats.push({
          area: { top: header + 1, bottom: last, left: Number(column), right: Number(column) },
          format,
        });
    }
    this.anchors.set(table.id, { header, last });
    this.line();
  }
}

/**
 * The summary sheet: the summary tables, who moved between the two latest rounds, then any extra
 * tables (e.g. two raters' agreement), then the checks.
 */
export function summaryLayout(
  report: AssessmentReport,
  lang: Language,
  extraTables: readonly ReportTable[] = []
): SummaryLayout {
  const sheet = new SummarySheet();
  const findingRow = placeHeadline(sheet, report, lang);
  const moved = moversTables(report.movers, report.table.method, lang);
  for (const table of [...summaryTables(report, lang), ...moved, ...extraTables])
    sheet.place(table);
  const checks = validationTables(report, lang);
  if (checks.length > 0) {
    sheet.title(label("problemsHeading", lang));
    for (const table of checks) sheet.place(table);
  }
  sheet.line(`${label("headerRow", lang)}: ${report.source.headerRows.join("–")}`);

  const charts = summaryCharts(report, lang, sheet.anchors);
  const width = Math.max(...sheet.rows.map((r) => r.length));
  return {
    cells: sheet.rows.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]),
    width,
    titleRows: sheet.titleRows,
    findingRow,
    headerRows: sheet.headerRows,
    formats: sheet.formats,
    charts,
    columnWidths: [44, ...Array<number>(width - 1).fill(14)],
  };
}

/** The method's title and description, the counts and the findings; returns the finding's row. */
function placeHeadline(sheet: SummarySheet, report: AssessmentReport, lang: Language): number {
  const { method } = report.table;
  sheet.title(method.title[lang]);
  // Every report says which method produced it.
  sheet.line(describeMethod(method, lang));
  // What the numbers are over, then the headline round's finding, then the other rounds'.
  const [counts, finding, ...others] = summaryLines(report, lang);
  sheet.line(counts);
  const findingRow = sheet.line(finding);
  for (const other of others) sheet.line(other);
  sheet.line();
  return findingRow;
}

/** The n-th chart's place: charts stacked right of the tables, one below the other. */
function chartPosition(n: number): LayoutArea {
  const top = 1 + n * (CHART_HEIGHT + 1);
  return {
    top,
    left: CHART_COLUMN,
    bottom: top + CHART_HEIGHT - 1,
    right: CHART_COLUMN + CHART_WIDTH - 1,
  };
}

/** A placed table's block from its header, up to `lastColumn` (and `rowsWanted` rows); null if empty. */
function tableBlock(
  anchor: Anchor | undefined,
  lastColumn: number,
  rowsWanted?: number
): LayoutArea | null {
  if (!anchor || anchor.last <= anchor.header) return null;
  const bottom =
    rowsWanted === undefined ? anchor.last : Math.min(anchor.last, anchor.header + rowsWanted);
  return { top: anchor.header, left: 0, bottom, right: lastColumn };
}

/** The Summary's charts, each bound to the block of its table that holds the numbers. */
function summaryCharts(
  report: AssessmentReport,
  lang: Language,
  anchors: ReadonlyMap<string, Anchor>
): ChartSpec[] {
  const { method } = report.table;
  const charts: ChartSpec[] = [];
  const chart = (id: string, type: ChartKind, title: string, source: LayoutArea | null) => {
    if (source) charts.push({ id, type, title, source, position: chartPosition(charts.length) });
  };
  const block = (id: string, lastColumn: number, rowsWanted?: number) =>
    tableBlock(anchors.get(id), lastColumn, rowsWanted);
  const bands = method.categories.length;
  // The category table's last row ("of which …") is a subset, not a category: left out of the doughnut.
  chart("categories", "Doughnut", categoryTable(report, lang).title, block("categories", 1, bands));
  chart("byOblast", "ColumnStacked", oblastTable(report, lang).title, block("byOblast", bands));
  chart(
    "indicators",
    "BarClustered",
    `${label("mean", lang)}: ${indicatorTable(report, lang).title}`,
    block("indicators", 1)
  );
  if (report.byRound.length > 1)
    chart("byRound", "ColumnStacked", roundTable(report, lang).title, block("byRound", bands));
  // The movers' categories block only: the LSGs counted apart below it are not transitions.
  if (report.movers)
    chart(
      "movers",
      "ColumnStacked",
      transitionTable(report.movers, method, lang).title,
      block("movers", bands, bands)
    );
  return charts;
}
