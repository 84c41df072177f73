/* global Buffer */
import { cellAddress, type CellValue } from "../sheets";
import { decodeExcelEscapes, decodeXml, wholeNumberAt } from "./xml";
import { XlsxError, type XlsxWorkbook } from "./xlsxPackage";
import { dateShown } from "./excelDates";

/** The cell being read; one object reused for every cell. */
export interface CellState {
  open: boolean;
  type: string;
  style: number;
  /** The <v> text as a byte range while it is one piece, else as a string. */
  valueStart: number;
  valueEnd: number;
  value: string | null;
  formula: string | null;
  shared: { si: string; ref: boolean } | null;
  text: string[] | null;
}

export function newCellState(): CellState {
  return {
    open: false,
    type: "n",
    style: 0,
    valueStart: -1,
    valueEnd: -1,
    value: null,
    formula: null,
    shared: null,
    text: null,
  };
}

/** The cell's <v> text, or null if it has none. */
export function rawValue(bytes: Buffer, c: CellState): string | null {
  return c.value ?? (c.valueStart < 0 ? null : bytes.toString("utf8", c.valueStart, c.valueEnd));
}

/**
 * The value of the cell at (row, column) as the user sees it; undefined for a cell holding
 * nothing. The common cases (shared strings and whole numbers as one piece) are read straight
 * from the bytes, without making a string.
 */
export function cellValue(
  book: XlsxWorkbook,
  bytes: Buffer,
  c: CellState,
  row: number,
  column: number
): CellValue | undefined {
  const { type } = c;
  if (type === "inlineStr") return c.text ? decodeExcelEscapes(c.text.join("")) : null;
  if (type === "s" && c.value === null && c.valueStart >= 0) {
    const index = wholeNumberAt(bytes, c.valueStart, c.valueEnd);
    if (index >= 0)
      return book.sharedStrings[index] ?? sharedString(book, String(index), row, column);
  }
  if (type === "n" && c.value === null && c.valueStart >= 0 && !book.dateStyles[c.style]) {
    const number = wholeNumberAt(bytes, c.valueStart, c.valueEnd);
    if (number >= 0) return number;
  }
  const value = rawValue(bytes, c);
  if (value === null || (value === "" && type !== "str")) {
    if (c.formula === null) return undefined;
    return { formula: c.formula };
  }
  return typedValue(book, c, value, row, column);
}

/** A value given as text, read by the cell's type (ECMA-376 Part 1, 18.18.11 ST_CellType). */
function typedValue(
  book: XlsxWorkbook,
  c: CellState,
  value: string,
  row: number,
  column: number
): CellValue {
  switch (c.type) {
    case "s":
      return sharedString(book, value, row, column);
    case "str":
      return decodeExcelEscapes(decodeXml(value));
    case "b":
      return value === "1" || value === "true";
    case "e":
      return { error: value };
    case "d":
      return dateCell(Date.parse(value), book.date1904);
    default: {
      const number = Number(value);
      if (!Number.isFinite(number)) return decodeXml(value);
      if (book.dateStyles[c.style])
        return { serial: number, shown: dateShown(number, book.date1904) };
      return number;
    }
  }
}

// An index the shared strings part does not hold means a damaged file: read as a blank it
// would turn a score into "missing" and an LSG name into nothing, so the file is refused.
function sharedString(book: XlsxWorkbook, index: string, row: number, column: number): string {
  const text = /^\s*\d+\s*$/.test(index) ? book.sharedStrings[Number(index)] : undefined;
  if (text !== undefined) return text;
  const shown = /^\d+$/.test(index) ? index : JSON.stringify(index);
  throw new XlsxError(
    `cell ${cellAddress(row, column)} refers to shared string ${shown}, but the file holds ` +
      `${book.sharedStrings.length}; the file is damaged (open and save it in Excel or LibreOffice)`
  );
}

function dateCell(ms: number, date1904: boolean): CellValue {
  if (!Number.isFinite(ms)) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  let serial = (ms - epoch) / 86_400_000;
  if (!date1904 && serial < 61) serial -= 1; // Excel's 1900-02-29 sits between these days
  return { serial, shown: dateShown(serial, date1904) };
}
