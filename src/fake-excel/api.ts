import {
  columns,
  contains,
  intersects,
  letters,
  MAX_COLUMNS,
  MAX_ROWS,
  parseArea,
  qualify,
  rows,
  splitSheet,
  unbounded,
  type Area,
} from "./address";
import { emptyMetrics, OperationQueue, PAYLOAD_LIMIT, type SyncMetrics } from "./context";
import { FakeOfficeError } from "./errors";
import type {
  ChartModel,
  ChartSeriesBy,
  ConditionalFormatModel,
  Scalar,
  SheetModel,
  TableModel,
  WorkbookModel,
} from "./model";
import { ClientCollection, ClientObject, loadNowMixin } from "./proxy";
import { FakeDataValidation } from "./dataValidation";
import {
  insertWorksheetsFromBase64,
  type FakeClientResult,
  type FakeInsertWorksheetOptions,
} from "./insertSheets";
import {
  apiWrote,
  flushApiWrites,
  registerChanged,
  unregisterChanged,
  type ChangedHandler,
} from "./events";

// The part of the Excel JavaScript API the add-in uses, over an in-memory workbook, with Office's
// batching: calls queue, context.sync() runs them, and only loaded-and-synced properties can be read.

type RangeTarget = { sheet: SheetModel; area: Area };

function valueType(value: Scalar): string {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  if (
    /^#/.test(value) &&
    /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/.test(value)
  )
    return "Error";
  return "String";
}

/**
 * Cell-level properties (values, formulas, number formats) of a range. An unbounded range (entire
 * columns or rows) reads them as null (learn.microsoft.com: Read or write to an unbounded range);
 * a bounded one over five million cells is refused (learn.microsoft.com: Resource limits and
 * performance optimization, "A range is limited to 5,000,000 cells for read operations"; the page
 * allows null or an error, we take the error: RangeExceedsLimit).
 */
function cellLevel<T>(area: Area, read: () => T): T | null {
  if (unbounded(area)) return null;
  if (rows(area) * columns(area) > MAX_CELLS_READ)
    throw new FakeOfficeError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number."
    );
  return read();
}
const MAX_CELLS_READ = 5_000_000;

/** Setting a cell-level property of an unbounded range throws (the same page as above). */
function assertBounded(area: Area): void {
  if (unbounded(area))
    throw new FakeOfficeError(
      "InvalidArgument",
      "Cell-level properties of entire rows or columns cannot be set."
    );
}

/**
 * A cell holds at most 32,767 characters (Microsoft, "Excel specifications and limits",
 * support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * The Range.values and Range.formulas pages name no error for longer text; we fail the sync with
 * InvalidArgument, and count the string as sent, a leading apostrophe included: the stricter
 * reading, since Excel may count the apostrophe before storing it as the cell's prefix.
 */
function assertCellText(values: unknown): void {
  const cells = Array.isArray(values) ? values.flat() : [values];
  for (const value of cells) {
    if (typeof value === "string" && value.length > MAX_CELL_TEXT)
      throw new FakeOfficeError(
        "InvalidArgument",
        `Text of ${value.length} characters does not fit in a cell (at most ${MAX_CELL_TEXT}).`
      );
  }
}
const MAX_CELL_TEXT = 32_767;

