import { columns, contains, formatArea, intersects, rows, type Area } from "./address";
import { FakeOfficeError } from "./errors";
import { typeInto } from "./typing";
import type { DataValidationModel } from "./dataValidation";

// The workbook itself: the data that Office.js calls read and change. Tests and the demo host
// set it up and inspect it directly; the add-in reaches it only through the API in ./api.

export type Scalar = string | number | boolean;

export interface Cell {
  value: Scalar | null;
  /** The formula as typed, starting with "=". */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  wrap?: boolean;
  /**
   * A formula written while calculation was suspended (Application.suspendApiCalculationUntilNextSync,
   * learn.microsoft.com: "Once set, it is the developer's responsibility to re-calc the workbook"):
   * it shows `staleValue`, what the cell showed before, until Range.calculate or Application.calculate.
   */
  stale?: boolean;
  staleValue?: Scalar;
}

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  /** Header row included. */
  area: Area;
}

export type ChartSeriesBy = "Auto" | "Columns" | "Rows";

export interface ChartModel {
  readonly id: string;
  name: string;
  type: string;
  readonly sheetId: string;
  source: Area;
  seriesBy: ChartSeriesBy;
  title: string;
  position: { start: string; end?: string } | null;
}

export interface ChartSeriesData {
  readonly name: string;
  readonly categories: readonly Scalar[];
  readonly values: readonly (Scalar | null)[];
}

export interface ConditionalFormatModel {
  readonly id: string;
  area: Area;
  readonly type: string;
  rule: { operator: string; text: string } | null;
  fill: string | null;
  fontColor: string | null;
}

/** Evaluates a formula for the demo host; without one, formula cells keep the value last written. */
export type FormulaEngine = (
  sheet: SheetModel,
  row: number,
  column: number,
  formula: string
) => Scalar | null;

