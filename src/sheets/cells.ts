import type { NumberAsDate, UncalculatedFormula } from "../rubric";

/** An Excel error as read from a file (ExcelJS) or the custom-functions runtime. */
export interface CellError {
  readonly error: string;
}

/**
 * A cell's value, whatever the source: Office.js, an .xlsx or a CSV. Office.js gives errors as
 * their code strings ("#N/A"); files give CellError. The rubric reads both. Files also give a
 * number in a date-formatted cell (NumberAsDate) and a formula saved without its result
 * (UncalculatedFormula), so that a problem can say what the cell really holds.
 */
export type CellValue =
  string | number | boolean | Date | CellError | NumberAsDate | UncalculatedFormula | null;

/**
 * A rectangle of cell values and where it sits on the worksheet, so that every problem can name
 * its cell. `firstRow` is the 1-based row of values[0]; `firstColumn` the 0-based column of values[r][0].
 */
export interface CellGrid {
  readonly values: readonly (readonly CellValue[])[];
  readonly firstRow: number;
  readonly firstColumn: number;
  /** Merged areas, as indices into values; only the top-left cell of each holds the value. */
  readonly merges?: readonly CellArea[];
}

/** A rectangle of cells, inclusive, as 0-based indices into a grid's values. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Bad column index ${index}`);
  let letters = "";
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26; undefined when the text is not a column name. */
export function columnIndex(letters: string): number | undefined {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return undefined;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * "B2", "$B$2:$D$9" or "'My sheet'!B2:D9" as 0-based indices on the sheet; undefined when the text
 * is not a cell or a rectangle.
 */
export function parseAreaAddress(address: string): CellArea | undefined {
  const local = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .trim();
  const match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(local);
  if (!match) return undefined;
  const top = Number(match[2]) - 1;
  const left = columnIndex(match[1])!;
  return {
    top,
    left,
    bottom: match[4] ? Number(match[4]) - 1 : top,
    right: match[3] ? columnIndex(match[3])! : left,
  };
}

/** A1-style address of a cell given its 1-based row and 0-based column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A cell's value as plain text for names and labels (numbers as typed, errors as their code). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("error" in value) return value.error;
    if ("formula" in value) return `=${value.formula}`;
    return value.shown;
  }
  return String(value);
}
