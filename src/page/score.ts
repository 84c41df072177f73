/* global Buffer */
import {
  analyseRated,
  readRatedTable,
  type AgreedScores,
  type AssessmentReport,
  type RaterComparison,
} from "../report";
import { cellText, MappingError, type CellGrid, type ColumnChoice, type FieldId } from "../sheets";
import { METHOD_2015, type Language, type Method } from "../rubric";
import { decodeCsv, parseCsv } from "../files/csv";
import { firstVisibleSheet, openXlsx } from "../files/xlsxPackage";
import { readSheetGrid } from "../files/xlsxSheet";
import type { InputSheet } from "../score/input";
import { readAgreedScores } from "../score/reconcileSheet";
import { resultsWorkbookBytes } from "../score/resultsWorkbook";

/**
 * The browser page's pipeline: the command line's, step for step (src/cli/main.ts), from the bytes
 * of a chosen file instead of a path, and to bytes for a download instead of a file. No Node module
 * is imported here or below (webpack builds the page for the web; the byte-level code gets its zlib,
 * Buffer and path from src/page/zlibShim.ts, the buffer package and src/page/posixPath.ts).
 */

export type Choices = Partial<Record<FieldId, ColumnChoice>>;

/** A file the page could not read, with the reason (the reader's own message). */
export class UnreadableFile extends Error {
  constructor(
    readonly file: string,
    readonly reason: "extension" | "xlsx" | "empty",
    detail = ""
  ) {
    super(detail);
  }
}

/** The chosen file's first visible sheet (a CSV: its one table), as the command line reads it. */
export function readChosenFile(name: string, bytes: Uint8Array): InputSheet {
  const extension = /\.[^.]*$/.exec(name)?.[0].toLowerCase();
  if (extension === ".csv") {
    const { text, encoding } = decodeCsv(bytes);
    return { grid: parseCsv(text), sheetName: name.slice(0, -4), format: "csv", encoding };
  }
  if (extension !== ".xlsx") throw new UnreadableFile(name, "extension");
  let workbook;
  try {
    workbook = openXlsx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  } catch (error) {
    throw new UnreadableFile(name, "xlsx", (error as Error).message);
  }
  const sheet = firstVisibleSheet(workbook);
  if (!sheet) throw new UnreadableFile(name, "empty");
  return { grid: readSheetGrid(workbook, sheet), sheetName: sheet.name, format: "xlsx", workbook };
}

/** Another sheet of the workbook already opened (the CLI's --sheet), read when the user picks it. */
export function chooseSheet(input: InputSheet, name: string): InputSheet {
  const sheet = input.workbook?.sheets.find((s) => s.name === name);
  if (!input.workbook || !sheet) return input;
  return { ...input, grid: readSheetGrid(input.workbook, sheet), sheetName: sheet.name };
}

export type Scored =
  | {
      readonly report: AssessmentReport;
      readonly raters: { comparison: RaterComparison; agreed: AgreedScores } | null;
    }
  | { readonly mappingError: MappingError };

/** Scores the sheet with the user's column choices; a column missing or unclear is returned, not thrown. */
export function scoreInput(
  input: InputSheet,
  choices: Choices,
  lang: Language,
  method: Method = METHOD_2015
): Scored {
  let rated;
  try {
    rated = readRatedTable(input.grid, { columns: choices });
  } catch (error) {
    if (error instanceof MappingError) return { mappingError: error };
    throw error;
  }
  const agreed: AgreedScores =
    rated.pairing && input.workbook ? readAgreedScores(input.workbook, method) : new Map();
  const { report, comparison } = analyseRated(rated, agreed, lang, method, {
    evidenceCheck: true,
  });
  return { report, raters: comparison ? { comparison, agreed } : null };
}

/** The results workbook (the user's sheets, Results, Summary with its charts) as the CLI's --out. */
export function resultsWorkbook(input: InputSheet, scored: Extract<Scored, { report: unknown }>) {
  return resultsWorkbookBytes(input, scored.report, scored.raters);
}

/** The download's name: the chosen file's, with " results" and .xlsx. */
export function resultsFileName(chosen: string): string {
  return `${chosen.replace(/\.[^.]*$/, "")} results.xlsx`;
}

/** A cell's value as the page shows it when a problem's cell is chosen. */
export function cellAt(grid: CellGrid, address: string): string | null {
  const match = /^([A-Z]+)(\d+)$/.exec(address.replace(/^.*!/, "").replace(/\$/g, ""));
  if (!match) return null;
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return cellText(grid.values[Number(match[2]) - grid.firstRow]?.[column - grid.firstColumn]);
}
