import { parseArgs } from "util";
import { isLanguage, type Language } from "../rubric";
import { UserError } from "./errors";

export interface CliOptions {
  readonly file: string;
  readonly sheet?: string;
  readonly json: boolean;
  readonly lang: Language;
  readonly out?: string;
  readonly force: boolean;
}

export const USAGE = `Usage: npm run score -- FILE [--sheet NAME] [--json] [--lang en|ru|ky] [--out RESULT.xlsx] [--force]

Scores every LSG row of FILE (.xlsx or UTF-8 .csv) with the 2015 gender-sensitivity method.
  --sheet NAME   worksheet to read (default: the first)
  --json         print one JSON document (the machine contract, see README) instead of a table
  --lang         language of labels and messages: en (default), ru or ky
  --out FILE     also write a new workbook with the results; the input is never modified
  --force        allow --out to replace an existing file`;

export function parseCliArgs(argv: readonly string[]): CliOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "en" },
        out: { type: "string" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length !== 1) {
    throw new UserError(
      positionals.length === 0
        ? "No input file given."
        : `Give one input file, not ${positionals.length}.`
    );
  }
  const lang = String(values.lang).toLowerCase();
  if (!isLanguage(lang))
    throw new UserError(`Unknown language "${values.lang}": use en, ru or ky.`);
  return {
    file: positionals[0],
    sheet: values.sheet,
    json: Boolean(values.json),
    lang,
    out: values.out,
    force: Boolean(values.force),
  };
}
