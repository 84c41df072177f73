/* global Buffer */
// fitCellText: the one guard on a cell's length for every workbook we write (sheets/cellLimit.ts).
import { cellText, columnLetter, fitCellText, type CellValue } from "../sheets";
import { isNumberAsDate, isUncalculatedFormula } from "../rubric";
import { escapeCellText, escapeXml } from "./xml";
import type { CellLook, StyleRegistry } from "./xlsxStyles";
import { DeflatedPart } from "./zip";

/** The strings our sheets write, appended after the workbook's own shared strings. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];
  constructor(readonly base: number) {}

  indexOf(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.base + this.added.length;
      this.index.set(text, i);
      this.added.push(text);
    }
    return i;
  }

  /** Our <si> elements, into a part being written, a few thousand at a time. */
  writeTo(part: DeflatedPart, prefix: string): void {
    for (let i = 0; i < this.added.length; i += 4096) {
      const xml = this.added
        .slice(i, i + 4096)
        .map(
          (t) =>
            `<${prefix}si><${prefix}t xml:space="preserve">${escapeCellText(t)}</${prefix}t></${prefix}si>`
        )
        .join("");
      part.write(Buffer.from(xml, "utf8"));
    }
  }
}

export interface SheetOptions {
  /** Rows kept in view while scrolling. */
  readonly frozenRows?: number;
  readonly columnWidths?: readonly (number | undefined)[];
  /** An autofilter on the first row over this many columns. */
  readonly autoFilterColumns?: number;
  /** A4 portrait, one page wide (scorecards). */
  readonly printA4Portrait?: boolean;
}

const letters: string[] = [];
function letter(column: number): string {
  return (letters[column] ??= columnLetter(column));
}

/**
 * One worksheet part written row by row (ECMA-376 Part 1, 18.3.1.99 worksheet). Text goes to the
 * shared strings, so every text cell is text: a name beginning with "=" never becomes a formula.
 */
export class SheetWriter {
  private readonly part = new DeflatedPart();
  // Rows are written into this buffer as they come and compressed when it fills: no row's text
  // outlives its row, so memory holds the compressed sheet, not its XML.
  private readonly buffer = Buffer.allocUnsafe(256 * 1024);
  private used = 0;
  private readonly merges: string[] = [];
  private readonly breaks: number[] = [];
  private rowCount = 0;

  constructor(
    readonly name: string,
    private readonly strings: SharedStrings,
    private readonly styles: StyleRegistry,
    private readonly options: SheetOptions = {}
  ) {
    this.put(this.head());
  }

  /**
   * Adds a row; returns its 1-based number. `look` styles every cell that holds a value; an array
   * styles cells by column, empty ones too (a column to fill in).
   */
  addRow(
    values: readonly (CellValue | undefined)[],
    look?: CellLook | readonly (CellLook | undefined)[],
    height?: number
  ): number {
    const r = ++this.rowCount;
    let xml =
      height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${height}" customHeight="1">`;
    const perColumn = Array.isArray(look) ? (look as readonly (CellLook | undefined)[]) : undefined;
    const width = Math.max(values.length, perColumn?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = values[c];
      const cellLook = perColumn ? perColumn[c] : (look as CellLook | undefined);
      const s = this.styles.indexOf(cellLook);
      const attrs = `r="${letter(c)}${r}"${s ? ` s="${s}"` : ""}`;
      const body = this.cell(value);
      if (body !== null) xml += `<c ${attrs}${body}</c>`;
      else if (perColumn && s) xml += `<c ${attrs}/>`;
    }
    this.put(xml + "</row>");
    return r;
  }

  private cell(value: CellValue | undefined): string | null {
    if (value === null || value === undefined) return null;
    if (typeof value === "number")
      return Number.isFinite(value) ? `><v>${value}</v>` : this.text(String(value));
    if (typeof value === "string") return value === "" ? null : this.text(value);
    if (typeof value === "boolean") return ` t="b"><v>${value ? 1 : 0}</v>`;
    if (value instanceof Date) return this.text(value.toISOString().slice(0, 10));
    if (isNumberAsDate(value)) return this.text(value.shown);
    if (isUncalculatedFormula(value)) return this.text(`=${value.formula}`);
    if ("error" in value) return ` t="e"><v>${escapeXml(value.error)}</v>`;
    const text = cellText(value);
    return text === "" ? null : this.text(text);
  }

  private text(text: string): string {
    return ` t="s"><v>${this.strings.indexOf(fitCellText(text))}</v>`;
  }

  /** Merges a rectangle given by 1-based rows and 0-based columns. */
  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push(`${letter(left)}${top}:${letter(right)}${bottom}`);
  }

  pageBreakAfter(row: number): void {
    this.breaks.push(row);
  }

  private put(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (this.used + text.length * 3 > this.buffer.length) this.flush();
    if (text.length * 3 > this.buffer.length) this.part.write(Buffer.from(text, "utf8"));
    else this.used += this.buffer.write(text, this.used, "utf8");
  }

  private flush(): void {
    this.part.write(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private head(): string {
    const { frozenRows, columnWidths, printA4Portrait } = this.options;
    const head: string[] = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    ];
    if (printA4Portrait) head.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    head.push(
      frozenRows
        ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
        : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
    );
    const cols = (columnWidths ?? [])
      .map((w, i) =>
        w === undefined ? "" : `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`
      )
      .join("");
    if (cols) head.push(`<cols>${cols}</cols>`);
    head.push("<sheetData>");
    return head.join("");
  }

  /** The worksheet part, compressed; the sheet takes no more rows. */
  finish(): DeflatedPart {
    const { autoFilterColumns, printA4Portrait } = this.options;
    const tail: string[] = ["</sheetData>"];
    if (autoFilterColumns)
      tail.push(
        `<autoFilter ref="A1:${letter(autoFilterColumns - 1)}${Math.max(1, this.rowCount)}"/>`
      );
    if (this.merges.length > 0)
      tail.push(
        `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      );
    tail.push(
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    );
    if (printA4Portrait)
      tail.push('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
    if (this.breaks.length > 0)
      tail.push(
        `<rowBreaks count="${this.breaks.length}" manualBreakCount="${this.breaks.length}">` +
          this.breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join("") +
          "</rowBreaks>"
      );
    tail.push("</worksheet>");
    this.put(tail.join(""));
    this.flush();
    return this.part.finish();
  }
}
