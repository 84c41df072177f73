/* global Buffer */
import { parseAreaAddress, type CellValue } from "../sheets";
import { shiftFormula } from "../files/formulas";
import {
  openXlsx,
  readRelationships,
  type SheetEntry,
  type XlsxWorkbook,
} from "../files/xlsxPackage";
import { readSheetGrid } from "../files/xlsxSheet";
import { decodeXml, scanXml, type Attributes, type XmlHandler } from "../files/xml";
import type { Area } from "./address";
import type { OperationQueue } from "./context";
import { FakeOfficeError } from "./errors";
import type { Cell, SheetModel, WorkbookModel } from "./model";

// Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13), over the in-memory workbook. Sources:
// - learn.microsoft.com, Excel.Workbook.insertWorksheetsFromBase64 (and @types/office-js):
//   "Inserts the specified worksheets from a source workbook into the current workbook", returns
//   "An array of IDs corresponding to each newly inserted worksheet"; "In Excel on the web, this
//   API doesn't support inserting charts, comments, PivotTables, or slicers."
// - learn.microsoft.com, Excel.InsertWorksheetOptions: positionType defaults to "End"; relativeTo
//   is "the worksheet in the current workbook that is referenced for the WorksheetPositionType";
//   sheetNamesToInsert: "By default, all the worksheets from the source workbook are inserted"
//   (and `[]` inserts them all: "Work with workbooks using the Excel JavaScript API", section
//   "Insert a copy of an existing workbook into the current one", whose sample passes []).
// - the same "Work with workbooks" section: "in Excel on the web, this method doesn't support
//   source worksheets with PivotTable, Chart, Comment, or Slicer elements. If those objects are
//   present, the insertWorksheetsFromBase64 method returns the UnsupportedFeature error in Excel on
//   the web."
// - learn.microsoft.com, "Error handling with the application-specific JavaScript APIs", error
//   table: the messages of InvalidArgument and UnsupportedFeature used below.

/** Excel.InsertWorksheetOptions, as the add-in passes it. */
export interface FakeInsertWorksheetOptions {
  positionType?: "None" | "Before" | "After" | "Beginning" | "End";
  /** A sheet's name or ID, or a Worksheet object of this workbook. */
  relativeTo?: string | { resolveSheet(): SheetModel };
  sheetNamesToInsert?: string[];
}

/**
 * OfficeExtension.ClientResult: `value` is there only after the sync that ran the call. Read
 * before, it throws ValueNotLoaded with office.js's own message (office.js, ClientResult.value:
 * CoreErrorCodes.valueNotLoaded, CoreResourceStrings.valueNotLoaded); so it stays when that sync
 * failed.
 */
export class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded)
      throw new FakeOfficeError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    return this.result as T;
  }

  /** Called by the operation when its sync runs it. */
  handleResult(value: T): void {
    this.result = value;
    this.loaded = true;
  }

  toJSON(): { value: T | undefined } {
    return { value: this.result };
  }
}

const INVALID_ARGUMENT = "The argument is invalid or missing or has an incorrect format.";
const UNSUPPORTED_FEATURE =
  "The operation failed because the source worksheet contains one or more unsupported features.";

function invalidArgument(detail: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `${INVALID_ARGUMENT} (${detail})`);
}

/**
 * Queues the call. The Base64 string is part of the request, as in Office (office.js sends
 * `[base64File, options]` as the method's arguments), so it counts toward the 5 MB request limit
 * of ./context: a 4 MB .xlsx, 5.3 MB as Base64, fails the sync with RequestPayloadSizeLimitExceeded.
 */
