/* global Excel */
import { LANGUAGES, indicatorIds, type IndicatorId, type Language } from "../rubric";
import {
  resultColumns,
  resultHeaders,
  type AssessmentReport,
  type OutputMode,
  type ResultColumns,
} from "../report";
import type { Capabilities } from "./capabilities";
import { chunkRows } from "./payload";
import type { Occupied } from "../host/contract";
import type { SourceData } from "./source";
import type { StoredState } from "./state";
import { asLiteral, columnLetter } from "./text";

/** Where the result columns go, decided before anything is written. */
export interface ResultTarget {
  /** 0-based sheet columns of total, coverage and category. */
  readonly columns: readonly [number, number, number];
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** New table columns are added (the table grows); otherwise cells are written in place. */
  readonly addTableColumns: boolean;
}

const OUR_HEADERS = new Set(
  LANGUAGES.flatMap((lang) =>
    [...resultHeaders(lang), ...resultHeaders(lang, true)].map((h) => h.toLowerCase())
  )
);

export function isOurHeader(text: unknown): boolean {
  return typeof text === "string" && OUR_HEADERS.has(text.trim().toLowerCase());
}

/** The candidate places: where the last run wrote (if on this source) and just right of the data. */
export function candidateTargets(
  source: SourceData,
  report: AssessmentReport
): { previous: ResultTarget | null; fresh: ResultTarget } {
  const { grid } = source;
  const headerRow = report.source.headerRows[report.source.headerRows.length - 1];
  const width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
  const dataEnd = grid.firstRow + grid.values.length - 1;
  const lastLsg = report.table.rows.reduce((max, r) => Math.max(max, r.source.row), headerRow);
  const output = source.state?.output;
  const sameSource =
    output && output.sheetId === source.sheetId && output.tableName === source.tableName;
  const right = grid.firstColumn + width;
  const fresh: ResultTarget = {
    columns: [right, right + 1, right + 2],
    headerRow,
    firstRow: headerRow + 1,
    lastRow: Math.max(lastLsg, dataEnd),
    addTableColumns: source.kind === "table",
  };
  const previous: ResultTarget | null = sameSource
    ? {
        columns: output.columns,
        headerRow: output.headerRow,
        firstRow: output.headerRow + 1,
        // Rows of an older, longer run are cleared too (a table cannot hold them: it shrank with them).
        lastRow: source.kind === "table" ? dataEnd : Math.max(lastLsg, dataEnd, output.lastRow),
        addTableColumns: false,
      }
    : null;
  return { previous, fresh };
}

// What Apply would overwrite is part of the host contract (the pane shows it before asking).
export type { Occupied } from "../host/contract";

/** Non-empty cells of a target that the add-in did not write: what writing would overwrite. */
export function occupiedCells(
  target: ResultTarget,
  formulas: readonly (readonly unknown[])[],
  owned: boolean
): Occupied {
  if (owned) return { count: 0, cells: [] };
  const cells: string[] = [];
  let count = 0;
  formulas.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === null) return;
      count++;
      if (cells.length < 10)
        cells.push(`${columnLetter(target.columns[c])}${target.headerRow + r}`);
    })
  );
  return { count, cells };
}

export function targetRange(sheet: Excel.Worksheet, target: ResultTarget): Excel.Range {
  return sheet.getRangeByIndexes(
    target.headerRow - 1,
    target.columns[0],
    target.lastRow - target.headerRow + 1,
    3
  );
}

/** How writeResults writes: the output mode and language, and what the host can do. */
export interface WriteOptions {
  readonly mode: OutputMode;
  readonly lang: Language;
  readonly capabilities: Capabilities;
  readonly onChunk?: (done: number, total: number) => void;
  /** Two raters: the totals are the agreed ones (see resultHeaders). */
  readonly agreed?: boolean;
}

/**
 * Queues the result columns: headers, values or formulas in payload-sized chunks (one sync each),
 * and the category colours. Calculation is suspended during each chunk and restored on the written
 * cells with the next sync. Returns the headers as Excel kept them.
 */
export async function writeResults(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  source: SourceData,
  report: AssessmentReport,
  target: ResultTarget,
  options: WriteOptions
): Promise<readonly string[]> {
  const plan = planColumns(report, target, options);
  const header = queueHeaders(context, sheet, source.tableName, target, plan.headers);
  const suspended = await writeChunks(context, sheet, target, plan.rows, options);
  const headers = header.values[0].map(String);

  // Suspended calculation is ours to restore (learn.microsoft.com: Application.
  // suspendApiCalculationUntilNextSync): the formulas just written, the category one reading the
  // total, are calculated with the next round trip, before anything reads them.
  if (suspended && plan.rows.length > 0)
    sheet
      .getRangeByIndexes(target.firstRow - 1, target.columns[0], plan.rows.length, 3)
      .calculate();

  if (plan.rows.length > 0) queueCategoryColours(sheet, target, plan, options.capabilities);
  return headers;
}

