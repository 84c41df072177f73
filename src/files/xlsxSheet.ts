/* global Buffer */
import {
  cellAddress,
  parseAreaAddress,
  type CellArea,
  type CellGrid,
  type CellValue,
} from "../sheets";
import { Attributes, decodeExcelEscapes, decodeXml, scanXml, wholeNumberAt } from "./xml";
import { XlsxError, type SheetEntry, type XlsxWorkbook } from "./xlsxPackage";
import { dateShown } from "./excelDates";
import { shiftFormula } from "./formulas";

/** Rows no cell of which holds anything share this one empty array: a million of them cost 8 MB. */
const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

// Gaps between cells up to this width are filled with null (a dense row reads fastest); a cell
// further right (a stray one in column XFD) leaves a hole, so the row's memory stays its cells'.
const DENSE_GAP = 64;

/** The cell being read; one object reused for every cell. */
interface CellState {
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

const TYPES = ["s", "str", "b", "e", "inlineStr", "d", "n"];

export interface SheetReadOptions {
  /** Stop after this many rows (to look at a sheet's first rows). */
  readonly rowLimit?: number;
  /** Told the rows read so far, every 4,096 rows (for progress on a terminal). */
  readonly onRows?: (rows: number) => void;
}

/**
 * A worksheet's cells as a grid starting at A1, read straight from its XML: each row as long as
 * its own last cell, rows without cells sharing one empty array, merged areas listed. Values as
 * the user sees them: shared and inline strings, numbers, booleans, errors; numbers in
 * date-formatted cells as NumberAsDate; formulas by their cached result, or as UncalculatedFormula
 * when the file holds none.
 */
export function readSheetGrid(
  book: XlsxWorkbook,
  sheet: SheetEntry,
  options: SheetReadOptions = {}
): CellGrid {
  // A look at the first rows inflates the part's start; if that ends before them, all of it.
  const start =
    options.rowLimit === undefined ? undefined : book.zip.readStart(sheet.part, 64 * 1024);
  const bytes = start && rowsEnded(start, options.rowLimit!) ? start : book.zip.read(sheet.part);
  const values: CellValue[][] = [];
  const merges: CellArea[] = [];
  if (!bytes) return { values, firstRow: 1, firstColumn: 0, merges };
  const sharedFormulas = new Map<string, { formula: string; row: number; column: number }>();
  const rowLimit = options.rowLimit ?? Infinity;
  const { onRows } = options;
  let rowsSeen = 0;
  let row = 0;
  let column = -1;
  const cell: CellState = {
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
  let capture: "v" | "f" | "t" | null = null;
  let inIs = 0;
  let phonetic = 0;

  const rawValue = (c: CellState): string | null =>
    c.value ?? (c.valueStart < 0 ? null : bytes.toString("utf8", c.valueStart, c.valueEnd));

  // An index the shared strings part does not hold means a damaged file: read as a blank it
  // would turn a score into "missing" and an LSG name into nothing, so the file is refused.
  const sharedString = (index: string): string => {
    const text = /^\s*\d+\s*$/.test(index) ? book.sharedStrings[Number(index)] : undefined;
    if (text !== undefined) return text;
    const shown = /^\d+$/.test(index) ? index : JSON.stringify(index);
    throw new XlsxError(
      `cell ${cellAddress(row, column)} refers to shared string ${shown}, but the file holds ` +
        `${book.sharedStrings.length}; the file is damaged (open and save it in Excel or LibreOffice)`
    );
  };

  const valueOf = (c: CellState): CellValue | undefined => {
    const { type } = c;
    if (type === "inlineStr") return c.text ? decodeExcelEscapes(c.text.join("")) : null;
    if (type === "s" && c.value === null && c.valueStart >= 0) {
      const index = wholeNumberAt(bytes, c.valueStart, c.valueEnd);
      if (index >= 0) return book.sharedStrings[index] ?? sharedString(String(index));
    }
    if (type === "n" && c.value === null && c.valueStart >= 0 && !book.dateStyles[c.style]) {
      const number = wholeNumberAt(bytes, c.valueStart, c.valueEnd);
      if (number >= 0) return number;
    }
    const value = rawValue(c);
    if (value === null || (value === "" && type !== "str")) {
      if (c.formula === null) return undefined;
      return { formula: c.formula };
    }
    switch (type) {
      case "s":
        return sharedString(value);
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
  };

  const store = (c: CellState) => {
    if (c.formula === null && c.shared) {
      // A shared formula's other cells carry only its id: their formula is the first cell's,
      // moved by their offset from it (ECMA-376 Part 1, 18.3.1.40).
      const master = sharedFormulas.get(c.shared.si);
      if (master)
        c.formula = shiftFormula(master.formula, row - master.row, column - master.column);
    } else if (c.formula !== null && c.shared?.ref) {
      sharedFormulas.set(c.shared.si, { formula: c.formula, row, column });
    }
    const value = valueOf(c);
    if (value === undefined || value === null) return;
    let cells = values[row - 1];
    if (cells === undefined || cells === EMPTY_ROW) {
      cells = [];
      values[row - 1] = cells;
    }
    if (column - cells.length <= DENSE_GAP) while (cells.length < column) cells.push(null);
    cells[column] = value;
  };

  /** A cell's `r` ("B12"), read from the bytes: sets row and column; false if it is not one. */
  const readRef = (attrs: Attributes): boolean => {
    if (!attrs.find("r")) return false;
    let c = 0;
    let i = attrs.valueStart;
    for (; i < attrs.valueEnd; i++) {
      const code = bytes[i] & 0xdf; // upper case
      if (code < 65 || code > 90) break;
      c = c * 26 + code - 64;
    }
    const r = wholeNumberAt(bytes, i, attrs.valueEnd);
    if (c === 0 || !(r >= 1)) return false;
    row = r;
    column = c - 1;
    return true;
  };

  const openCell = (attrs: Attributes, empty: boolean) => {
    if (!readRef(attrs)) column++;
    if (empty) return;
    cell.open = true;
    cell.type = "n";
    if (attrs.find("t")) cell.type = TYPES.find((t) => attrs.is("t", t)) ?? attrs.get("t")!;
    cell.style = attrs.find("s") ? wholeNumberAt(bytes, attrs.valueStart, attrs.valueEnd) : 0;
    cell.valueStart = -1;
    cell.value = null;
    cell.formula = null;
    cell.shared = null;
    cell.text = null;
  };

  scanXml(
    bytes,
    {
      open(name, attrs, empty) {
        if (cell.open) {
          if (name === "is") inIs++;
          else if (name === "rPh") phonetic++;
          else if (name === "v" && !empty) capture = "v";
          else if (name === "f") {
            capture = empty ? null : "f";
            if (attrs.is("t", "shared"))
              cell.shared = { si: attrs.get("si") ?? "", ref: attrs.find("ref") };
            if (empty) cell.formula = cell.shared ? null : "";
          } else if (name === "t" && inIs > 0 && phonetic === 0 && !empty) {
            capture = "t";
            cell.text ??= [];
          }
          return;
        }
        if (name === "c") {
          openCell(attrs, empty);
        } else if (name === "row") {
          const r = attrs.find("r") ? wholeNumberAt(bytes, attrs.valueStart, attrs.valueEnd) : NaN;
          row = r >= 1 ? r : row + 1;
          column = -1;
          if (onRows && ++rowsSeen % 4096 === 0) onRows(rowsSeen);
        } else if (name === "mergeCell") {
          const area = parseAreaAddress(attrs.get("ref") ?? "");
          if (area) merges.push(area);
        }
      },
      close(name) {
        if (!cell.open) return;
        if (name === "c") {
          store(cell);
          cell.open = false;
        } else if (name === "is") inIs--;
        else if (name === "rPh") phonetic--;
        else if (name === capture) capture = null;
      },
      text(start, end) {
        if (capture === null || !cell.open) return;
        if (capture === "v") {
          if (cell.valueStart < 0 && cell.value === null) {
            cell.valueStart = start;
            cell.valueEnd = end;
          } else {
            cell.value = (rawValue(cell) ?? "") + bytes.toString("utf8", start, end);
          }
        } else if (capture === "f")
          cell.formula = (cell.formula ?? "") + decodeXml(bytes.toString("utf8", start, end));
        else cell.text!.push(decodeXml(bytes.toString("utf8", start, end)));
      },
      cdata(start, end) {
        if (capture === "t" && cell.text) cell.text.push(bytes.toString("utf8", start, end));
      },
    },
    () => row > rowLimit && !cell.open
  );
  if (row > rowLimit) values.length = Math.min(values.length, rowLimit);
  for (let r = 0; r < values.length; r++)
    if (values[r] === undefined) values[r] = EMPTY_ROW as CellValue[];
  return { values, firstRow: 1, firstColumn: 0, merges };
}

/**
 * Whether the start of a sheet holds all of its first `rowLimit` rows: the end of sheetData is in
 * it, or a row numbered past them begins in it (rows come in order).
 */
function rowsEnded(bytes: Buffer, rowLimit: number): boolean {
  const tag = bytes.indexOf("sheetData");
  if (tag >= 0 && (bytes.indexOf("sheetData", tag + 9) >= 0 || bytes.indexOf("sheetData/>") >= 0))
    return true;
  const last = bytes.lastIndexOf('row r="');
  if (last < 0) return false;
  return parseInt(bytes.toString("latin1", last + 7, last + 17), 10) > rowLimit;
}

function dateCell(ms: number, date1904: boolean): CellValue {
  if (!Number.isFinite(ms)) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  let serial = (ms - epoch) / 86_400_000;
  if (!date1904 && serial < 61) serial -= 1; // Excel's 1900-02-29 sits between these days
  return { serial, shown: dateShown(serial, date1904) };
}
