#!/usr/bin/env -S node --max-semi-space-size=1
/* global require, module, process */
// The flag above (also in package.json's "score" script): V8's young generation grows to 16 MB
// semi-spaces by default, and the resident memory stays that high; capped at 1 MB, 10,000 rows
// peak at 115 MB instead of 144 MB and 300,000 rows at 0.86 GB instead of 1.14 GB, in the same time.
import { readFileSync, promises as fsp } from "fs";
import { MappingError, type ReadOptions } from "../sheets";
import {
  analyseRated,
  ratersToJson,
  readRatedTable,
  toJsonReport,
  type AgreedScores,
  type RatedReport,
  type SecondRater,
} from "../report";
import { readAgreedScores } from "../score/reconcileSheet";
import { METHOD_2015, MethodError, parseMethod, type Method } from "../rubric";
import { parseCliArgs, requestedLanguage, USAGE, type CliOptions } from "./args";
import { UserError } from "./errors";
import { WRITTEN } from "./fileMessages";
import { say } from "./messages";
import { checkOutPath, writeOutFile } from "./outPath";
import { readInput, sheetOf, type InputSheet } from "./readInput";
import { renderText } from "./textReport";
import { resultsWorkbookBytes } from "../score/resultsWorkbook";
import { Progress } from "./progress";
import { prepareNewRound } from "./newRound";
import { expandInputs } from "./inputs";
import { refuseOneInputOptions, scoreSeveral } from "./gather";

export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress is shown on stderr only when it is a terminal. */
  stderrIsTTY?: boolean;
}

function readOptions(options: CliOptions): ReadOptions {
  return { columns: options.columns, headerRow: options.headerRow };
}

/** Reading a table, with a missing or ambiguous column turned into the CLI's one-line reason. */
function readMapped<T>(read: () => T, file: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof MappingError) throw new UserError(say.cannotScore({ file, error }));
    throw error;
  }
}

function loadMethod(file: string | undefined): Method {
  if (file === undefined) return METHOD_2015;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UserError(say.methodUnreadable({ file, error: error as Error }));
  }
  try {
    return parseMethod(json);
  } catch (error) {
    if (error instanceof MethodError) throw new UserError(say.methodInvalid({ file, error }));
    throw error;
  }
}

async function score(options: CliOptions, io: Output, progress: Progress): Promise<void> {
  const method = loadMethod(options.methodFile);
  if (options.scorecards && options.out === undefined) throw new UserError(say.scorecardsNeedOut());
  const inputs = await expandInputs(options.files, options.out);
  if (inputs.gathered) return scoreSeveral(options, inputs.files, method, io, progress);
  // Before reading: a report is not printed only to end on a file that cannot be written.
  if (options.out !== undefined) checkOutPath(options.out, options.file, options.force);
  progress.begin("reading");
  const input = await readInput(options.file, options.sheet, progress);
  const second = secondRaterOf(input, options);
  progress.begin("scoring");
  const rated = readMapped(
    () => readRatedTable(input.grid, readOptions(options), second),
    options.file
  );
  const agreed: AgreedScores =
    rated.pairing && input.workbook ? readAgreedScores(input.workbook, method) : new Map();
  const { report, comparison } = analyseRated(rated, agreed, options.lang, method, {
    evidenceCheck: options.evidenceCheck,
  });
  progress.clear();
  const scored: Scored = { input, report, comparison, agreed };
  printReport(scored, options, io);
  if (options.out !== undefined) {
    await writeOut(options.out, scored, options, progress);
    io.stderr(`${WRITTEN.results[options.lang]({ out: options.out })}\n`);
  }
}

/** One input scored: what the report and the results workbook are made from. */
interface Scored extends RatedReport {
  readonly input: InputSheet;
  readonly agreed: AgreedScores;
}

/** `--second-sheet`: the second rater's sheet of the same workbook. */
function secondRaterOf(input: InputSheet, options: CliOptions): SecondRater | undefined {
  if (options.secondSheet === undefined) return undefined;
  if (!input.workbook) throw new UserError(say.secondSheetNeedsXlsx());
  const other = sheetOf(input.workbook, options.file, options.secondSheet);
  return {
    grid: other.grid,
    options: readOptions(options),
    raters: [input.sheetName, other.sheetName],
  };
}

/** The report on stdout: the JSON contract with `--json`, else the text tables. */
function printReport(
  { input, report, comparison, agreed }: Scored,
  options: CliOptions,
  io: Output
): void {
  if (options.json) {
    const json = {
      ...toJsonReport(report),
      raters: comparison ? ratersToJson(comparison, agreed, options.lang) : null,
    };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
  } else {
    const source = input.format === "xlsx" ? `${options.file} [${input.sheetName}]` : options.file;
    io.stdout(renderText(report, source, comparison));
  }
}

/** `--out`: the results workbook, replacing the file only once it is written in full. */
async function writeOut(
  out: string,
  { input, report, comparison, agreed }: Scored,
  options: CliOptions,
  progress: Progress
): Promise<void> {
  await writeOutFile(out, progress, (file) =>
    fsp.writeFile(
      file,
      resultsWorkbookBytes(
        input,
        report,
        comparison ? { comparison, agreed } : null,
        options.scorecards,
        progress
      )
    )
  );
}

/** Runs the command line; returns the exit code (0 read and scored, 2 user error, 1 bug). */
export async function main(argv: readonly string[], io: Output): Promise<number> {
  let progress: Progress | undefined;
  // Known before the arguments are checked, so that their refusals are worded in it too.
  const lang = requestedLanguage(argv);
  try {
    const options = parseCliArgs(argv);
    if (options === "help") {
      io.stdout(USAGE + "\n");
      return 0;
    }
    progress = new Progress({ isTTY: io.stderrIsTTY === true, write: io.stderr }, options.lang);
    if (options.newRound !== undefined) {
      if ((await expandInputs(options.files, options.out)).gathered) refuseOneInputOptions(options);
      await prepareNewRound(options, loadMethod(options.methodFile), io, progress);
    } else await score(options, io, progress);
    return 0;
  } catch (error) {
    progress?.clear();
    if (error instanceof UserError) {
      io.stderr(`gender-scorecard: ${error.in(lang)}\n`);
      return 2;
    }
    // A bug, reported for whoever fixes it: in English, with Node's stack.
    io.stderr(`gender-scorecard: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  }).then((code) => {
    process.exitCode = code;
  });
}