/** The headers, rows and colour rules to write, formulas reading the mapped indicator columns. */
function planColumns(
  report: AssessmentReport,
  target: ResultTarget,
  options: WriteOptions
): ResultColumns {
  const mapping = report.source.mapping;
  const indicatorColumns = {} as Record<IndicatorId, string>;
  for (const id of indicatorIds(report.table.method)) {
    indicatorColumns[id] = mapping.headers[mapping.fields[id]!.column].letter;
  }
  return resultColumns(report, {
    mode: options.mode,
    lang: options.lang,
    firstRow: target.firstRow,
    lastRow: target.lastRow,
    indicatorColumns,
    totalColumn: columnLetter(target.columns[0]),
    agreed: options.agreed,
  });
}

/**
 * Queues the header row (new table columns, or cells written in place), bold, and its reading
 * back with the next sync: the headers as Excel kept them are how the next run knows its columns.
 */
function queueHeaders(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  tableName: string | null,
  target: ResultTarget,
  names: readonly string[]
): Excel.Range {
  const header = sheet.getRangeByIndexes(target.headerRow - 1, target.columns[0], 1, 3);
  if (target.addTableColumns && tableName) {
    // Excel names each new column; a name the table already has comes back renamed ("Category2").
    const table = context.workbook.tables.getItem(tableName);
    for (const name of names) table.columns.add(undefined, undefined, name);
  } else {
    header.values = [[...names]];
  }
  header.format.font.bold = true;
  header.load("values");
  return header;
}

/**
 * Writes the rows in payload-sized chunks, one sync each (the queued headers go with the first).
 * Returns whether calculation was suspended, so that the caller restores it.
 */
async function writeChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  target: ResultTarget,
  rows: ResultColumns["rows"],
  options: WriteOptions
): Promise<boolean> {
  const values = options.mode === "values";
  const chunks = chunkRows(values ? rows.map((r) => r.map(asLiteral)) : rows.map((r) => [...r]));
  let row = target.firstRow;
  let suspended = false;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (chunk.length > 0) {
      if (options.capabilities.conditionalFormats) {
        context.workbook.application.suspendApiCalculationUntilNextSync();
        suspended = true;
      }
      const range = sheet.getRangeByIndexes(row - 1, target.columns[0], chunk.length, 3);
      if (values) range.values = chunk;
      else range.formulas = chunk;
      row += chunk.length;
    }
    // One round trip per payload-sized chunk; ordinary tables need one.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    options.onChunk?.(i + 1, chunks.length);
  }
  return suspended;
}

/** The category column's width and colours: Excel's Good / Neutral / Bad, one rule per label. */
function queueCategoryColours(
  sheet: Excel.Worksheet,
  target: ResultTarget,
  plan: ResultColumns,
  capabilities: Capabilities
): void {
  const categories = sheet.getRangeByIndexes(
    target.firstRow - 1,
    target.columns[2],
    plan.rows.length,
    1
  );
  categories.format.columnWidth = 180;
  if (!capabilities.conditionalFormats) return;
  categories.conditionalFormats.clearAll();
  for (const rule of plan.categoryRules) {
    const format = categories.conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
    format.textComparison.format.fill.color = rule.fill;
    format.textComparison.format.font.color = rule.font;
    format.textComparison.rule = {
      operator: "Contains" as Excel.ConditionalTextOperator,
      text: rule.text,
    };
  }
}

/** The output part of the stored state after a run. */
export function outputState(
  source: SourceData,
  target: ResultTarget,
  mode: OutputMode,
  headers: readonly string[]
): NonNullable<StoredState["output"]> {
  return {
    sheetId: source.sheetId,
    tableName: source.tableName,
    columns: target.columns,
    headerRow: target.headerRow,
    lastRow: target.lastRow,
    mode,
    headers,
  };
}

/**
 * Whether the cells where the last run wrote still carry its headers: one of ours in any language,
 * the very name Excel gave it last time, or ours with the number a table appends to a name it has
 * already ("Category2" when "Category" was taken), should the run have stopped before storing it.
 */
export function isOurHeaderRow(
  cells: readonly unknown[],
  stored: readonly string[] | undefined
): boolean {
  const same = (a: unknown, b: string | undefined) =>
    typeof a === "string" && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
  const renamed = (a: unknown) => typeof a === "string" && isOurHeader(a.replace(/\d+\s*$/, ""));
  return (
    cells.length === 3 &&
    cells.every((cell, i) => isOurHeader(cell) || renamed(cell) || same(cell, stored?.[i]))
  );
}
