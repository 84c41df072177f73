import { promises as fs } from "fs";
import path from "path";
import {
  readAssessmentTable,
  splitRaterColumns,
  MappingError,
  type AssessmentTable,
  type ReadOptions,
} from "../sheets";
import {
  analyseRated,
  fileCounts,
  filesTable,
  fileLabel,
  gatherTables,
  ratersToJson,
  toJsonReport,
  pairByRaterColumn,
  type FileCounts,
  type RatedReport,
  type ReportTable,
  type SourceTable,
} from "../report";
import type { Language, Method } from "../rubric";
import { UserError } from "./errors";
import { WRITTEN } from "./fileMessages";
import { say } from "./messages";
import type { InputFile } from "./inputs";
import type { Progress } from "./progress";
import { readInput } from "./readInput";
import { isOurSheet, resultsWorkbookBytes } from "../score/resultsWorkbook";
import type { CliOptions } from "./args";
import type { Output } from "./main";
import { checkOutPath, writeOutFile } from "./outPath";
import { renderText } from "./textReport";

// Several assessors' files scored as one dataset: each file read and mapped on its own, its rows
// carrying the file's name, the summaries over all of them (src/report/gather.ts).

export interface GatherOptions {
  readonly sheet?: string;
  readonly read: ReadOptions;
  readonly lang: Language;
  readonly method: Method;
  readonly evidenceCheck: boolean;
}

export interface GatheredReport extends RatedReport {
  readonly counts: readonly FileCounts[];
  readonly filesTable: ReportTable;
  /** Files of a folder that were left out: our own results workbooks. */
  readonly skipped: readonly string[];
}

/** One file's table, or null for a results workbook of ours found in a folder. */
async function readOne(
  input: InputFile,
  options: GatherOptions,
  progress: Progress
): Promise<SourceTable | null> {
  const file = input.path;
  // --sheet names a workbook's sheet; a CSV file has one table only, so it applies to workbooks.
  const isCsv = path.extname(file).toLowerCase() === ".csv";
  const sheet = await readInput(file, isCsv ? undefined : options.sheet, progress);
  const { workbook } = sheet;
  if (input.fromFolder && workbook && workbook.sheets.some((s) => isOurSheet(workbook, s)))
    return null;
  const split = splitRaterColumns(sheet.grid);
  if (split) throw twoRaters(file, split.raters);
  let table: AssessmentTable;
  try {
    table = readAssessmentTable(sheet.grid, options.read);
  } catch (error) {
    if (error instanceof MappingError) throw new UserError(say.cannotScore({ file, error }));
    throw error;
  }
  const raters = pairByRaterColumn(table.rows)?.raters;
  if (raters) throw twoRaters(file, raters);
  return { file, sheet: sheet.sheetName, table };
}

/**
 * Across files, the rater column names the assessor who filled each file (one per oblast), not a
 * second rater of the same LSGs: gathered rows are never paired. A file that itself holds two
 * raters is refused rather than having one rater's rows silently counted as duplicates.
 */
function twoRaters(file: string, raters: readonly string[]): UserError {
  return new UserError(say.twoRatersGathered({ file, raters }));
}

/** Reads every file, gathers them into one table and scores it. */
export async function scoreGathered(
  inputs: readonly InputFile[],
  options: GatherOptions,
  progress: Progress
): Promise<GatheredReport> {
  const sources: SourceTable[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    const source = await readOne(input, options, progress);
    if (source) sources.push(source);
    else skipped.push(input.path);
  }
  if (sources.length === 0) throw new UserError(say.nothingLeft({ skipped }));
  const table = gatherTables(sources);
  const rated = { table, pairing: null };
  const { report, comparison } = analyseRated(rated, new Map(), options.lang, options.method, {
    evidenceCheck: options.evidenceCheck,
  });
  const duplicated = new Set(
    report.validation.duplicates.flatMap((d) => d.rows.map((row, i) => `${d.files?.[i]}|${row}`))
  );
  const counts = fileCounts(table, report.table, duplicated);
  return { report, comparison, counts, filesTable: filesTable(counts, options.lang), skipped };
}

/** Options made for one input: refused, not half-applied, when several files are gathered. */
export function refuseOneInputOptions(options: CliOptions): void {
  if (options.secondSheet !== undefined) throw new UserError(say.secondSheetGathered());
  if (options.newRound !== undefined) throw new UserError(say.newRoundGathered());
}

/** The report over every file, as JSON or text, on stdout. */
function printGathered(gathered: GatheredReport, options: CliOptions, io: Output): void {
  const { report, comparison, counts } = gathered;
  if (options.json) {
    const json = {
      ...toJsonReport(report),
      raters: comparison ? ratersToJson(comparison, new Map(), options.lang) : null,
      files: counts.map((c) => ({ ...c, headerRows: [...c.headerRows] })),
    };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
  } else {
    const source = `${fileLabel("files", options.lang)}: ${counts.map((c) => c.file).join(", ")}`;
    io.stdout(renderText(report, source, comparison, gathered.filesTable));
  }
}

/** The results workbook of several files: Results, Summary and Files sheets (no input's sheets). */
async function writeGathered(
  out: string,
  gathered: GatheredReport,
  options: CliOptions,
  progress: Progress
): Promise<void> {
  const { report, comparison } = gathered;
  await writeOutFile(out, progress, (file) =>
    fs.writeFile(
      file,
      resultsWorkbookBytes(
        null,
        report,
        comparison ? { comparison, agreed: new Map() } : null,
        options.scorecards,
        progress,
        gathered.filesTable
      )
    )
  );
}

/** `npm run score -- a.xlsx b.csv folder/ …`: one report over every file, with per-file counts. */
export async function scoreSeveral(
  options: CliOptions,
  inputs: readonly InputFile[],
  method: Method,
  io: Output,
  progress: Progress
): Promise<void> {
  refuseOneInputOptions(options);
  if (options.out !== undefined)
    for (const input of inputs) checkOutPath(options.out, input.path, options.force);
  progress.begin("reading");
  const gathered = await scoreGathered(
    inputs,
    {
      sheet: options.sheet,
      read: { columns: options.columns, headerRow: options.headerRow },
      lang: options.lang,
      method,
      evidenceCheck: options.evidenceCheck,
    },
    progress
  );
  progress.clear();
  for (const file of gathered.skipped)
    io.stderr(`${say.skippedResults({ file }).in(options.lang)}\n`);
  printGathered(gathered, options, io);
  if (options.out === undefined) return;
  await writeGathered(options.out, gathered, options, progress);
  io.stderr(`${WRITTEN.results[options.lang]({ out: options.out })}\n`);
}
