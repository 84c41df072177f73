import { METHOD_2015, type Method } from "./method";

/** Why a cell could not be read as a score. */
export type ProblemKind =
  | "missing"
  | "not-a-number"
  | "not-whole"
  | "out-of-range"
  | "excel-error"
  | "disputed"
  | "formula-no-value"
  | "date-formatted"
  | "merged";

/**
 * A formula saved without its calculated value: workbooks written by scripts (openpyxl, many
 * exporters) store the formula and leave the result for a spreadsheet program to compute.
 */
export interface UncalculatedFormula {
  /** The formula's text, without the leading "=". */
  readonly formula: string;
}

export function isUncalculatedFormula(value: unknown): value is UncalculatedFormula {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as UncalculatedFormula).formula === "string"
  );
}

/**
 * A number in a cell formatted as a date: what the user typed (Excel's serial number) and the
 * date Excel shows for it.
 */
export interface NumberAsDate {
  readonly serial: number;
  /** "1900-01-02", as the cell shows it (ISO order). */
  readonly shown: string;
}

export function isNumberAsDate(value: unknown): value is NumberAsDate {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as NumberAsDate).serial === "number" &&
    typeof (value as NumberAsDate).shown === "string"
  );
}

/**
 * Two raters' different scores for one indicator, not yet reconciled: the indicator has no score
 * until they agree one.
 */
/**
 * A score cell covered by merged cells whose value sits in another cell (the area's top-left):
 * Excel shows that value across the area, but nobody scored this cell.
 */
export interface MergedCover {
  /** The merged area's address, e.g. "E3:E4". */
  readonly merged: string;
}

export function isMergedCover(value: unknown): value is MergedCover {
  return (
    typeof value === "object" && value !== null && typeof (value as MergedCover).merged === "string"
  );
}

export interface DisputedScore {
  readonly disputed: readonly [number | null, number | null];
}

export function isDisputed(value: unknown): value is DisputedScore {
  return (
    typeof value === "object" && value !== null && Array.isArray((value as DisputedScore).disputed)
  );
}

export interface ScoreProblem {
  readonly kind: ProblemKind;
  /** The cell's value as the user sees it (an Excel error as its code, e.g. "#N/A"). */
  readonly value: string | number | boolean | null;
}

/** A valid score is a plain number, so the common case allocates nothing. */
export type ParsedNumber = number | ScoreProblem;

const EXCEL_ERROR_CODES = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
]);

/** Office.js reports an error cell's value as its code string, e.g. "#DIV/0!". */
export function isExcelErrorCode(text: string): boolean {
  return EXCEL_ERROR_CODES.has(text.trim().toUpperCase());
}

// Spaces users type or paste inside numbers: ordinary, no-break, narrow no-break, thin.
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
// A decimal comma is how Russian-locale Excel writes numbers as text.
const NUMERIC_TEXT = /^[+\-\u2212]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * The error code of an error value from any source: Office.js custom-function inputs
 * (CustomFunctions.Error, `code`), ExcelJS cells (`error`), or Office.js range values
 * (the code as a string).
 */
export function excelErrorCode(value: unknown): string | undefined {
  if (typeof value === "string")
    return isExcelErrorCode(value) ? value.trim().toUpperCase() : undefined;
  if (value !== null && typeof value === "object") {
    const record = value as { code?: unknown; error?: unknown };
    const code = typeof record.code === "string" ? record.code : record.error;
    if (typeof code === "string" && isExcelErrorCode(code)) return code.trim().toUpperCase();
  }
  return undefined;
}

function problem(kind: ProblemKind, value: ScoreProblem["value"]): ScoreProblem {
  return { kind, value };
}

function displayValue(value: unknown): ScoreProblem["value"] {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isNumberAsDate(value)) return value.serial;
  if (isUncalculatedFormula(value)) return `=${value.formula}`;
  const code = excelErrorCode(value);
  if (code) return code;
  return String(value);
}

/**
 * Reads a whole number in [min, max] from anything a cell can hold. Blank is missing,
 * never zero; nothing is rounded or guessed.
 */
export function parseWholeNumber(value: unknown, min: number, max: number): ParsedNumber {
  let number: number;
  if (typeof value === "number") {
    number = value;
  } else if (value === null || value === undefined) {
    return problem("missing", null);
  } else if (typeof value === "string") {
    const compact = value.replace(SPACES, "");
    if (compact === "") return problem("missing", value);
    if (isExcelErrorCode(compact)) return problem("excel-error", compact.toUpperCase());
    if (!NUMERIC_TEXT.test(compact)) return problem("not-a-number", value);
    number = Number(compact.replace(",", ".").replace("\u2212", "-"));
  } else if (isUncalculatedFormula(value)) {
    return problem("formula-no-value", `=${value.formula}`);
  } else if (isNumberAsDate(value)) {
    // The number is shown, not the date: it is what the user typed, and what to check.
    return problem("date-formatted", value.serial);
  } else if (isMergedCover(value)) {
    return problem("merged", value.merged);
  } else if (isDisputed(value)) {
    return problem(
      "disputed",
      value.disputed.map((v) => (v === null ? "–" : String(v))).join(" / ")
    );
  } else {
    const code = excelErrorCode(value);
    return problem(code ? "excel-error" : "not-a-number", displayValue(value));
  }
  if (!Number.isFinite(number)) return problem("not-a-number", displayValue(value));
  if (!Number.isInteger(number)) return problem("not-whole", displayValue(value));
  if (number < min || number > max) return problem("out-of-range", displayValue(value));
  // Normalises -0 to 0.
  return number + 0;
}

/** Reads one indicator score (0–3 under the 2015 method). */
export function parseScore(value: unknown, method: Method = METHOD_2015): ParsedNumber {
  return parseWholeNumber(value, method.points.min, method.points.max);
}

export function isProblem(parsed: ParsedNumber): parsed is ScoreProblem {
  return typeof parsed !== "number";
}