function map2d<T>(area: Area, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const line: T[] = [];
    for (let c = area.left; c <= area.right; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

export class FakeRange extends ClientObject<RangeTarget> {
  protected readonly kind = "range";
  protected readonly defaultProperties = [
    "address",
    "values",
    "formulas",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
  ];

  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    readonly resolveRange: () => RangeTarget | null,
    nullable = false
  ) {
    super(queue, resolveRange, nullable);
  }

  protected readProperty(t: RangeTarget, property: string): unknown {
    const { sheet, area } = t;
    switch (property) {
      case "address":
      case "addressLocal":
        return qualify(sheet.name, area);
      case "values":
        return cellLevel(area, () => sheet.values(area));
      case "formulas":
        return cellLevel(area, () => sheet.formulas(area));
      case "valueTypes":
        return cellLevel(area, () => sheet.values(area).map((line) => line.map(valueType)));
      case "numberFormat":
        return cellLevel(area, () =>
          map2d(area, (r, c) => sheet.cell(r, c)?.numberFormat ?? "General")
        );
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return rows(area);
      case "columnCount":
        return columns(area);
      case "cellCount":
        return rows(area) * columns(area);
      default:
        throw new FakeOfficeError("InvalidArgument", `Range has no property "${property}".`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get values(): Scalar[][] {
    return this.get("values");
  }
  set values(values: unknown) {
    this.change({ set: "values", values }, (t) => {
      assertBounded(t.area);
      assertCellText(values);
      t.sheet.write(t.area, values);
      apiWrote(t.sheet, t.area); // Excel raises onChanged for API writes too (events.ts)
    });
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  set formulas(formulas: unknown) {
    this.change({ set: "formulas", formulas }, (t) => {
      assertBounded(t.area);
      assertCellText(formulas);
      t.sheet.write(t.area, formulas);
      apiWrote(t.sheet, t.area);
    });
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(format: unknown) {
    this.change({ set: "numberFormat", format }, (t) => {
      assertBounded(t.area);
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        for (let c = t.area.left; c <= t.area.right; c++) {
          const f = Array.isArray(format)
            ? (format as string[][])[r - t.area.top][c - t.area.left]
            : format;
          t.sheet.setFormat(
            { top: r, bottom: r, left: c, right: c },
            (cell) => (cell.numberFormat = String(f))
          );
        }
      }
    });
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }

  private derived(f: (t: RangeTarget) => Area): FakeRange {
    return new FakeRange(this.queue, this.model, () => {
      const t = this.target();
      const area = f(t);
      if (area.top < 0 || area.left < 0 || area.bottom < area.top || area.right < area.left) {
        throw new FakeOfficeError("InvalidArgument", "The range is outside the worksheet.");
      }
      return { sheet: t.sheet, area };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ area }) => ({
      top: area.top + row,
      left: area.left + column,
      bottom: area.top + row,
      right: area.left + column,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ area }) => ({
      top: area.top + rowOffset,
      bottom: area.bottom + rowOffset,
      left: area.left + columnOffset,
      right: area.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ area }) => ({
      ...area,
      bottom: area.bottom + deltaRows,
      right: area.right + deltaColumns,
    }));
  }
  getRow(row: number): FakeRange {
    return this.derived(({ area }) => ({ ...area, top: area.top + row, bottom: area.top + row }));
  }
  getColumn(column: number): FakeRange {
    return this.derived(({ area }) => ({
      ...area,
      left: area.left + column,
      right: area.left + column,
    }));
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.queue, this.model, () => this.target().sheet);
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.queue, () => this.target());
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.queue, this.model, () => this.target());
  }
  /** ExcelApi 1.8; rules kept per rectangle, never applied to written values (./dataValidation). */
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.queue, this.model, () => this.target());
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.change({ call: "clear", applyTo }, (t) => t.sheet.clear(t.area, applyTo));
  }
  select(): void {
    this.change({ call: "select" }, (t) => {
      this.model.selection = { sheetId: t.sheet.id, area: t.area };
      this.model.activeSheetId = t.sheet.id;
    });
  }
  /**
   * "The value of a merged range is specified in the cell of the range's upper-left corner"
   * (learn.microsoft.com: Range.Merge method, Excel VBA; the Office.js page says nothing else): the
   * other cells' contents are discarded, as Excel's Merge keeps only the upper-left value.
   */
  merge(): void {
    this.change({ call: "merge" }, (t) => {
      t.sheet.assertEditable(t.area);
      const { top, left, bottom, right } = t.area;
      if (right > left) t.sheet.clear({ top, left: left + 1, bottom: top, right }, "Contents");
      if (bottom > top) t.sheet.clear({ top: top + 1, left, bottom, right }, "Contents");
      t.sheet.merges.push(t.area);
    });
  }
  /** Calculates the range's formulas (learn.microsoft.com: Excel.Range.calculate, ExcelApi 1.6). */
  calculate(): void {
    this.change({ call: "calculate" }, (t) => t.sheet.calculate(t.area));
  }

  /** Tables that intersect this range (or lie inside it when fullyContained). */
  getTables(fullyContained = false): FakeTableCollection {
    return new FakeTableCollection(this.queue, this.model, () => {
      const t = this.target();
      return this.model.tables.filter(
        (table) =>
          table.sheetId === t.sheet.id &&
          (fullyContained ? contains(t.area, table.area) : intersects(t.area, table.area))
      );
    });
  }

  /**
   * "If the merged areas count in this range is more than 512, then this method will fail to return
   * the result" (learn.microsoft.com: Excel.Range getMergedAreasOrNullObject). The page names no
   * error code; we fail the sync with GeneralException, so callers cannot rely on a code.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.queue, () => {
      const t = this.target();
      const merged = t.sheet.merges.filter((m) => intersects(m, t.area));
      if (merged.length > MAX_MERGED_AREAS)
        throw new FakeOfficeError(
          "GeneralException",
          "There was an internal error while processing the request."
        );
      return merged.length === 0 ? null : { sheet: t.sheet, areas: merged };
    });
  }

  loadNow(properties: string[]): Record<string, unknown> {
    return loadNowMixin(this, this.target(), properties, (t, p) => this.readProperty(t, p));
  }
}

const MAX_MERGED_AREAS = 512;

export class FakeRangeAreas extends ClientObject<{ sheet: SheetModel; areas: Area[] }> {
  protected readonly kind = "range areas";
  protected readonly defaultProperties = ["address", "areaCount"];
  constructor(queue: OperationQueue, resolve: () => { sheet: SheetModel; areas: Area[] } | null) {
    super(queue, resolve, true);
  }
  protected readProperty(t: { sheet: SheetModel; areas: Area[] }, property: string): unknown {
    if (property === "address") return t.areas.map((a) => qualify(t.sheet.name, a)).join(",");
    if (property === "areaCount") return t.areas.length;
    throw new FakeOfficeError("InvalidArgument", `RangeAreas has no property "${property}".`);
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

class FakeRangeFill {
  constructor(
    private readonly queue: OperationQueue,
    private readonly resolve: () => RangeTarget
  ) {}
  set color(color: string) {
    this.queue.enqueue({
      request: { set: "fill.color", color },
      run: () => {
        const t = this.resolve();
        t.sheet.setFormat(t.area, (cell) => (cell.fill = color));
      },
    });
  }
  clear(): void {
    this.queue.enqueue({
      request: { call: "fill.clear" },
      run: () => {
        const t = this.resolve();
        t.sheet.setFormat(t.area, (cell) => delete cell.fill);
      },
    });
  }
}

class FakeRangeFont {
  constructor(
    private readonly queue: OperationQueue,
    private readonly resolve: () => RangeTarget
  ) {}
  set bold(bold: boolean) {
    this.queue.enqueue({
      request: { set: "font.bold", bold },
      run: () => {
        const t = this.resolve();
        t.sheet.setFormat(t.area, (cell) => (cell.bold = bold));
      },
    });
  }
  set color(color: string) {
    this.queue.enqueue({
      request: { set: "font.color", color },
      run: () => {
        const t = this.resolve();
        t.sheet.setFormat(t.area, (cell) => (cell.fontColor = color));
      },
    });
  }
}

export class FakeRangeFormat {
  constructor(
    private readonly queue: OperationQueue,
    private readonly resolve: () => RangeTarget
  ) {}
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.queue, this.resolve);
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.queue, this.resolve);
  }
  set columnWidth(points: number) {
    this.queue.enqueue({
      request: { set: "columnWidth", points },
      run: () => {
        const t = this.resolve();
        t.sheet.assertEditable();
        for (let c = t.area.left; c <= t.area.right; c++) t.sheet.columnWidths.set(c, points);
      },
    });
  }
  set wrapText(wrap: boolean) {
    this.queue.enqueue({
      request: { set: "wrapText", wrap },
      run: () => {
        const t = this.resolve();
        t.sheet.setFormat(t.area, (cell) => (cell.wrap = wrap));
      },
    });
  }
  autofitColumns(): void {
    this.queue.enqueue({
      request: { call: "autofitColumns" },
      run: () => {
        const t = this.resolve();
        for (let c = t.area.left; c <= t.area.right; c++) {
          let widest = 8;
          for (let r = t.area.top; r <= t.area.bottom; r++)
            widest = Math.max(widest, String(t.sheet.valueAt(r, c)).length);
          t.sheet.columnWidths.set(c, Math.min(widest, 60) * 7);
        }
      },
    });
  }
}

type CfTarget = ConditionalFormatModel & { sheetId: string };

export class FakeConditionalFormat extends ClientObject<CfTarget> {
  protected readonly kind = "conditional format";
  protected readonly defaultProperties = ["type", "id"];
  constructor(queue: OperationQueue, resolve: () => CfTarget | null) {
    super(queue, resolve);
  }
  protected readProperty(t: CfTarget, property: string): unknown {
    if (property === "type") return t.type;
    if (property === "id") return t.id;
    throw new FakeOfficeError(
      "InvalidArgument",
      `ConditionalFormat has no property "${property}".`
    );
  }
  get type(): string {
    return this.get("type");
  }
  get textComparison() {
    const queue = this.queue;
    const target = () => this.target();
    return {
      set rule(rule: { operator: string; text: string }) {
        queue.enqueue({
          request: { set: "rule", rule },
          run: () => void (target().rule = { ...rule }),
        });
      },
      format: {
        fill: {
          set color(color: string) {
            queue.enqueue({
              request: { set: "fill", color },
              run: () => void (target().fill = color),
            });
          },
        },
        font: {
          set color(color: string) {
            queue.enqueue({
              request: { set: "font", color },
              run: () => void (target().fontColor = color),
            });
          },
        },
      },
    };
  }
  loadNow(properties: string[]): Record<string, unknown> {
    return loadNowMixin(this, this.target(), properties, (t, p) => this.readProperty(t, p));
  }
}

export class FakeConditionalFormatCollection extends ClientCollection<
  CfTarget,
  FakeConditionalFormat
> {
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    private readonly range: () => RangeTarget
  ) {
    super(queue, () => {
      const t = range();
      return model.conditionalFormats.filter(
        (cf) => cf.sheetId === t.sheet.id && intersects(cf.area, t.area)
      );
    });
  }
  protected itemProxy(item: CfTarget) {
    return new FakeConditionalFormat(this.queue, () => item);
  }
  add(type: string): FakeConditionalFormat {
    let created: CfTarget | null = null;
    this.queue.enqueue({
      request: { call: "conditionalFormats.add", type },
      run: () => {
        const t = this.range();
        t.sheet.assertEditable(t.area);
        created = {
          id: this.model.newId("cf"),
          sheetId: t.sheet.id,
          area: t.area,
          type,
          rule: null,
          fill: null,
          fontColor: null,
        };
        this.model.conditionalFormats.push(created);
      },
    });
    return new FakeConditionalFormat(this.queue, () => created);
  }
  clearAll(): void {
    this.queue.enqueue({
      request: { call: "conditionalFormats.clearAll" },
      run: () => {
        const t = this.range();
        this.model.conditionalFormats = this.model.conditionalFormats.filter(
          (cf) => !(cf.sheetId === t.sheet.id && intersects(cf.area, t.area))
        );
      },
    });
  }
}

export class FakeTableColumn extends ClientObject<{ table: TableModel; index: number }> {
  protected readonly kind = "table column";
  protected readonly defaultProperties = ["name", "index"];
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    resolve: () => { table: TableModel; index: number } | null,
    nullable = false
  ) {
    super(queue, resolve, nullable);
  }
  protected readProperty(t: { table: TableModel; index: number }, property: string): unknown {
    const sheet = this.model.sheetById(t.table.sheetId)!;
    if (property === "name")
      return String(sheet.valueAt(t.table.area.top, t.table.area.left + t.index));
    if (property === "index") return t.index;
    throw new FakeOfficeError("InvalidArgument", `TableColumn has no property "${property}".`);
  }
  get name(): string {
    return this.get("name");
  }
  get index(): number {
    return this.get("index");
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.queue, this.model, () => {
      const { table, index } = this.target();
      const column = table.area.left + index;
      return {
        sheet: this.model.sheetById(table.sheetId)!,
        area: { top: table.area.top + 1, bottom: table.area.bottom, left: column, right: column },
      };
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.queue, this.model, () => {
      const { table, index } = this.target();
      const column = table.area.left + index;
      return {
        sheet: this.model.sheetById(table.sheetId)!,
        area: { ...table.area, left: column, right: column },
      };
    });
  }
  loadNow(properties: string[]): Record<string, unknown> {
    return loadNowMixin(this, this.target(), properties, (t, p) => this.readProperty(t, p));
  }
}

export class FakeTableColumnCollection extends ClientCollection<
  { table: TableModel; index: number },
  FakeTableColumn
> {
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    private readonly table: () => TableModel
  ) {
    super(queue, () => {
      const t = table();
      return Array.from({ length: columns(t.area) }, (_, index) => ({ table: t, index }));
    });
  }
  protected itemProxy(item: { table: TableModel; index: number }) {
    return new FakeTableColumn(this.queue, this.model, () => item);
  }
  getItemOrNullObject(name: string): FakeTableColumn {
    return new FakeTableColumn(
      this.queue,
      this.model,
      () => {
        const t = this.table();
        const sheet = this.model.sheetById(t.sheetId)!;
        for (let c = t.area.left; c <= t.area.right; c++) {
          if (String(sheet.valueAt(t.area.top, c)).toLowerCase() === name.toLowerCase())
            return { table: t, index: c - t.area.left };
        }
        return null;
      },
      true
    );
  }
  /** Adds a column at the right end. Cells right of the table in its rows shift right, as in Excel. */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    let added: { table: TableModel; index: number } | null = null;
    this.queue.enqueue({
      request: { call: "columns.add", index, values, name },
      run: () => {
        const t = this.table();
        // The whole change is refused before any cell shifts (protection, co-author).
        this.model.sheetById(t.sheetId)!.assertEditable(t.area);
        if (index !== null && index !== undefined && index !== columns(t.area)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "This fake adds table columns at the end only."
          );
        }
        const sheet = this.model.sheetById(t.sheetId)!;
        const column = t.area.right + 1;
        for (let r = t.area.top; r <= t.area.bottom; r++) {
          const line = sheet.cells[r];
          if (line && line.length > column) line.splice(column, 0, undefined);
        }
        t.area = { ...t.area, right: column };
        const header = name ?? `Column${columns(t.area)}`;
        sheet.write({ top: t.area.top, bottom: t.area.top, left: column, right: column }, [
          [header],
        ]);
        if (values !== undefined)
          sheet.write(
            { top: t.area.top, bottom: t.area.bottom, left: column, right: column },
            values
          );
        added = { table: t, index: column - t.area.left };
      },
    });
    return new FakeTableColumn(this.queue, this.model, () => added);
  }
}

