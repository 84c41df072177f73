import { indicatorIds, isMergedCover, type IndicatorId, type MergedCover } from "../rubric";
import { cellAddress, cellText, isBlank, type CellGrid, type CellValue } from "./cells";
import { FIELDS, type FieldId } from "./fields";
import { detectHeader, HEADER_SEARCH_ROWS } from "./headerDetection";
import {
  isComplete,
  MappingError,
  mappingError,
  normalizeHeader,
  type ColumnChoice,
  type ColumnMapping,
} from "./headers";
import { fillMerged, mergesByRow, rowWithMerges, type MergeRole } from "./merges";

/** A cell of a row as read: its value, or a MergedCover for a score cell under a merged area. */
export type ReadValue = CellValue | MergedCover;

export interface IndicatorCell {
  /** A1 address on the worksheet, e.g. "F7". */
  readonly address: string;
  readonly value: ReadValue;
}

/** One LSG's row as the user wrote it: identity as text, indicator cells untouched for the rubric. */
export interface LsgRow {
  /** Worksheet row number. */
  readonly row: number;
  /**
   * The file the row came from, when several files are gathered into one table (report/gather.ts,
   * which also names the file in the cells' addresses); absent for a single sheet.
   */
  readonly file?: string;
  readonly lsg: string | null;
  readonly district: string | null;
  readonly oblast: string | null;
  readonly round: string | null;
  readonly soate: string | null;
  readonly rater: string | null;
  readonly note: string | null;
  /** Note or evidence per indicator, where the table has such columns. */
  readonly notes: Readonly<Record<IndicatorId, string | null>>;
  readonly cells: Readonly<Record<IndicatorId, IndicatorCell>>;
  /** The total the user typed, where the table has a total column, to check against the scores. */
  readonly userTotal: { readonly address: string; readonly value: CellValue } | null;
  /** Fields taken from the row above because the cell was blank (oblast, district). */
  readonly filledDown: readonly FieldId[];
}

/**
 * Why a row is not an LSG row: a total, nothing to score, or (gathering several files) a blank copy
 * of an LSG another file scores in the same round (src/report/gather.ts).
 */
export type SkipReason = "total" | "no-lsg-data" | "scored-elsewhere";

/** A non-blank row below the header that is not an LSG: reported, never silently dropped. */
export interface SkippedRow {
  readonly row: number;
  /** As LsgRow.file. */
  readonly file?: string;
  readonly reason: SkipReason;
  /** The row's first text, to show the user which row it was. */
  readonly text: string;
}

export interface AssessmentTable {
  readonly mapping: ColumnMapping;
  /** Worksheet row numbers of the header (one or two rows). */
  readonly headerRows: readonly number[];
  readonly rows: readonly LsgRow[];
  readonly skipped: readonly SkippedRow[];
  readonly blankRows: number;
}

export interface ReadOptions {
  /** Explicit columns for fields, overriding detection. */
  readonly columns?: Partial<Record<FieldId, ColumnChoice>>;
  /** Worksheet row number of the header, overriding detection. */
  readonly headerRow?: number;
}

// Rows that total or summarise the table rather than describe an LSG.
const TOTAL_WORDS = [
  "итог",
  "всего",
  "жыйынтык",
  "бардыгы",
  "баары",
  "total",
  "subtotal",
  "grand total",
  "сумма",
  "среднее",
  "average",
  "mean",
  "орточо",
];

function isTotalText(text: string): boolean {
  const normalized = normalizeHeader(text);
  return TOTAL_WORDS.some((word) => normalized.startsWith(word));
}

// Fields that label a row rather than claim something about it: a merged area's value names every
// row it spans. Scores, typed totals and categories, evidence and notes are not among them.
const MERGED_LABELS: readonly FieldId[] = ["oblast", "district", "round", "lsg", "soate", "rater"];

function isUntyped(value: ReadValue | undefined): boolean {
  return isBlank(value) || isMergedCover(value);
}

/** A label or total cell's value (only score cells are ever read as MergedCover). */
function cellValueOf(value: ReadValue | undefined): CellValue {
  return value === undefined || isMergedCover(value) ? null : value;
}

/** A cell's text; a score cell under a merged area holds nothing of its own. */
function textOf(value: ReadValue | undefined): string {
  return isMergedCover(value) ? "" : cellText(value);
}

function textOrNull(value: ReadValue | undefined): string | null {
  const text = textOf(value);
  return text === "" ? null : text;
}

/**
 * Reads the LSG rows of a user's table: finds the header (in the first 20 rows, one or two rows),
 * maps columns to fields, and reads every row below it. Blank rows are skipped; total rows and rows
 * with neither an LSG name nor a score are skipped and listed; blank oblast and district cells are
 * filled from the row above. Throws MappingError when the required columns cannot be found.
 */
export function readAssessmentTable(grid: CellGrid, options: ReadOptions = {}): AssessmentTable {
  const header = findHeader(grid, options);
  const { mapping } = header;
  const column = (field: FieldId) => mapping.fields[field]?.column;
  const roles = mergeRoles(column);
  const coversOf = mergesByRow(grid);
  const labelsOf = labelsFilledDown(column);
  const rows: LsgRow[] = [];
  const skipped: SkippedRow[] = [];
  let blankRows = 0;
  for (let r = header.rows[header.rows.length - 1] + 1; r < grid.values.length; r++) {
    const cells = rowWithMerges(grid.values[r], r, coversOf(r), roles);
    const sheetRow = grid.firstRow + r;
    // A cell only covered by a merged score is not something typed in this row.
    if (cells.every(isUntyped)) {
      blankRows++;
      continue;
    }
    const at = fieldCell(cells, column);
    const skip = skipOf(cells, at);
    if (skip) skipped.push({ row: sheetRow, ...skip });
    else rows.push(lsgRow(grid, sheetRow, cells, column, labelsOf(at)));
  }
  return {
    mapping,
    headerRows: header.rows.map((r) => grid.firstRow + r),
    rows,
    skipped,
    blankRows,
  };
}

