import { parseArgs } from "util";
import { isLanguage, type Language } from "../rubric";
import { ColumnChoiceError, parseColumnChoices, type ColumnChoice, type FieldId } from "../sheets";
import { UserError } from "./errors";
import { say } from "./messages";

export interface CliOptions {
  /** The first input; `files` has them all. */
  readonly file: string;
  /** Every input as given: files, and folders standing for their .xlsx and .csv files. */
  readonly files: readonly string[];
  readonly sheet?: string;
  readonly json: boolean;
  readonly lang: Language;
  readonly out?: string;
  readonly force: boolean;
  readonly columns: Partial<Record<FieldId, ColumnChoice>>;
  readonly headerRow?: number;
  /** A method file (JSON) instead of the 2015 method. */
  readonly methodFile?: string;
  readonly evidenceCheck: boolean;
  /** The second rater's sheet in the same workbook. */
  readonly secondSheet?: string;
  /** Add a sheet of printable one-page scorecards, one per LSG, to --out. */
  readonly scorecards: boolean;
  /** Write the next round's scoring sheet to --out instead of scoring (src/cli/newRound.ts). */
  readonly newRound?: string;
  /** With --new-round: 2 for a second rater's score and evidence columns. */
  readonly raters: 1 | 2;
}

export const USAGE = `Usage: npm run score -- FILE... [--sheet NAME] [--json] [--lang en|ru|ky] [--out RESULT.xlsx] [--force]
                          [--map FIELD=COLUMN,...] [--header-row N]

Scores every LSG row of FILE (.xlsx or .csv) with the 2015 gender-sensitivity method.
Several files, or a folder (its .xlsx and .csv files), are scored as one dataset, each file's
columns found on their own; --sheet, --map and --header-row then apply to every file.
  --sheet NAME   worksheet to read (default: the first)
  --map          columns to use instead of the detected ones, by letter or header text,
                 e.g. --map documents=D,mechanism=E,budget="Бюджет, балл"
                 fields: documents mechanism budget lsg district oblast round soate rater note
                 documentsNote mechanismNote budgetNote total category
  --header-row N worksheet row of the header (default: found in the first 20 rows)
  --method FILE  a method as JSON (thresholds, labels) instead of the 2015 method; see README
  --second-sheet NAME
                 the second rater's scores, on another sheet of the same workbook (a rater
                 column with two raters' names is found without this)
  --scorecards   with --out: add a sheet of printable scorecards, one A4 page per LSG
  --new-round LABEL
                 with --out NEW.xlsx: write a scoring sheet for the next round LABEL (e.g. 2025)
                 listing the LSGs of FILE's latest round, scores validated as whole numbers 0-3
  --raters 2     with --new-round: score and evidence columns for two raters
  --no-evidence-check
                 do not warn about scores above 0 whose evidence cell is empty
  --json         print one JSON document (the machine contract, see README) instead of a table
  --lang         language of labels and messages: en (default), ru or ky
  --out FILE     also write a new workbook with the results; the input is never modified
  --force        allow --out to replace an existing file`;

// The options as node:util parseArgs reads them; each is checked and typed in parseCliArgs.
const OPTIONS = {
  sheet: { type: "string" },
  json: { type: "boolean", default: false },
  lang: { type: "string", default: "en" },
  out: { type: "string" },
  force: { type: "boolean", default: false },
  map: { type: "string" },
  method: { type: "string" },
  "second-sheet": { type: "string" },
  scorecards: { type: "boolean", default: false },
  "new-round": { type: "string" },
  raters: { type: "string", default: "1" },
  "no-evidence-check": { type: "boolean", default: false },
  "header-row": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"];

/**
 * The language --lang asks for, read before anything else so that every refusal, even of the
 * other arguments, is worded in it; English when it is absent or not one of ours. As parseArgs
 * does, the last --lang counts and nothing after "--" is an option.
 */
export function requestedLanguage(argv: readonly string[]): Language {
  let lang = "en";
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    if (argv[i] === "--lang" && i + 1 < argv.length) lang = argv[++i];
    else if (argv[i].startsWith("--lang=")) lang = argv[i].slice("--lang=".length);
  }
  lang = lang.toLowerCase();
  return isLanguage(lang) ? lang : "en";
}

/**
 * The options parseArgs would refuse, refused here with their own message: its errors are Node's
 * English sentences, with nothing but the text to word them again from.
 */
function checkTokens(argv: readonly string[]): void {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, tokens: true });
  const options: Record<string, { type: string }> = OPTIONS;
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const type = Object.prototype.hasOwnProperty.call(options, token.name)
      ? options[token.name].type
      : undefined;
    if (type === undefined) throw new UserError(say.unknownOption({ option: token.rawName }));
    if (type === "boolean" && token.value !== undefined)
      throw new UserError(say.optionTakesNoValue({ option: token.rawName }));
    // A value that starts with "-" is taken for a forgotten value (parseArgs's strict reading).
    const ambiguous = !token.inlineValue && token.value?.startsWith("-");
    if (type === "string" && (token.value === undefined || ambiguous))
      throw new UserError(say.optionNeedsValue({ option: token.rawName }));
  }
}

export function parseCliArgs(argv: readonly string[]): CliOptions | "help" {
  checkTokens(argv);
  // What parseArgs refuses was refused above, in the user's language: a throw here is a bug.
  const parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length === 0) throw new UserError(say.noInput());
  // Checked in this order, so that of several wrong options the first is reported.
  const lang = languageOf(values);
  const columns = columnsOf(values);
  const headerRow = headerRowOf(values);
  const raters = ratersOf(values);
  const newRound = newRoundOf(values);
  return {
    newRound,
    raters,
    columns,
    headerRow,
    methodFile: values.method,
    evidenceCheck: !values["no-evidence-check"],
    secondSheet: values["second-sheet"],
    scorecards: Boolean(values.scorecards),
    file: positionals[0],
    files: positionals,
    sheet: values.sheet,
    json: Boolean(values.json),
    lang,
    out: values.out,
    force: Boolean(values.force),
  };
}

function languageOf(values: Values): Language {
  const lang = String(values.lang).toLowerCase();
  if (!isLanguage(lang))
    throw new UserError(say.unknownLanguage({ lang: String(values.lang) }), true);
  return lang;
}

function columnsOf(values: Values): Partial<Record<FieldId, ColumnChoice>> {
  if (values.map === undefined) return {};
  try {
    return parseColumnChoices(values.map);
  } catch (error) {
    if (!(error instanceof ColumnChoiceError)) throw error;
    throw new UserError(
      error.field === undefined
        ? say.mapNotFieldColumn({ part: error.part })
        : say.mapUnknownField({ field: error.field })
    );
  }
}

function headerRowOf(values: Values): number | undefined {
  if (values["header-row"] === undefined) return undefined;
  const headerRow = Number(values["header-row"]);
  if (!Number.isInteger(headerRow) || headerRow < 1) {
    throw new UserError(say.headerRowNotRow({ value: values["header-row"] }));
  }
  return headerRow;
}

function ratersOf(values: Values): 1 | 2 {
  const raters = String(values.raters);
  if (raters !== "1" && raters !== "2")
    throw new UserError(say.ratersNotOneOrTwo({ value: String(values.raters) }));
  return raters === "2" ? 2 : 1;
}

function newRoundOf(values: Values): string | undefined {
  const newRound = values["new-round"]?.trim();
  if (newRound === "") throw new UserError(say.newRoundNoLabel());
  return newRound;
}