export class FakeTable extends ClientObject<TableModel> {
  protected readonly kind = "table";
  protected readonly defaultProperties = ["name", "id"];
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    resolve: () => TableModel | null,
    nullable = false
  ) {
    super(queue, resolve, nullable);
  }
  protected readProperty(t: TableModel, property: string): unknown {
    if (property === "name") return t.name;
    if (property === "id") return t.id;
    throw new FakeOfficeError("InvalidArgument", `Table has no property "${property}".`);
  }
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  private rangeOf(f: (area: Area) => Area): FakeRange {
    return new FakeRange(this.queue, this.model, () => {
      const t = this.target();
      return { sheet: this.model.sheetById(t.sheetId)!, area: f(t.area) };
    });
  }
  getRange(): FakeRange {
    return this.rangeOf((a) => a);
  }
  getHeaderRowRange(): FakeRange {
    return this.rangeOf((a) => ({ ...a, bottom: a.top }));
  }
  getDataBodyRange(): FakeRange {
    return this.rangeOf((a) => ({ ...a, top: a.top + 1 }));
  }
  get columns(): FakeTableColumnCollection {
    return new FakeTableColumnCollection(this.queue, this.model, () => this.target());
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.queue, this.model, () =>
      this.model.sheetById(this.target().sheetId)!
    );
  }
  loadNow(properties: string[]): Record<string, unknown> {
    return loadNowMixin(this, this.target(), properties, (t, p) => this.readProperty(t, p));
  }
}

