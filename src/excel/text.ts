import { fitCellText, MAX_CELL_TEXT } from "../sheets";

/**
 * How strings are written so Excel keeps them as typed by the user. Excel parses a string written
 * through Range.values as if typed (learn.microsoft.com, Excel.Range `values`: "If the provided value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula"; and "1/2", "50%", "TRUE", "1e3", "007" become a date, numbers or a boolean, as typed
 * input does in the user's locale). A leading apostrophe keeps the rest as text (support.microsoft.com,
 * "Format numbers as text": type an apostrophe before the number); Excel stores it as the cell's
 * prefix, not as part of the value.
 *
 * The apostrophe, rather than the Text number format "@", because it holds for exactly the cell
 * written: a cell formatted "@" would also turn what the user types there later (an agreed score on
 * the Reconcile sheet) into text. And on every string, not only those that look like a number or a
 * date, because which strings Excel parses depends on the user's locale (d.m or m/d dates, "," or
 * "." decimals), which the add-in cannot know.
 */

/** A value as written to keep it exactly: every non-empty string stays text. */
export function asLiteral(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  // The apostrophe counts: the whole string sent stays within a cell's limit.
  if (typeof value === "string" && value !== "") return `'${fitCellText(value, MAX_CELL_TEXT - 1)}`;
  return value;
}

/**
 * A value as a user would type it, except that it never becomes a formula: numbers and dates in text
 * are parsed by Excel, text starting like a formula (=, +, -, @) stays text. For data that Excel
 * itself would read as typed, e.g. a CSV file opened in Excel.
 */
export function neverFormula<T>(value: T): T | string {
  if (typeof value !== "string") return value;
  if (/^[=+\-@]/.test(value)) return `'${fitCellText(value, MAX_CELL_TEXT - 1)}`;
  return fitCellText(value);
}

export { columnLetter } from "../sheets";
