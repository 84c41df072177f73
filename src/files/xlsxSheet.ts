/* global Buffer */
import { parseAreaAddress, type CellArea, type CellGrid, type CellValue } from "../sheets";
import { Attributes, decodeXml, scanXml, wholeNumberAt, type XmlHandler } from "./xml";
import { type SheetEntry, type XlsxWorkbook } from "./xlsxPackage";
import { shiftFormula } from "./formulas";
import { cellValue, newCellState, rawValue, type CellState } from "./xlsxCellValue";

/** Rows no cell of which holds anything share this one empty array: a million of them cost 8 MB. */
const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

// Gaps between cells up to this width are filled with null (a dense row reads fastest); a cell
// further right (a stray one in column XFD) leaves a hole, so the row's memory stays its cells'.
const DENSE_GAP = 64;

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
  if (!bytes) return { values: [], firstRow: 1, firstColumn: 0, merges: [] };
  const reader = new SheetReader(book, bytes, options);
  scanXml(bytes, reader, () => reader.done());
  return reader.grid();
}

/**
 * The scanXml handler that builds the grid. Its state lives in fields, its steps in methods, so
 * the per-cell work makes no closures and no objects beyond the values it stores.
 */
class SheetReader implements XmlHandler {
  private readonly values: CellValue[][] = [];
  private readonly merges: CellArea[] = [];
  private readonly sharedFormulas = new Map<
    string,
    { formula: string; row: number; column: number }
  >();
  private readonly rowLimit: number;
  private readonly onRows: ((rows: number) => void) | undefined;
  private rowsSeen = 0;
  private row = 0;
  private column = -1;
  private readonly cell: CellState = newCellState();
  private capture: "v" | "f" | "t" | null = null;
  private inIs = 0;
  private phonetic = 0;

  constructor(
    private readonly book: XlsxWorkbook,
    private readonly bytes: Buffer,
    options: SheetReadOptions
  ) {
    this.rowLimit = options.rowLimit ?? Infinity;
    this.onRows = options.onRows;
  }

  /** Whether the rows asked for are all read (checked between tags). */
  done(): boolean {
    return this.row > this.rowLimit && !this.cell.open;
  }

  /** The grid read: cut to the rows asked for, rows without cells filled with EMPTY_ROW. */
  grid(): CellGrid {
    const { values, merges } = this;
    if (this.row > this.rowLimit) values.length = Math.min(values.length, this.rowLimit);
    for (let r = 0; r < values.length; r++)
      if (values[r] === undefined) values[r] = EMPTY_ROW as CellValue[];
    return { values, firstRow: 1, firstColumn: 0, merges };
  }

  open(name: string, attrs: Attributes, empty: boolean): void {
    if (this.cell.open) this.openInCell(name, attrs, empty);
    else if (name === "c") this.openCell(attrs, empty);
    else if (name === "row") this.openRow(attrs);
    else if (name === "mergeCell") {
      const area = parseAreaAddress(attrs.get("ref") ?? "");
      if (area) this.merges.push(area);
    }
  }

  close(name: string): void {
    const { cell } = this;
    if (!cell.open) return;
    if (name === "c") {
      this.store(cell);
      cell.open = false;
    } else if (name === "is") this.inIs--;
    else if (name === "rPh") this.phonetic--;
    else if (name === this.capture) this.capture = null;
  }

  text(start: number, end: number): void {
    const { capture, cell, bytes } = this;
    if (capture === null || !cell.open) return;
    if (capture === "v") {
      if (cell.valueStart < 0 && cell.value === null) {
        cell.valueStart = start;
        cell.valueEnd = end;
      } else {
        cell.value = (rawValue(bytes, cell) ?? "") + bytes.toString("utf8", start, end);
      }
    } else if (capture === "f")
      cell.formula = (cell.formula ?? "") + decodeXml(bytes.toString("utf8", start, end));
    else cell.text!.push(decodeXml(bytes.toString("utf8", start, end)));
  }

  cdata(start: number, end: number): void {
    const { cell } = this;
    if (this.capture === "t" && cell.text) cell.text.push(this.bytes.toString("utf8", start, end));
  }

  /** A tag inside a cell: its value, its formula, or an inline string's text (not phonetic). */
  private openInCell(name: string, attrs: Attributes, empty: boolean): void {
    const { cell } = this;
    if (name === "is") this.inIs++;
    else if (name === "rPh") this.phonetic++;
    else if (name === "v" && !empty) this.capture = "v";
    else if (name === "f") {
      this.capture = empty ? null : "f";
      if (attrs.is("t", "shared"))
        cell.shared = { si: attrs.get("si") ?? "", ref: attrs.find("ref") };
      if (empty) cell.formula = cell.shared ? null : "";
    } else if (name === "t" && this.inIs > 0 && this.phonetic === 0 && !empty) {
      this.capture = "t";
      cell.text ??= [];
    }
  }

  private openRow(attrs: Attributes): void {
    const r = attrs.find("r") ? wholeNumberAt(this.bytes, attrs.valueStart, attrs.valueEnd) : NaN;
    this.row = r >= 1 ? r : this.row + 1;
    this.column = -1;
    if (this.onRows && ++this.rowsSeen % 4096 === 0) this.onRows(this.rowsSeen);
  }

  private openCell(attrs: Attributes, empty: boolean): void {
    if (!this.readRef(attrs)) this.column++;
    if (empty) return;
    const { cell } = this;
    cell.open = true;
    cell.type = "n";
    if (attrs.find("t")) cell.type = TYPES.find((t) => attrs.is("t", t)) ?? attrs.get("t")!;
    cell.style = attrs.find("s") ? wholeNumberAt(this.bytes, attrs.valueStart, attrs.valueEnd) : 0;
    cell.valueStart = -1;
    cell.value = null;
    cell.formula = null;
    cell.shared = null;
    cell.text = null;
  }

  /** A cell's `r` ("B12"), read from the bytes: sets row and column; false if it is not one. */
  private readRef(attrs: Attributes): boolean {
    if (!attrs.find("r")) return false;
    const { bytes } = this;
    let c = 0;
    let i = attrs.valueStart;
    for (; i < attrs.valueEnd; i++) {
      const code = bytes[i] & 0xdf; // upper case
      if (code < 65 || code > 90) break;
      c = c * 26 + code - 64;
    }
    const r = wholeNumberAt(bytes, i, attrs.valueEnd);
    if (c === 0 || !(r >= 1)) return false;
    this.row = r;
    this.column = c - 1;
    return true;
  }

  /** The cell just closed, into its row: shared formulas resolved, blanks left out. */
  private store(c: CellState): void {
    const { row, column } = this;
    if (c.formula === null && c.shared) {
      // A shared formula's other cells carry only its id: their formula is the first cell's,
      // moved by their offset from it (ECMA-376 Part 1, 18.3.1.40).
      const master = this.sharedFormulas.get(c.shared.si);
      if (master)
        c.formula = shiftFormula(master.formula, row - master.row, column - master.column);
    } else if (c.formula !== null && c.shared?.ref) {
      this.sharedFormulas.set(c.shared.si, { formula: c.formula, row, column });
    }
    const value = cellValue(this.book, this.bytes, c, row, column);
    if (value === undefined || value === null) return;
    let cells = this.values[row - 1];
    if (cells === undefined || cells === EMPTY_ROW) {
      cells = [];
      this.values[row - 1] = cells;
    }
    if (column - cells.length <= DENSE_GAP) while (cells.length < column) cells.push(null);
    cells[column] = value;
  }
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