export class FakeTableCollection extends ClientCollection<TableModel, FakeTable> {
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    resolve: () => TableModel[],
    private readonly sheet?: () => SheetModel
  ) {
    super(queue, resolve);
  }
  protected itemProxy(item: TableModel) {
    return new FakeTable(this.queue, this.model, () =>
      this.model.tables.includes(item) ? item : null
    );
  }
  getItem(name: string): FakeTable {
    return new FakeTable(
      this.queue,
      this.model,
      () => this.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(
      this.queue,
      this.model,
      () => this.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
      true
    );
  }
  /** Tables here always have a header row, as the add-in's tables do. */
  add(address: string): FakeTable {
    let created: TableModel | null = null;
    this.queue.enqueue({
      request: { call: "tables.add", address },
      run: () => {
        const { sheet: name, local } = splitSheet(address);
        const sheet = name
          ? this.model.sheetByName(name)
          : (this.sheet?.() ?? this.model.sheetById(this.model.activeSheetId!));
        if (!sheet) throw new FakeOfficeError("ItemNotFound", `No sheet "${name}".`);
        created = this.model.addTable(sheet, parseArea(local));
      },
    });
    return new FakeTable(this.queue, this.model, () => created);
  }
}

type ChartTarget = ChartModel;

export class FakeChartSeries extends ClientObject<{ chart: ChartModel; index: number }> {
  protected readonly kind = "chart series";
  protected readonly defaultProperties = ["name"];
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    resolve: () => { chart: ChartModel; index: number } | null
  ) {
    super(queue, resolve);
  }
  protected readProperty(t: { chart: ChartModel; index: number }, property: string): unknown {
    if (property === "name") return this.model.chartSeries(t.chart)[t.index].name;
    throw new FakeOfficeError("InvalidArgument", `ChartSeries has no property "${property}".`);
  }
  get name(): string {
    return this.get("name");
  }
  loadNow(properties: string[]): Record<string, unknown> {
    return loadNowMixin(this, this.target(), properties, (t, p) => this.readProperty(t, p));
  }
}