export function insertWorksheetsFromBase64(
  queue: OperationQueue,
  model: WorkbookModel,
  base64File: string,
  options: FakeInsertWorksheetOptions = {}
): FakeClientResult<string[]> {
  const result = new FakeClientResult<string[]>();
  const relativeTo = options.relativeTo;
  queue.enqueue({
    request: {
      call: "insertWorksheetsFromBase64",
      base64File,
      options: {
        ...options,
        relativeTo: typeof relativeTo === "object" ? { worksheet: "reference" } : relativeTo,
      },
    },
    run: () => {
      const ids = insertNow(model, base64File, options);
      result.handleResult(ids);
      return { value: ids };
    },
  });
  return result;
}

/**
 * Runs the insertion at sync. Everything that can fail is checked before the workbook changes:
 * a refused call inserts nothing.
 */
function insertNow(
  model: WorkbookModel,
  base64File: string,
  options: FakeInsertWorksheetOptions
): string[] {
  model.assertStructureEditable();
  const book = openSource(base64File);
  const entries = chosenSheets(book, options.sheetNamesToInsert);
  if (model.platform === "web") for (const entry of entries) refuseUnsupported(book, entry);
  const at = insertionIndex(model, options);
  const sources = entries.map((entry) => readSource(book, entry));
  const names = newNames(
    model,
    entries.map((e) => e.name)
  );
  const sheets = sources.map((source, i) => {
    const sheet = model.addSheet(names[i]);
    model.sheets.splice(model.sheets.indexOf(sheet), 1);
    model.sheets.splice(at + i, 0, sheet);
    fillSheet(model, sheet, source);
    return sheet;
  });
  return sheets.map((s) => s.id);
}

/**
 * The Base64 string as an .xlsx. Strict Base64 only (RFC 4648, section 4: the 64 characters and
 * "=" padding, no data-URL prefix, no line breaks): Microsoft's samples strip the
 * "data:…;base64," prefix before calling, and a string that is not Base64 is an argument with "an
 * incorrect format". Some decoders skip whitespace; Microsoft does not say Excel's does, so the
 * stricter reading refuses it. Bytes that are not an .xlsx package (a CSV, an .xls, a damaged zip, a
 * workbook encrypted with a password) are refused the same way: Microsoft documents no specific
 * code for a bad file, InvalidArgument is the error table's code for a bad argument.
 */
function openSource(base64File: string): XlsxWorkbook {
  if (
    typeof base64File !== "string" ||
    base64File.length === 0 ||
    base64File.length % 4 !== 0 ||
    !/^[A-Za-z0-9+/]*={0,2}$/.test(base64File)
  )
    throw invalidArgument("base64File is not a Base64 string");
  try {
    const book = openXlsx(Buffer.from(base64File, "base64"));
    if (book.sheets.length === 0) throw new Error("it holds no worksheet");
    return book;
  } catch (error) {
    throw invalidArgument(`base64File is not an .xlsx workbook: ${(error as Error).message}`);
  }
}

/**
 * The source's worksheets to insert, in the source's order. A name the source does not hold:
 * Microsoft documents nothing; the stricter reading, the call fails with InvalidArgument (it
 * names no sheet of this workbook, so not ItemNotFound), and names must match exactly.
 */
function chosenSheets(book: XlsxWorkbook, names: string[] | undefined): SheetEntry[] {
  if (!names || names.length === 0) return [...book.sheets];
  for (const name of names)
    if (!book.sheets.some((s) => s.name === name))
      throw invalidArgument(`the source workbook has no worksheet named "${name}"`);
  return book.sheets.filter((s) => names.includes(s.name));
}

const REL_COMMENTS = "/comments";
const REL_THREADED_COMMENT = "/threadedComment";
const REL_PIVOT_TABLE = "/pivotTable";
const REL_SLICER = "/slicer";
const REL_DRAWING = "/drawing";
const REL_CHARTS = ["/chart", "/chartEx"];

/**
 * Excel on the web refuses a source worksheet with a PivotTable, a chart, comments or slicers
 * (the "Work with workbooks" section cited at the top). Found, as Excel finds them, by the
 * sheet's relationships (ECMA-376 Part 1, 12.3): pivotTable, slicer (Office 2010 extension), a
 * drawing that holds a chart (chart, or chartEx for the 2016 chart types), and comments. Which
 * "Comment" means: the stricter reading, both legacy comments (today's "notes", the comments
 * part) and threaded comments (the threadedComment part).
 */
