import { FakeOfficeError } from "./errors";

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function letters(column: number): string {
  let text = "";
  let n = column + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    text = String.fromCharCode(65 + rem) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The grid's size (learn.microsoft.com: Excel specifications and limits). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Splits "'My sheet'!A1:C3" into sheet name and local address. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const at = address.lastIndexOf("!");
  if (at < 0) return { local: address };
  let sheet = address.slice(0, at);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(at + 1) };
}

/** Parses "B2", "B2:D10", "A:C" or "3:5" into an area; throws InvalidArgument otherwise. */
export function parseArea(local: string): Area {
  const parts = local.replace(/\$/g, "").split(":");
  if (parts.length > 2) throw new FakeOfficeError("InvalidArgument", `Bad address "${local}"`);
  const cell = (text: string, end: boolean): { row: number; column: number } => {
    const full = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
    if (full) return { row: Number(full[2]) - 1, column: columnOf(full[1]) };
    const column = /^([A-Za-z]{1,3})$/.exec(text);
    if (column) return { row: end ? MAX_ROWS - 1 : 0, column: columnOf(column[1]) };
    const row = /^(\d+)$/.exec(text);
    if (row) return { row: Number(row[1]) - 1, column: end ? MAX_COLUMNS - 1 : 0 };
    throw new FakeOfficeError("InvalidArgument", `Bad address "${local}"`);
  };
  const a = cell(parts[0], false);
  const b = cell(parts[1] ?? parts[0], parts.length === 2);
  if (parts.length === 1 && !/\d/.test(parts[0]))
    throw new FakeOfficeError("InvalidArgument", `Bad address "${local}"`);
  const area = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
  if (area.top < 0 || area.left < 0 || area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS) {
    throw new FakeOfficeError("InvalidArgument", `Address out of the grid "${local}"`);
  }
  return area;
}

/**
 * Entire rows or entire columns ("A:G", "2:2", the whole sheet): Excel's "unbounded" ranges, whose
 * cell-level properties read as null and cannot be set (learn.microsoft.com: Read or write to an
 * unbounded range using the Excel JavaScript API).
 */
export function unbounded(area: Area): boolean {
  const wholeColumns = area.top === 0 && area.bottom === MAX_ROWS - 1;
  const wholeRows = area.left === 0 && area.right === MAX_COLUMNS - 1;
  return wholeColumns || wholeRows;
}

/** A1 form as Excel writes it: "B2", "B2:D10", and "A:G" or "1:4" for entire columns or rows. */
export function formatArea(area: Area): string {
  if (area.left === 0 && area.right === MAX_COLUMNS - 1)
    return `${area.top + 1}:${area.bottom + 1}`;
  if (area.top === 0 && area.bottom === MAX_ROWS - 1)
    return `${letters(area.left)}:${letters(area.right)}`;
  const start = `${letters(area.left)}${area.top + 1}`;
  const end = `${letters(area.right)}${area.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** Sheet names with spaces or punctuation are quoted, as Excel writes them. */
export function qualify(sheet: string, area: Area): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${formatArea(area)}`;
}

export function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    outer.left <= inner.left &&
    outer.right >= inner.right &&
    outer.top <= inner.top &&
    outer.bottom >= inner.bottom
  );
}

export function rows(area: Area): number {
  return area.bottom - area.top + 1;
}

export function columns(area: Area): number {
  return area.right - area.left + 1;
}