export class FakeChartSeriesCollection extends ClientCollection<
  { chart: ChartModel; index: number },
  FakeChartSeries
> {
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    chart: () => ChartModel
  ) {
    super(queue, () => {
      const c = chart();
      return model.chartSeries(c).map((_, index) => ({ chart: c, index }));
    });
  }
  protected itemProxy(item: { chart: ChartModel; index: number }) {
    return new FakeChartSeries(this.queue, this.model, () => item);
  }
}

export class FakeChart extends ClientObject<ChartTarget> {
  protected readonly kind = "chart";
  protected readonly defaultProperties = ["name", "id", "chartType"];
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    resolve: () => ChartTarget | null,
    nullable = false
  ) {
    super(queue, resolve, nullable);
  }
  protected readProperty(t: ChartTarget, property: string): unknown {
    if (property === "name") return t.name;
    if (property === "id") return t.id;
    if (property === "chartType") return t.type;
    throw new FakeOfficeError("InvalidArgument", `Chart has no property "${property}".`);
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.change({ set: "name", name }, (t) => void (t.name = name));
  }
  get chartType(): string {
    return this.get("chartType");
  }
  get title() {
    const queue = this.queue;
    const target = () => this.target();
    return {
      set text(text: string) {
        queue.enqueue({
          request: { set: "title.text", text },
          run: () => void (target().title = text),
        });
      },
    };
  }
  get legend() {
    const queue = this.queue;
    return {
      set position(position: string) {
        queue.enqueue({ request: { set: "legend.position", position }, run: () => undefined });
      },
    };
  }
  get series(): FakeChartSeriesCollection {
    return new FakeChartSeriesCollection(this.queue, this.model, () => this.target());
  }
  setPosition(start: string, end?: string): void {
    this.change({ call: "setPosition", start, end }, (t) => {
      parseArea(start);
      if (end) parseArea(end);
      t.position = { start, end };
    });
  }
  delete(): void {
    this.change(
      { call: "delete" },
      (t) => void (this.model.charts = this.model.charts.filter((c) => c !== t))
    );
  }
  loadNow(properties: string[]): Record<string, unknown> {
    return loadNowMixin(this, this.target(), properties, (t, p) => this.readProperty(t, p));
  }
}