function refuseUnsupported(book: XlsxWorkbook, entry: SheetEntry): void {
  const found: string[] = [];
  for (const rel of readRelationships(book.zip, entry.part)) {
    if (rel.type.endsWith(REL_PIVOT_TABLE)) found.push("a PivotTable");
    else if (rel.type.endsWith(REL_SLICER)) found.push("a slicer");
    else if (rel.type.endsWith(REL_COMMENTS)) found.push("comments (notes)");
    else if (rel.type.endsWith(REL_THREADED_COMMENT)) found.push("threaded comments");
    else if (rel.type.endsWith(REL_DRAWING)) {
      const drawing = readRelationships(book.zip, rel.target);
      if (drawing.some((d) => REL_CHARTS.some((suffix) => d.type.endsWith(suffix))))
        found.push("a chart");
    }
  }
  if (found.length > 0)
    throw new FakeOfficeError(
      "UnsupportedFeature",
      `${UNSUPPORTED_FEATURE} (worksheet "${entry.name}": ${[...new Set(found)].join(", ")})`
    );
}

/**
 * Where the new sheets go. "End" by default (InsertWorksheetOptions.positionType); "Before" and
 * "After" need relativeTo, a sheet of this workbook (a name or ID that is none: ItemNotFound, as
 * worksheets.getItem). Microsoft documents no error for "Before"/"After" without relativeTo, nor
 * what "None" does here; the stricter reading: both are refused with InvalidArgument.
 */
function insertionIndex(model: WorkbookModel, options: FakeInsertWorksheetOptions): number {
  const position = options.positionType ?? "End";
  const relative = relativeSheet(model, options.relativeTo);
  switch (position) {
    case "End":
      return model.sheets.length;
    case "Beginning":
      return 0;
    case "Before":
    case "After":
      if (!relative) throw invalidArgument(`positionType "${position}" needs relativeTo`);
      return model.sheets.indexOf(relative) + (position === "After" ? 1 : 0);
    default:
      throw invalidArgument(`positionType "${String(position)}" is not a position`);
  }
}

function relativeSheet(
  model: WorkbookModel,
  relativeTo: FakeInsertWorksheetOptions["relativeTo"]
): SheetModel | null {
  if (relativeTo === undefined || relativeTo === null) return null;
  if (typeof relativeTo === "object") return relativeTo.resolveSheet();
  const sheet = model.sheetById(relativeTo) ?? model.sheetByName(relativeTo);
  if (!sheet) throw new FakeOfficeError("ItemNotFound", "The requested worksheet doesn't exist.");
  return sheet;
}

/**
 * The inserted sheets' names. One that is taken (sheet names are unique regardless of case):
 * Microsoft documents nothing for this method; Excel gives the inserted sheet another name, as
 * Worksheet.copy does "in a manner consistent with copying a worksheet through the Excel UI (for
 * example, MySheet (2))" (learn.microsoft.com, "Work with worksheets", Copy an existing worksheet).
 * Modelled so: "Name (2)", then (3)…, the name cut so that the whole stays within Excel's 31
 * characters. The add-in must therefore find the new sheets by the returned IDs, never by the
 * file's sheet names.
 */