/** The header's rows (0-based in the grid) and its complete mapping, or a MappingError. */
function findHeader(
  grid: CellGrid,
  options: ReadOptions
): { rows: readonly number[]; mapping: ColumnMapping } {
  const forced = options.headerRow === undefined ? undefined : options.headerRow - grid.firstRow;
  // Merges are filled everywhere in the header (a group title names every column under it)…
  const headerValues = fillMerged(grid, forced === undefined ? HEADER_SEARCH_ROWS + 1 : forced + 1);
  const header = detectHeader(headerValues, grid.firstColumn, options.columns, forced);
  if (!header) throw new MappingError(REQUIRED_FIELDS, [], []);
  if (!isComplete(header.result)) throw mappingError(header.result);
  return { rows: header.rows, mapping: header.result.mapping };
}

/**
 * …but below the header merges are filled only into labels (rowWithMerges says why): an LSG name
 * merged over two rounds' rows names both, and two rows of one round are then reported as
 * duplicates, never hidden.
 */
function mergeRoles(column: (field: FieldId) => number | undefined): Map<number, MergeRole> {
  const roles = new Map<number, MergeRole>();
  for (const field of MERGED_LABELS)
    if (column(field) !== undefined) roles.set(column(field)!, "label");
  for (const id of indicatorIds()) roles.set(column(id)!, "score");
  return roles;
}

type FieldCell = (field: FieldId) => ReadValue | undefined;

/** A row's cell for a field; undefined when the table has no column for it. */
function fieldCell(
  cells: readonly ReadValue[],
  column: (field: FieldId) => number | undefined
): FieldCell {
  return (field) => {
    const c = column(field);
    return c === undefined ? undefined : cells[c];
  };
}

/** Why a non-blank row is not an LSG's (a total row, or no LSG name and no score), else undefined. */
function skipOf(cells: readonly ReadValue[], at: FieldCell): Omit<SkippedRow, "row"> | undefined {
  const identity =
    [at("lsg"), at("district"), at("oblast"), cells[0]].map(textOf).find((t) => t !== "") ?? "";
  if (isTotalText(identity)) return { reason: "total", text: identity };
  if (textOrNull(at("lsg")) === null && indicatorIds().every((id) => isUntyped(at(id)))) {
    const firstText = cells.map(textOf).find((t) => t !== "") ?? "";
    return { reason: "no-lsg-data", text: firstText };
  }
  return undefined;
}

type RowLabels = Pick<LsgRow, "lsg" | "oblast" | "district" | "filledDown">;

/**
 * Reads each LSG row's labels, in order: a blank oblast or district (where the table has the
 * column) is the previous LSG row's, as in tables that name the oblast once above its LSGs.
 */
function labelsFilledDown(
  column: (field: FieldId) => number | undefined
): (at: FieldCell) => RowLabels {
  let lastOblast: string | null = null;
  let lastDistrict: string | null = null;
  return (at) => {
    const filledDown: FieldId[] = [];
    let oblast = textOrNull(at("oblast"));
    let district = textOrNull(at("district"));
    if (oblast === null && column("oblast") !== undefined && lastOblast !== null) {
      oblast = lastOblast;
      filledDown.push("oblast");
    }
    if (district === null && column("district") !== undefined && lastDistrict !== null) {
      district = lastDistrict;
      filledDown.push("district");
    }
    lastOblast = oblast;
    lastDistrict = district;
    return { lsg: textOrNull(at("lsg")), oblast, district, filledDown };
  };
}

/** The required fields, from the one list of fields: without a header they are what is missing. */
const REQUIRED_FIELDS = FIELDS.filter((f) => f.required).map((f) => f.id);

/** One LSG row as read: its labels, each indicator's cell with its address, the typed total. */
function lsgRow(
  grid: CellGrid,
  sheetRow: number,
  cells: readonly ReadValue[],
  column: (field: FieldId) => number | undefined,
  labels: Pick<LsgRow, "lsg" | "oblast" | "district" | "filledDown">
): LsgRow {
  const at = fieldCell(cells, column);
  const address = (c: number) => cellAddress(sheetRow, grid.firstColumn + c);
  const indicatorCells = {} as Record<IndicatorId, IndicatorCell>;
  const notes = {} as Record<IndicatorId, string | null>;
  for (const id of indicatorIds()) {
    const c = column(id)!;
    indicatorCells[id] = { address: address(c), value: cells[c] ?? null };
    notes[id] = textOrNull(at(`${id}Note`));
  }
  const total = column("total");
  return {
    row: sheetRow,
    lsg: labels.lsg,
    district: labels.district,
    oblast: labels.oblast,
    round: textOrNull(at("round")),
    soate: textOrNull(at("soate")),
    rater: textOrNull(at("rater")),
    note: textOrNull(at("note")),
    notes,
    cells: indicatorCells,
    userTotal:
      total === undefined ? null : { address: address(total), value: cellValueOf(at("total")) },
    filledDown: labels.filledDown,
  };
}