export class FakeChartCollection extends ClientCollection<ChartModel, FakeChart> {
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    private readonly sheet: () => SheetModel
  ) {
    super(queue, () => model.charts.filter((c) => c.sheetId === sheet().id));
  }
  protected itemProxy(item: ChartModel) {
    return new FakeChart(this.queue, this.model, () =>
      this.model.charts.includes(item) ? item : null
    );
  }
  add(type: string, sourceData: FakeRange, seriesBy: ChartSeriesBy = "Auto"): FakeChart {
    let created: ChartModel | null = null;
    const source = sourceData.resolveRange;
    this.queue.enqueue({
      request: { call: "charts.add", type, seriesBy },
      run: () => {
        const sheet = this.sheet();
        sheet.assertEditable();
        const range = source();
        if (!range)
          throw new FakeOfficeError("InvalidArgument", "The chart's source data is not a range.");
        if (range.sheet !== sheet)
          throw new FakeOfficeError(
            "InvalidArgument",
            "This fake binds charts to data on their own sheet."
          );
        created = {
          id: this.model.newId("chart"),
          name: `Chart ${this.model.charts.length + 1}`,
          type,
          sheetId: sheet.id,
          source: range.area,
          seriesBy: seriesBy === "Auto" ? "Columns" : seriesBy,
          title: "",
          position: null,
        };
        this.model.charts.push(created);
      },
    });
    return new FakeChart(this.queue, this.model, () => created);
  }
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(
      this.queue,
      this.model,
      () => this.model.charts.find((c) => c.sheetId === this.sheet().id && c.name === name) ?? null,
      true
    );
  }
}