function newNames(model: WorkbookModel, wanted: readonly string[]): string[] {
  const taken = new Set(model.sheets.map((s) => s.name.toLowerCase()));
  return wanted.map((name) => {
    let chosen = name;
    for (let n = 2; taken.has(chosen.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      chosen = name.slice(0, 31 - suffix.length) + suffix;
    }
    taken.add(chosen.toLowerCase());
    return chosen;
  });
}

interface SourceSheet {
  readonly entry: SheetEntry;
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas: ReadonlyMap<string, string>;
  readonly merges: readonly Area[];
  readonly tables: readonly { name: string; area: Area }[];
}

/** A sheet's cells (by our reader, src/files), formulas, merged areas and tables. */
function readSource(book: XlsxWorkbook, entry: SheetEntry): SourceSheet {
  try {
    const grid = readSheetGrid(book, entry);
    const bytes = book.zip.read(entry.part);
    return {
      entry,
      values: grid.values,
      formulas: bytes ? readFormulas(bytes) : new Map(),
      merges: (grid.merges ?? []).map((m) => ({ ...m })),
      tables: readTables(book, entry),
    };
  } catch (error) {
    throw invalidArgument(`worksheet "${entry.name}" cannot be read: ${(error as Error).message}`);
  }
}

/**
 * Values as Excel's Range.values gives them after the insert: text stays text (never re-typed: a
 * cell holding "=1+1" as text is not a formula, "007" stays "007"), errors as their code, a date
 * as its serial number, a formula with the result saved in the file (a formula saved without
 * one: no value until Excel calculates, which this fake does only with a formula engine).
 */
function cellOf(value: CellValue, formula: string | undefined, web: boolean): Cell | undefined {
  if (value === null && formula === undefined) return undefined;
  const cell: Cell = { value: null };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    cell.value = value;
  else if (value instanceof Date) cell.value = value.getTime() / 86_400_000 + 25_569;
  else if (value && "error" in value) cell.value = value.error;
  else if (value && "serial" in value) cell.value = value.serial;
  if (formula !== undefined) cell.formula = `=${formula}`;
  else if (value && typeof value === "object" && "formula" in value)
    cell.formula = `=${value.formula}`;
  if (web && cell.formula !== undefined && linksOut(cell.formula)) cell.value = "#REF!";
  return cell;
}

/**
 * A formula reaching another sheet ("Data!B2", "'Osh 1'!B2") or a table ("Products[Price]").
 * Excel on the web breaks these on insert: office-js #2809 ("when using the
 * insertWorksheetsFromBase64 method to import a workbook that has links between worksheets, the
 * links between worksheets break. This behavior does not occur in Excel on desktop", reproduced
 * by Microsoft) and #5911 (a table reference becomes an invalid link to another workbook). What
 * Range.values then gives is not documented; the stricter reading, modelled: "#REF!", never the
 * cached result, so that nothing trusts a number a broken link no longer computes. Any "!" or
 * "name[" counts, even inside a text literal: stricter again.
 */
function linksOut(formula: string): boolean {
  return formula.includes("!") || /[\p{L}\p{N}_.]\[/u.test(formula);
}

function fillSheet(model: WorkbookModel, sheet: SheetModel, source: SourceSheet): void {
  const web = model.platform === "web";
  // hidden and veryHidden both stay hidden: the fake's sheets know one hidden state, and a tab
  // the user could not see in the file is not shown by inserting it.
  sheet.visible = !source.entry.hidden;
  source.values.forEach((line, r) => {
    line.forEach((value, c) => {
      const cell = cellOf(value ?? null, source.formulas.get(`${r},${c}`), web);
      if (cell) (sheet.cells[r] ??= [])[c] = cell;
    });
  });
  for (const [key, formula] of source.formulas) {
    const [r, c] = key.split(",").map(Number);
    if (!sheet.cell(r, c)) (sheet.cells[r] ??= [])[c] = cellOf(null, formula, web)!;
  }
  // No holes between rows: whoever walks the rows with map/forEach (the demo's formula engine
  // feeds HyperFormula so) must meet every row, empty ones as [].
  for (let r = 0; r < sheet.cells.length; r++) sheet.cells[r] ??= [];
  sheet.merges = source.merges.map((m) => ({ ...m }));
  for (const table of source.tables) {
    model.tables.push({
      id: model.newId("table"),
      name: newTableName(model, table.name),
      sheetId: sheet.id,
      area: table.area,
    });
  }
}

/**
 * A table keeps its name unless the workbook has a table (or sheet-level name) of that name:
 * table names are unique in a workbook (learn.microsoft.com, Excel.TableCollection.add; Excel's
 * "Rename an Excel table": "Use a unique name"). Microsoft does not say what name the inserted one
 * gets; modelled: the lowest free number appended ("Round" → "Round2"), so the add-in must find
 * an inserted table by its sheet, not by the file's table name.
 */
function newTableName(model: WorkbookModel, name: string): string {
  const taken = new Set(model.tables.map((t) => t.name.toLowerCase()));
  let chosen = name;
  for (let n = 2; taken.has(chosen.toLowerCase()); n++) chosen = `${name}${n}`;
  return chosen;
}

function readTables(book: XlsxWorkbook, entry: SheetEntry): { name: string; area: Area }[] {
  const tables: { name: string; area: Area }[] = [];
  for (const rel of readRelationships(book.zip, entry.part)) {
    if (!rel.type.endsWith("/table")) continue;
    const bytes = book.zip.read(rel.target);
    if (!bytes) continue;
    scanXml(bytes, {
      open(name, attrs) {
        if (name !== "table") return;
        const area = parseAreaAddress(attrs.get("ref") ?? "");
        const tableName = attrs.get("displayName") ?? attrs.get("name");
        if (area && tableName) tables.push({ name: tableName, area: { ...area } });
      },
    });
  }
  return tables;
}

/**
 * Each cell's formula text (without "="), keyed "row,column" (0-based), shared formulas filled
 * into their other cells (ECMA-376 Part 1, 18.3.1.40), as our grid reader resolves them; the grid
 * itself keeps only the formulas' results.
 */
function readFormulas(bytes: Buffer): Map<string, string> {
  const reader = new FormulaReader(bytes);
  scanXml(bytes, reader);
  return reader.formulas;
}

class FormulaReader implements XmlHandler {
  readonly formulas = new Map<string, string>();
  private readonly shared = new Map<string, { formula: string; row: number; column: number }>();
  private row = -1;
  private column = -1;
  private inCell = false;
  private inFormula = false;
  private parts: string[] = [];
  private sharedId: string | null = null;
  private sharedMaster = false;

  constructor(private readonly bytes: Buffer) {}

  open(name: string, attrs: Attributes, empty: boolean): void {
    if (name === "row") {
      const r = Number(attrs.get("r"));
      this.row = r >= 1 ? r - 1 : this.row + 1;
      this.column = -1;
    } else if (name === "c") {
      const ref = parseAreaAddress(attrs.get("r") ?? "");
      if (ref) {
        this.row = ref.top;
        this.column = ref.left;
      } else this.column++;
      this.inCell = !empty;
    } else if (name === "f" && this.inCell) {
      this.parts = [];
      this.sharedId = attrs.is("t", "shared") ? (attrs.get("si") ?? null) : null;
      this.sharedMaster = this.sharedId !== null && attrs.find("ref");
      this.inFormula = !empty;
      if (empty) this.endFormula();
    }
  }

  close(name: string): void {
    if (name === "f" && this.inFormula) {
      this.inFormula = false;
      this.endFormula();
    } else if (name === "c") this.inCell = false;
  }

  text(start: number, end: number): void {
    if (this.inFormula) this.parts.push(decodeXml(this.bytes.toString("utf8", start, end)));
  }

  private endFormula(): void {
    const { row, column, sharedId } = this;
    let formula = this.parts.join("");
    if (sharedId !== null && this.sharedMaster) this.shared.set(sharedId, { formula, row, column });
    else if (sharedId !== null && formula === "") {
      const master = this.shared.get(sharedId);
      if (!master) return;
      formula = shiftFormula(master.formula, row - master.row, column - master.column);
    }
    if (formula !== "") this.formulas.set(`${row},${column}`, formula);
  }
}