/** What Excel stores when a value is set through Range.values or typed: as the user would type it. */
export function parseInput(
  input: unknown,
  numberFormat?: string
): (Cell & { typedFormat?: string }) | "unchanged" | "empty" {
  if (input === null || input === undefined) return "unchanged";
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw new FakeOfficeError("InvalidArgument", `Cannot store ${input}`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string")
    throw new FakeOfficeError("InvalidArgument", `Cannot store a ${typeof input}`);
  if (input === "") return "empty";
  const typed = typeInto(input, numberFormat);
  if (typed.kind === "formula") return { value: null, formula: typed.formula };
  if (typed.kind === "text") return { value: typed.value };
  return { value: typed.value, typedFormat: typed.numberFormat };
}

export class SheetModel {
  cells: (Cell | undefined)[][] = [];
  readonly columnWidths = new Map<number, number>();
  merges: Area[] = [];
  visible = true;
  pageLayout: { orientation?: string; paperSize?: string } = {};
  /** Rows (0-based) above which a manual page break stands. */
  pageBreaks: number[] = [];
  /** Review › Protect Sheet: every change to its cells, formats, tables or charts is refused. */
  isProtected = false;
  /** Areas a co-author is changing right now: a write that overlaps one is refused. */
  coauthorEdits: Area[] = [];
  constructor(
    readonly workbook: WorkbookModel,
    readonly id: string,
    public name: string
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells[row]?.[column];
  }

  /**
   * Refuses a change as Excel does. A protected sheet: AccessDenied, "You cannot perform the
   * requested operation." (learn.microsoft.com: application-specific-api-error-handling, error
   * table; the same code and text Excel's REST API returns for a write to locked cells,
   * microsoftgraph/microsoft-graph-docs#4546). A co-author's change to the same cells: Microsoft
   * documents merge conflicts (learn.microsoft.com: co-authoring-in-excel-add-ins) but not the code
   * an add-in's write gets; we take the stricter reading, a refused write with Conflict, "Request
   * could not be processed because of a conflict." from the same error table.
   */
  assertEditable(area?: Area): void {
    if (this.isProtected)
      throw new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.");
    if (area && this.coauthorEdits.some((edit) => intersects(edit, area)))
      throw new FakeOfficeError(
        "Conflict",
        "Request could not be processed because of a conflict."
      );
  }

  private ensure(row: number, column: number): Cell {
    const line = (this.cells[row] ??= []);
    return (line[column] ??= { value: null });
  }

  isEmpty(row: number, column: number): boolean {
    const cell = this.cell(row, column);
    return !cell || (cell.formula === undefined && (cell.value === null || cell.value === ""));
  }

  /** The value a formula cell shows: evaluated by the engine when there is one. */
  valueAt(row: number, column: number): Scalar {
    const cell = this.cell(row, column);
    if (cell?.stale) return cell.staleValue ?? "";
    // With an engine, every cell asks it: a spilled result fills cells that hold no formula.
    if (
      this.workbook.formulaEngine &&
      (cell?.formula !== undefined || !cell || cell.value === null)
    ) {
      const value = this.workbook.formulaEngine(this, row, column, cell?.formula ?? "");
      if (value !== null || cell?.formula !== undefined) return value ?? "";
    }
    return cell?.value ?? "";
  }

  values(area: Area): Scalar[][] {
    const out: Scalar[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const line: Scalar[] = [];
      for (let c = area.left; c <= area.right; c++) line.push(this.valueAt(r, c));
      out.push(line);
    }
    return out;
  }

  formulas(area: Area): Scalar[][] {
    const out: Scalar[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const line: Scalar[] = [];
      for (let c = area.left; c <= area.right; c++) {
        const cell = this.cell(r, c);
        line.push(cell?.formula ?? cell?.value ?? "");
      }
      out.push(line);
    }
    return out;
  }

  /** Range.values / Range.formulas setter: a 2-D array of the range's shape, or one value for all. */
  write(area: Area, input: unknown): void {
    this.assertEditable(area);
    const at = (r: number, c: number): unknown => {
      if (!Array.isArray(input)) return input;
      return (input as unknown[][])[r - area.top][c - area.left];
    };
    if (Array.isArray(input)) {
      const shapeOk =
        input.length === rows(area) &&
        input.every((line) => Array.isArray(line) && line.length === columns(area));
      if (!shapeOk) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size of the range ${formatArea(area)}.`
        );
      }
    }
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const parsed = parseInput(at(r, c), this.cell(r, c)?.numberFormat);
        if (parsed === "unchanged") continue;
        const before = parsed !== "empty" && parsed.formula ? this.valueAt(r, c) : "";
        const cell = this.ensure(r, c);
        delete cell.formula;
        delete cell.stale;
        delete cell.staleValue;
        if (parsed === "empty") cell.value = null;
        else {
          cell.value = parsed.value;
          if (parsed.formula) cell.formula = parsed.formula;
          // Excel gives a typed date or percentage a matching format when the cell has none.
          if (parsed.typedFormat && (cell.numberFormat ?? "General") === "General")
            cell.numberFormat = parsed.typedFormat;
          if (parsed.formula && this.workbook.calculationSuspended) {
            cell.stale = true;
            cell.staleValue = before;
          }
        }
      }
    }
    this.workbook.renameTableHeaders(this, area);
  }

  /** Range.calculate / Application.calculate: stale formulas in the area show their results again. */
  calculate(area: Area): void {
    for (let r = area.top; r <= Math.min(area.bottom, this.cells.length - 1); r++) {
      const line = this.cells[r];
      for (let c = area.left; c <= Math.min(area.right, (line?.length ?? 0) - 1); c++) {
        const cell = line?.[c];
        if (cell?.stale) {
          delete cell.stale;
          delete cell.staleValue;
        }
      }
    }
  }

  setFormat(area: Area, apply: (cell: Cell) => void): void {
    this.assertEditable(area);
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) apply(this.ensure(r, c));
  }

  clear(area: Area, what: "All" | "Contents" | "Formats"): void {
    this.assertEditable(area);
    for (let r = area.top; r <= Math.min(area.bottom, this.cells.length - 1); r++) {
      const line = this.cells[r];
      if (!line) continue;
      for (let c = area.left; c <= Math.min(area.right, line.length - 1); c++) {
        const cell = line[c];
        if (!cell) continue;
        if (what === "All") line[c] = undefined;
        else if (what === "Contents") {
          cell.value = null;
          delete cell.formula;
        } else {
          delete cell.numberFormat;
          delete cell.fill;
          delete cell.bold;
          delete cell.fontColor;
          delete cell.wrap;
        }
      }
    }
    if (what !== "Contents") {
      this.workbook.conditionalFormats = this.workbook.conditionalFormats.filter(
        (cf) => !(cf.sheetId === this.id && contains(area, cf.area))
      );
    }
  }

  /** The smallest area holding every non-empty cell (valuesOnly) or every cell with anything. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const hasValue = cell.formula !== undefined || (cell.value !== null && cell.value !== "");
        const hasFormat =
          cell.numberFormat !== undefined || cell.fill !== undefined || cell.bold !== undefined;
        if (!hasValue && (valuesOnly || !hasFormat)) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      });
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

/** Excel on the web, or Excel on Windows and Mac. */
export type FakePlatform = "web" | "desktop";

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  charts: ChartModel[] = [];
  conditionalFormats: (ConditionalFormatModel & { sheetId: string })[] = [];
  /** Range.dataValidation rules, one per rectangle of cells (./dataValidation). */
  dataValidations: DataValidationModel[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  /**
   * The selection: `area` is the active one; `areas`, when it holds more than one, is a selection of
   * several areas (Ctrl+click), which getSelectedRange() refuses.
   */
  selection: { sheetId: string; area: Area; areas?: readonly Area[] } | null = null;
  /** Review › Protect Workbook (structure): sheets cannot be added, deleted or renamed. */
  isProtected = false;
  /**
   * Where this Excel runs, for the few rules that differ by platform (so far
   * Workbook.insertWorksheetsFromBase64, ./insertSheets). "web", the stricter, unless a test says
   * otherwise.
   */
  platform: FakePlatform = "web";
  private cellEdit: { ended: Promise<void>; end: () => void } | null = null;
  formulaEngine: FormulaEngine | null = null;
  /** Set by suspendApiCalculationUntilNextSync for the rest of that sync. */
  calculationSuspended = false;
  /** Bumped on every change that a view or a formula engine must follow. */
  version = 0;
  private readonly listeners = new Set<() => void>();
  private nextId = 1;

  /** Calls back after each change (each sync of a batch, each edit by the demo's grid). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** The user starts typing in a cell (edit mode) and has not pressed Enter or Esc yet. */
  beginCellEdit(): void {
    if (this.cellEdit) return;
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  endCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = null;
    edit?.end();
  }

  /** Resolves when the cell being edited is left; null when no cell is being edited. */
  get cellEditEnded(): Promise<void> | null {
    return this.cellEdit?.ended ?? null;
  }

  /** Structure changes on a protected workbook: AccessDenied, as for a protected sheet. */
  assertStructureEditable(): void {
    if (this.isProtected)
      throw new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.");
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  addSheet(name: string): SheetModel {
    this.assertStructureEditable();
    if (this.sheetByName(name))
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name) || name.trim() === "") {
      throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid sheet name.`);
    }
    const sheet = new SheetModel(this, this.newId("sheet"), name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    this.selection ??= { sheetId: sheet.id, area: { top: 0, left: 0, bottom: 0, right: 0 } };
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  deleteSheet(sheet: SheetModel): void {
    this.assertStructureEditable();
    if (this.sheets.length === 1)
      throw new FakeOfficeError("InvalidOperation", "A workbook must keep one sheet.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    this.charts = this.charts.filter((c) => c.sheetId !== sheet.id);
    this.conditionalFormats = this.conditionalFormats.filter((c) => c.sheetId !== sheet.id);
    this.dataValidations = this.dataValidations.filter((v) => v.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0].id;
    if (this.selection?.sheetId === sheet.id)
      this.selection = {
        sheetId: this.sheets[0].id,
        area: { top: 0, left: 0, bottom: 0, right: 0 },
      };
  }

  addTable(sheet: SheetModel, area: Area, name?: string): TableModel {
    const tableName = name ?? `Table${this.tables.length + 1}`;
    if (this.tables.some((t) => t.name.toLowerCase() === tableName.toLowerCase())) {
      throw new FakeOfficeError(
        "ItemAlreadyExists",
        `A table named "${tableName}" already exists.`
      );
    }
    sheet.assertEditable(area);
    if (this.tables.some((t) => t.sheetId === sheet.id && intersects(t.area, area))) {
      throw new FakeOfficeError("InvalidOperation", "Tables cannot overlap.");
    }
    const table: TableModel = { id: this.newId("table"), name: tableName, sheetId: sheet.id, area };
    this.tables.push(table);
    this.renameTableHeaders(sheet, { ...area, bottom: area.top });
    return table;
  }

  /**
   * Table column names are unique (case-insensitively) and never blank: a header written equal to
   * another column's gets the lowest free number appended ("Category" → "Category2"), a blank one
   * becomes "ColumnN", and headers are text. This follows Excel's tables (support.microsoft.com,
   * "Overview of Excel tables" / "Turn Excel table headers on or off": "column headers … must be
   * unique"; Barresse & Jones, "Excel Tables": "When you enter a header value that is the same as
   * another header in the same Table, Excel appends a number"), and TableColumnCollection.add with
   * a name already used (learn.microsoft.com: Excel.TableColumnCollection.add, `name`).
   */
  renameTableHeaders(sheet: SheetModel, written: Area): void {
    for (const table of this.tables) {
      const { area } = table;
      if (table.sheetId !== sheet.id || written.top > area.top || written.bottom < area.top)
        continue;
      const header = (c: number) => sheet.cell(area.top, c);
      for (
        let c = Math.max(area.left, written.left);
        c <= Math.min(area.right, written.right);
        c++
      ) {
        const cell = header(c);
        if (cell?.formula !== undefined) continue;
        const raw = cell?.value;
        const wanted = raw === null || raw === undefined || raw === "" ? "" : String(raw);
        const taken = new Set<string>();
        // Left to right: a written header yields to columns before it and to those not written.
        for (let o = area.left; o <= area.right; o++)
          if (o < c || (o > c && o > written.right))
            taken.add(String(header(o)?.value ?? "").toLowerCase());
        let name = wanted || `Column${c - area.left + 1}`;
        for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted || "Column"}${n}`;
        sheet.setFormat({ top: area.top, bottom: area.top, left: c, right: c }, (h) => {
          h.value = name;
        });
      }
    }
  }

  /**
   * A chart's series as Excel draws them from its source range. Whether the first column (by
   * columns; the first row by rows) holds category labels and the first row series names is
   * guessed from the cells (learn.microsoft.com, SeriesCollection.Add: when not told, Office
   * "attempts to determine the location of the category label from the contents of the first row or
   * column"). Excel takes a first column of numbers (years such as 2019, 2023) as one more data
   * series, unless the top-left cell is blank (Jon Peltier, "Prepare your data" and the "TLC"
   * trick, peltiertech.com). The stricter reading modelled: labels only when the top-left cell is
   * blank or every filled label cell is text; otherwise categories are 1, 2, 3… and series are
   * named "Series1"….
   */
  chartSeries(chart: ChartModel): ChartSeriesData[] {
    const sheet = this.sheetById(chart.sheetId)!;
    const values = sheet.values(chart.source);
    const byRows = chart.seriesBy === "Rows";
    // grid[i] is one series candidate: its name cell first, then its values.
    const grid = byRows ? values : values[0].map((_, c) => values.map((line) => line[c]));
    const blankCorner = grid[0][0] === "";
    const allText = (cells: readonly Scalar[]) =>
      cells.every((v) => v === "" || typeof v === "string");
    const hasLabels = blankCorner || allText(grid[0].slice(1));
    const hasNames = blankCorner || allText(grid.slice(1).map((line) => line[0]));
    const first = hasNames ? 1 : 0;
    const lines = hasLabels ? grid.slice(1) : grid;
    const length = grid[0].length - first;
    const categories = hasLabels ? grid[0].slice(first) : Array.from({ length }, (_, i) => i + 1);
    return lines.map((line, i) => ({
      name: hasNames ? String(line[0] ?? "") : `Series${i + 1}`,
      categories,
      values: line.slice(first).map((v) => (v === "" ? null : v)),
    }));
  }
}
