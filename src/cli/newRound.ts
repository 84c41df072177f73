import ExcelJS from "exceljs";
import { MappingError, columnLetter, type ReadOptions } from "../sheets";
import { readRatedTable } from "../report";
import { newRoundLayout, roundLsgs, type NewRoundLayout } from "../report/newRound";
import type { Language, Method } from "../rubric";
import type { CliOptions } from "./args";
import { UserError } from "./errors";
import { WRITTEN } from "./fileMessages";
import { say } from "./messages";
import type { Output } from "./main";
import { checkOutPath, writeOutFile } from "./outPath";
import type { Progress } from "./progress";
import { readInput, type InputSheet } from "./readInput";

// `--new-round LABEL --out NEW.xlsx`: a new workbook with one scoring sheet for the next round.
// The input is only read; its LSGs (the latest round's) become the rows.

export interface NewRoundRequest {
  readonly file: string;
  readonly round: string;
  readonly lang: Language;
  readonly raters: 1 | 2;
  readonly method: Method;
  readonly read: ReadOptions;
}

/** The layout of the next round's sheet from the input's rows. */
export function layoutFromInput(input: InputSheet, request: NewRoundRequest): NewRoundLayout {
  let rows;
  try {
    rows = readRatedTable(input.grid, request.read).table.rows;
  } catch (error) {
    if (error instanceof MappingError)
      throw new UserError(say.cannotPrepareRound({ file: request.file, error }));
    throw error;
  }
  const lsgs = roundLsgs(rows);
  if (lsgs.length === 0) throw new UserError(say.noLsgNames({ file: request.file }));
  return newRoundLayout(lsgs, {
    round: request.round,
    lang: request.lang,
    raters: request.raters,
    method: request.method,
  });
}

/**
 * Writes the layout as an .xlsx: the title lines, then an Excel table, its score cells validated
 * as whole numbers in the method's range (Excel and LibreOffice refuse anything else as it is typed).
 */
export async function writeNewRound(file: string, layout: NewRoundLayout): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.sheetName.slice(0, 31));
  layout.title.forEach((line, i) => {
    sheet.getCell(i + 1, 1).value = line;
    if (i === 0) sheet.getCell(i + 1, 1).font = { bold: true, size: 13 };
  });
  // One blank row between the method and the table.
  const headerRow = layout.title.length + 2;
  sheet.addTable({
    name: layout.tableName,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: layout.headers.map((name) => ({ name, filterButton: true })),
    // ExcelJS writes a table's null cells as empty, as the blank scores must be.
    rows: layout.rows.map((row) => [...row]),
  });
  const { validation } = layout;
  for (let r = 0; r < layout.rows.length; r++) {
    for (const column of layout.scoreColumns) {
      sheet.getCell(headerRow + 1 + r, column + 1).dataValidation = {
        type: "whole",
        operator: "between",
        allowBlank: true,
        formulae: [validation.min, validation.max],
        showInputMessage: true,
        promptTitle: validation.prompt.title,
        prompt: validation.prompt.message,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: validation.error.title,
        error: validation.error.message,
      };
    }
  }
  layout.headers.forEach((header, c) => {
    sheet.getColumn(c + 1).width = Math.min(40, Math.max(10, header.length + 2));
  });
  // The title lines are long: they overflow into the empty cells to their right.
  sheet.views = [
    { state: "frozen", ySplit: headerRow, activeCell: `${columnLetter(0)}${headerRow + 1}` },
  ];
  await workbook.xlsx.writeFile(file);
}

/** The CLI's --new-round: read FILE, write the next round's sheet to --out, say what was written. */
export async function prepareNewRound(
  options: CliOptions,
  method: Method,
  io: Output,
  progress: Progress
): Promise<void> {
  const round = options.newRound!;
  if (options.out === undefined) throw new UserError(say.newRoundNeedsOut());
  if (options.json || options.scorecards || options.secondSheet !== undefined)
    throw new UserError(say.newRoundScoresNothing());
  checkOutPath(options.out, options.file, options.force);
  progress.begin("reading");
  const input = await readInput(options.file, options.sheet, progress);
  progress.clear();
  const layout = layoutFromInput(input, {
    file: options.file,
    round,
    lang: options.lang,
    raters: options.raters,
    method,
    read: { columns: options.columns, headerRow: options.headerRow },
  });
  await writeOutFile(options.out, progress, (file) => writeNewRound(file, layout));
  const written = { out: options.out, sheet: layout.sheetName, lsgs: layout.rows.length, round };
  io.stderr(`${WRITTEN.round[options.lang](written)}\n`);
}