export class FakeWorksheet extends ClientObject<SheetModel> {
  protected readonly kind = "worksheet";
  protected readonly defaultProperties = ["name", "id", "position", "visibility"];
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    resolve: () => SheetModel | null,
    nullable = false
  ) {
    super(queue, resolve, nullable);
  }
  protected readProperty(t: SheetModel, property: string): unknown {
    switch (property) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "position":
        return this.model.sheets.indexOf(t);
      case "visibility":
        return t.visible ? "Visible" : "Hidden";
      default:
        throw new FakeOfficeError("InvalidArgument", `Worksheet has no property "${property}".`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.change({ set: "name", name }, (t) => {
      this.model.assertStructureEditable();
      const other = this.model.sheetByName(name);
      if (other && other !== t)
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
      t.name = name;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  /** Excel.SheetVisibility; the fake knows one hidden state, so a very hidden sheet reads "Hidden". */
  get visibility(): "Visible" | "Hidden" {
    return this.get("visibility");
  }
  getRange(address = ""): FakeRange {
    return new FakeRange(this.queue, this.model, () => {
      const sheet = this.target();
      const { sheet: named, local } = splitSheet(address);
      if (named && named.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new FakeOfficeError("InvalidArgument", `The address ${address} is on another sheet.`);
      }
      return { sheet, area: parseArea(local || "A1:XFD1048576") };
    });
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.queue, this.model, () => {
      if (rowCount < 1 || columnCount < 1)
        throw new FakeOfficeError("InvalidArgument", "A range has at least one cell.");
      if (row < 0 || column < 0 || row + rowCount > MAX_ROWS || column + columnCount > MAX_COLUMNS)
        throw new FakeOfficeError("InvalidArgument", "The range is outside the worksheet.");
      return {
        sheet: this.target(),
        area: {
          top: row,
          left: column,
          bottom: row + rowCount - 1,
          right: column + columnCount - 1,
        },
      };
    });
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.queue, this.model, () => {
      const sheet = this.target();
      return {
        sheet,
        area: sheet.usedArea(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.queue,
      this.model,
      () => {
        const sheet = this.target();
        const area = sheet.usedArea(valuesOnly);
        return area ? { sheet, area } : null;
      },
      true
    );
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.queue, this.model, () => this.target());
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(
      this.queue,
      this.model,
      () => this.model.tables.filter((t) => t.sheetId === this.target().id),
      () => this.target()
    );
  }
  get pageLayout() {
    const change = (request: unknown, apply: (t: SheetModel) => void) =>
      this.change(request, apply);
    return {
      set orientation(orientation: string) {
        change(
          { set: "pageLayout.orientation", orientation },
          (t) => void (t.pageLayout.orientation = orientation)
        );
      },
      set paperSize(paperSize: string) {
        change(
          { set: "pageLayout.paperSize", paperSize },
          (t) => void (t.pageLayout.paperSize = paperSize)
        );
      },
    };
  }
  /** Manual page breaks; each stands above the top row of the range it is added at. */
  get horizontalPageBreaks() {
    const change = (request: unknown, apply: (t: SheetModel) => void) =>
      this.change(request, apply);
    return {
      add: (range: FakeRange | string) =>
        change({ call: "horizontalPageBreaks.add" }, (t) => {
          const area =
            typeof range === "string"
              ? parseArea(splitSheet(range).local)
              : range.resolveRange()!.area;
          if (!t.pageBreaks.includes(area.top)) t.pageBreaks.push(area.top);
        }),
      removePageBreaks: () =>
        change({ call: "horizontalPageBreaks.removePageBreaks" }, (t) => void (t.pageBreaks = [])),
    };
  }
  /** Worksheet.onChanged (ExcelApi 1.7): registered and removed with the next sync (events.ts). */
  get onChanged(): {
    add(handler: ChangedHandler): { context: { sync(): Promise<void> }; remove(): void };
  } {
    return {
      add: (handler) => {
        this.change({ call: "onChanged.add" }, (t) => registerChanged(t, handler));
        // EventHandlerResult: remove() runs with its context's next sync.
        return {
          context: { sync: () => this.queue.sync() },
          remove: () =>
            this.change({ call: "onChanged.remove" }, (t) => unregisterChanged(t, handler)),
        };
      },
    };
  }
  activate(): void {
    this.change({ call: "activate" }, (t) => {
      this.model.activeSheetId = t.id;
      this.model.selection = { sheetId: t.id, area: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  delete(): void {
    this.change({ call: "delete" }, (t) => this.model.deleteSheet(t));
  }
  loadNow(properties: string[]): Record<string, unknown> {
    return loadNowMixin(this, this.target(), properties, (t, p) => this.readProperty(t, p));
  }
  /** The sheet this handle stands for, at sync: for calls that take a Worksheet as an argument. */
  resolveSheet(): SheetModel {
    return this.target();
  }
}

export class FakeWorksheetCollection extends ClientCollection<SheetModel, FakeWorksheet> {
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel
  ) {
    super(queue, () => model.sheets);
  }
  protected itemProxy(item: SheetModel) {
    return new FakeWorksheet(this.queue, this.model, () =>
      this.model.sheets.includes(item) ? item : null
    );
  }
  private find(key: string): SheetModel | null {
    return this.model.sheetById(key) ?? this.model.sheetByName(key) ?? null;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.queue, this.model, () => this.find(key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.queue, this.model, () => this.find(key), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.queue,
      this.model,
      () => this.model.sheetById(this.model.activeSheetId ?? "") ?? null
    );
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.queue.enqueue({
      request: { call: "worksheets.add", name },
      run: () => {
        created = this.model.addSheet(name ?? `Sheet${this.model.sheets.length + 1}`);
      },
    });
    return new FakeWorksheet(this.queue, this.model, () => created);
  }
}

export class FakeSetting extends ClientObject<{ key: string }> {
  protected readonly kind = "setting";
  protected readonly defaultProperties = ["key", "value"];
  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    resolve: () => { key: string } | null,
    nullable = false
  ) {
    super(queue, resolve, nullable);
  }
  protected readProperty(t: { key: string }, property: string): unknown {
    if (property === "key") return t.key;
    if (property === "value") return this.model.settings.get(t.key);
    throw new FakeOfficeError("InvalidArgument", `Setting has no property "${property}".`);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.change({ call: "delete" }, (t) => void this.model.settings.delete(t.key));
  }
}

export class FakeSettingCollection {
  constructor(
    private readonly queue: OperationQueue,
    private readonly model: WorkbookModel
  ) {}
  add(key: string, value: unknown): FakeSetting {
    // Settings are stored as JSON in the file, so only JSON values survive.
    this.queue.enqueue({
      request: { call: "settings.add", key, value },
      run: () => {
        this.model.settings.set(key, JSON.parse(JSON.stringify(value)));
      },
    });
    return new FakeSetting(this.queue, this.model, () => ({ key }));
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.queue, this.model, () =>
      this.model.settings.has(key) ? { key } : null
    );
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.queue,
      this.model,
      () => (this.model.settings.has(key) ? { key } : null),
      true
    );
  }
}

export class FakeWorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    calculate(calculationType: string): void;
  };
  constructor(
    private readonly queue: OperationQueue,
    private readonly model: WorkbookModel
  ) {
    this.worksheets = new FakeWorksheetCollection(queue, model);
    this.settings = new FakeSettingCollection(queue, model);
    this.application = {
      // Formulas written from here to the end of this sync stay uncalculated until the add-in
      // recalculates (learn.microsoft.com: Excel.Application.suspendApiCalculationUntilNextSync,
      // "it is the developer's responsibility to re-calc the workbook"); see Cell.stale.
      suspendApiCalculationUntilNextSync: () =>
        queue.enqueue({
          request: { call: "suspendApiCalculationUntilNextSync" },
          run: () => {
            queue.metrics.calculationSuspended++;
            model.calculationSuspended = true;
          },
        }),
      // Recalculates every open workbook (learn.microsoft.com: Excel.Application.calculate).
      calculate: (calculationType: string) =>
        queue.enqueue({
          request: { call: "calculate", calculationType },
          run: () => {
            for (const sheet of model.sheets)
              sheet.calculate({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
          },
        }),
    };
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.queue, this.model, () => this.model.tables);
  }
  /** Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): see ./insertSheets for the rules. */
  insertWorksheetsFromBase64(
    base64File: string,
    options?: FakeInsertWorksheetOptions
  ): FakeClientResult<string[]> {
    return insertWorksheetsFromBase64(this.queue, this.model, base64File, options);
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.queue, this.model, () => {
      const selection = this.model.selection;
      const sheet = selection ? this.model.sheetById(selection.sheetId) : undefined;
      if (!selection || !sheet)
        throw new FakeOfficeError("InvalidOperation", "Nothing is selected.");
      // "If multiple ranges are selected, the method throws an InvalidSelection error"
      // (learn.microsoft.com: Work with workbooks using the Excel JavaScript API, getSelectedRange;
      // message from the application-specific API error table).
      if ((selection.areas?.length ?? 1) > 1)
        throw new FakeOfficeError(
          "InvalidSelection",
          "The current selection is invalid for this operation."
        );
      return { sheet, area: selection.area };
    });
  }
}

/** Excel.RunOptions: the part the fake models. */
export interface FakeRunOptions {
  readonly delayForCellEdit?: boolean;
}

/** What Excel.run hands the batch: the workbook and sync(). */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookApi;
  private readonly queue: OperationQueue;
  constructor(
    private readonly model: WorkbookModel,
    metrics: SyncMetrics,
    limit: number,
    private readonly options: FakeRunOptions = {}
  ) {
    this.queue = new OperationQueue(metrics, limit, () => {
      model.calculationSuspended = false;
      model.changed();
      flushApiWrites();
    });
    this.workbook = new FakeWorkbookApi(this.queue, model);
  }
  async sync(): Promise<void> {
    await this.cellEditGate();
    return this.queue.sync();
  }
  /** Excel.run's closing sync: a round trip only when something is still queued. */
  async syncIfPending(): Promise<void> {
    if (this.queue.pending > 0) await this.sync();
  }

  /**
   * While the user edits a cell, each batch request fails, or with delayForCellEdit waits until
   * the edit ends (learn.microsoft.com: Excel.RunOptions delayForCellEdit; "Delay execution while
   * cell is being edited"). That page says the failure is an InvalidOperation error, the error table
   * (application-specific-api-error-handling) lists InvalidOperationInCellEditMode for it: we throw
   * the specific one, with the table's message. Nothing of the refused batch runs.
   */
  private async cellEditGate(): Promise<void> {
    for (let ended = this.model.cellEditEnded; ended; ended = this.model.cellEditEnded) {
      if (!this.options.delayForCellEdit) {
        this.queue.discard();
        throw new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again."
        );
      }
      await ended;
    }
  }
}

/** A workbook in memory with Excel.run over it. */
export class FakeExcel {
  readonly model: WorkbookModel;
  metrics: SyncMetrics = emptyMetrics();
  constructor(
    model: WorkbookModel,
    readonly payloadLimit = PAYLOAD_LIMIT
  ) {
    this.model = model;
  }

  /**
   * Excel.run(batch) or Excel.run(options, batch): runs the batch, then syncs whatever it left
   * queued, as Office does.
   */
  async run<T>(
    first: FakeRunOptions | ((context: FakeRequestContext) => Promise<T>),
    second?: (context: FakeRequestContext) => Promise<T>
  ): Promise<T> {
    const batch = typeof first === "function" ? first : second!;
    const options = typeof first === "function" ? {} : first;
    const context = new FakeRequestContext(this.model, this.metrics, this.payloadLimit, options);
    const result = await batch(context);
    await context.syncIfPending();
    return result;
  }

  resetMetrics(): void {
    this.metrics = emptyMetrics();
  }
}

export { letters };
