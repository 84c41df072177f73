/* global Excel */
import {
  label,
  summaryLayout,
  type AssessmentReport,
  type LayoutArea,
  type ReportTable,
  type SummaryLayout,
} from "../report";
import type { Language } from "../rubric";
import { chunkRows } from "./payload";
import { asLiteral, columnLetter } from "./text";

import { CHART_PREFIX } from "../report/chartSpecs";

export { CHART_PREFIX };

function address(area: LayoutArea): string {
  return `${columnLetter(area.left)}${area.top + 1}:${columnLetter(area.right)}${area.bottom + 1}`;
}

/** A sheet name not yet taken: the wanted one, or with " (2)", " (3)"… */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let name = wanted;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
  return name;
}

/** Excel's limit on a sheet name (support.microsoft.com: "Rename a worksheet"). */
const SHEET_NAME_LIMIT = 31;

/**
 * Adds a sheet under the wanted name, or "Name (2)"…, never over an existing one: one round trip
 * for the names taken. The name is cut to leave room for " (2)" within Excel's limit.
 */
export async function addUniqueSheet(
  context: Excel.RequestContext,
  wanted: string
): Promise<{ sheet: Excel.Worksheet; name: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const name = uniqueSheetName(wanted.slice(0, SHEET_NAME_LIMIT - 4), taken);
  return { sheet: sheets.add(name), name };
}

/** A sheet name not yet taken, for a new summary sheet. */
export function summarySheetName(lang: Language, taken: readonly string[]): string {
  return uniqueSheetName(label("summary", lang), taken);
}

/**
 * The layout's cells with each chart's category labels (its first column below the header) as
 * text: Excel takes a first column of numbers, such as rounds 2019 and 2023, as one more data
 * series instead of the categories (see WorkbookModel.chartSeries in the in-memory Excel).
 */
function chartLabelsAsText(layout: SummaryLayout): (string | number | null)[][] {
  const rows = layout.cells.map((row) => [...row]);
  for (const { source } of layout.charts) {
    for (let r = source.top + 1; r <= source.bottom; r++) {
      const label = rows[r][source.left];
      if (typeof label === "number") rows[r][source.left] = String(label);
    }
  }
  return rows;
}

/**
 * Queues the values from the top-left cell in payload-sized chunks. Only contents larger than the
 * payload limit take more than one round trip; the last chunk waits for the caller's sync.
 */
/**
 * Queues rows from A1 down in payload-sized chunks, syncing between chunks (the last one goes with
 * the caller's next sync): ordinary sheets take no extra round trip.
 */
export async function writeValuesInChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: readonly (string | number | boolean)[][],
  width: number
): Promise<void> {
  let top = 0;
  const chunks = chunkRows(rows);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (chunk.length > 0) sheet.getRangeByIndexes(top, 0, chunk.length, width).values = chunk;
    top += chunk.length;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (i < chunks.length - 1) await context.sync();
  }
}

/** Queues the look: bold titles, shaded wrapped headers, number formats and column widths. */
function formatSummary(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  for (const row of layout.titleRows) {
    const cell = sheet.getRangeByIndexes(row, 0, 1, 1);
    cell.format.font.bold = true;
  }
  for (const { row, columns } of layout.headerRows) {
    const header = sheet.getRangeByIndexes(row, 0, 1, columns);
    header.format.font.bold = true;
    header.format.fill.color = "#EDE7F3";
    header.format.wrapText = true;
  }
  for (const { area, format } of layout.formats) {
    const range = sheet.getRange(address(area));
    const rowsCount = area.bottom - area.top + 1;
    range.numberFormat = Array.from({ length: rowsCount }, () => [
      format === "share" ? "0.0%" : "0.00",
    ]);
  }
  layout.columnWidths.forEach((chars, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = chars * 6;
  });
}

/** Queues native charts bound to the table ranges, so they follow the numbers and can be restyled. */
function addSummaryCharts(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  for (const spec of layout.charts) {
    const chart = sheet.charts.add(
      spec.type as Excel.ChartType,
      sheet.getRange(address(spec.source)),
      "Columns" as Excel.ChartSeriesBy
    );
    chart.name = CHART_PREFIX + spec.id;
    chart.title.text = spec.title;
    chart.setPosition(
      `${columnLetter(spec.position.left)}${spec.position.top + 1}`,
      `${columnLetter(spec.position.right)}${spec.position.bottom + 1}`
    );
  }
}

/**
 * Queues the summary sheet's contents on an emptied sheet: tables, formats and native charts bound
 * to the table ranges, so users can restyle them and they follow the numbers. Large contents are
 * written in payload-sized chunks. Returns how many charts were added.
 */
export async function writeSummary(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  report: AssessmentReport,
  lang: Language,
  withCharts: boolean,
  extraTables: readonly ReportTable[] = []
): Promise<number> {
  const layout = summaryLayout(report, lang, extraTables);
  const rows = chartLabelsAsText(layout).map((row) => row.map(asLiteral));
  await writeValuesInChunks(context, sheet, rows, layout.width);
  formatSummary(sheet, layout);
  if (!withCharts) return 0;
  addSummaryCharts(sheet, layout);
  return layout.charts.length;
}
