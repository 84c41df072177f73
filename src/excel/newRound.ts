/* global Excel */
import type { NewRoundLayout } from "../report/newRound";
import type { ExcelRun } from "./run";
import { addUniqueSheet } from "./summary";
import { asLiteral, columnLetter } from "./text";

// The pane's "New round…": the next round's scoring sheet, added to the open workbook as a new
// sheet (never over an existing one), laid out by src/report/newRound.ts as the CLI's is.

export interface PreparedRound {
  readonly sheet: string;
  readonly rows: number;
}

/** Runs of adjacent columns, e.g. [4,5,6,10,11,12] → [[4,6],[10,12]]: one validation per block. */
function blocks(columns: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Where the table landed: its header row and last row (1-based) and its last column's letter. */
interface TablePlace {
  readonly headerRow: number;
  readonly lastRow: number;
  readonly lastColumn: string;
}

/** Queues the title lines in column A, then one blank row, then the table. */
function writeTitleAndTable(sheet: Excel.Worksheet, layout: NewRoundLayout): TablePlace {
  const lines = layout.title.length;
  sheet.getRange(`A1:A${lines}`).values = layout.title.map((line) => [asLiteral(line)]);
  sheet.getRange("A1").format.font.bold = true;
  // One blank row, then the table: the header and one row per LSG. Names and the round label
  // are written as text, exactly as in the source ("2025" stays the label, not a number).
  const headerRow = lines + 2;
  const lastRow = headerRow + layout.rows.length;
  const lastColumn = columnLetter(layout.headers.length - 1);
  const address = `A${headerRow}:${lastColumn}${lastRow}`;
  sheet.getRange(address).values = [
    layout.headers.map((h) => asLiteral(h)),
    ...layout.rows.map((row) => row.map((cell) => asLiteral(cell))),
  ];
  // The worksheet's own collection: the address needs no sheet name (and no quoting of one).
  sheet.tables.add(address, true);
  return { headerRow, lastRow, lastColumn };
}

/** Queues a whole-number rule, its prompt and its Stop alert on each block of score columns. */
function validateScores(sheet: Excel.Worksheet, layout: NewRoundLayout, place: TablePlace): void {
  const { validation } = layout;
  for (const [from, to] of blocks(layout.scoreColumns)) {
    const scores = sheet.getRange(
      `${columnLetter(from)}${place.headerRow + 1}:${columnLetter(to)}${place.lastRow}`
    );
    scores.dataValidation.rule = {
      wholeNumber: {
        formula1: validation.min,
        formula2: validation.max,
        operator: "Between",
      },
    };
    scores.dataValidation.ignoreBlanks = true;
    scores.dataValidation.prompt = { ...validation.prompt, showPrompt: true };
    scores.dataValidation.errorAlert = {
      ...validation.error,
      showAlert: true,
      style: "Stop",
    };
  }
}

/**
 * Two round trips: the sheets' names (for a unique one), then everything else. Data validation
 * needs ExcelApi 1.8, which every Excel that runs this add-in has (SharedRuntime 1.1 needs
 * Microsoft 365 Version 2002 or Excel 2021; ExcelApi 1.8 came with Version 1808 and Excel 2019).
 */
export function prepareRound(run: ExcelRun, layout: NewRoundLayout): Promise<PreparedRound> {
  return run(async (context) => {
    const { sheet, name } = await addUniqueSheet(context, layout.sheetName);
    const place = writeTitleAndTable(sheet, layout);
    // An empty table has no score cells to validate.
    if (layout.rows.length > 0) validateScores(sheet, layout, place);
    sheet
      .getRange(`A${place.headerRow}:${place.lastColumn}${place.headerRow}`)
      .format.autofitColumns();
    sheet.activate();
    await context.sync();
    return { sheet: name, rows: layout.rows.length };
  });
}
