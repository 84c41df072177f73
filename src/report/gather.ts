import type { IndicatorId, Labels, Language } from "../rubric";
import {
  isBlank,
  type AssessmentTable,
  type ColumnMapping,
  type IndicatorCell,
  type LsgRow,
  type SkippedRow,
} from "../sheets";
import { lsgRoundKey } from "./keys";
import { label } from "./labels";
import type { ScoredTable } from "./results";
import type { ReportTable } from "./tables";

// Several assessors' files gathered into one table: each file read and mapped on its own (its
// columns may differ), then its rows concatenated, each carrying the file it came from.

/** One file's table as read, before gathering. */
export interface SourceTable {
  /** The file as the user named it (a folder's files as folder/name). */
  readonly file: string;
  /** The worksheet read (a CSV file's name without extension). */
  readonly sheet: string;
  readonly table: AssessmentTable;
}

/** A table gathered from several files; its mapping and header rows are the first file's. */
export interface GatheredTable extends AssessmentTable {
  readonly files: readonly SourceTable[];
}

export function isGathered(table: AssessmentTable): table is GatheredTable {
  return Array.isArray((table as Partial<GatheredTable>).files);
}

/**
 * A cell of a given file, written as Excel writes a cell of another sheet ("a.csv!F7"), the name
 * quoted when it holds anything but letters, digits, "_", "." and "-" ('Osh oblast.xlsx'!F7).
 */
export function fileAddress(file: string, address: string): string {
  const plain = /^[\p{L}\p{N}_.\-/\\]+$/u.test(file);
  return `${plain ? file : `'${file.replace(/'/g, "''")}'`}!${address}`;
}

/** A row with its file: the one place a row's origin gets its file (addresses included). */
function fromFile(row: LsgRow, file: string): LsgRow {
  const cells = {} as Record<IndicatorId, IndicatorCell>;
  for (const [id, cell] of Object.entries(row.cells) as [IndicatorId, IndicatorCell][])
    cells[id] = { ...cell, address: fileAddress(file, cell.address) };
  const userTotal = row.userTotal && {
    ...row.userTotal,
    address: fileAddress(file, row.userTotal.address),
  };
  return { ...row, file, cells, userTotal };
}

/** No score, evidence, note or typed total: a row of the round's sheet the assessor left alone. */
function isUnfilled(row: LsgRow): boolean {
  return (
    Object.values(row.cells).every((cell) => isBlank(cell.value)) &&
    Object.values(row.notes).every((note) => note === null) &&
    row.note === null &&
    (row.userTotal === null || isBlank(row.userTotal.value))
  );
}

/**
 * Assessors often send back the whole round's sheet with only their own LSGs filled. The others'
 * rows are blank copies of LSGs another file scores in the same round: they are left out, listed as
 * skipped with the reason, rather than reported as the same LSG twice with one copy "not scored".
 * A blank row is kept when no other file fills that LSG (it is then simply not scored), and any row
 * holding anything at all is kept (two filled copies are a duplicate for the user to resolve).
 */
function leaveOutUnfilled(rows: readonly LsgRow[]): { kept: LsgRow[]; left: SkippedRow[] } {
  const key = (row: LsgRow) => lsgRoundKey(row.lsg, row.district, row.round);
  const filledIn = new Map<string, Set<string | undefined>>();
  for (const row of rows) {
    if (row.lsg === null || isUnfilled(row)) continue;
    const files = filledIn.get(key(row)) ?? new Set();
    filledIn.set(key(row), files.add(row.file));
  }
  const kept: LsgRow[] = [];
  const left: SkippedRow[] = [];
  for (const row of rows) {
    const files = row.lsg !== null && isUnfilled(row) ? filledIn.get(key(row)) : undefined;
    const elsewhere = files && [...files].some((file) => file !== row.file);
    if (!elsewhere) kept.push(row);
    else left.push({ row: row.row, file: row.file, reason: "scored-elsewhere", text: row.lsg! });
  }
  return { kept, left };
}

/** Concatenates files' tables, in the order given, into one table whose rows name their file. */
export function gatherTables(sources: readonly SourceTable[]): GatheredTable {
  if (sources.length === 0) throw new Error("gatherTables needs at least one table");
  const first = sources[0].table;
  const { kept, left } = leaveOutUnfilled(
    sources.flatMap((s) => s.table.rows.map((row) => fromFile(row, s.file)))
  );
  return {
    mapping: first.mapping,
    headerRows: first.headerRows,
    rows: kept,
    skipped: [
      ...sources.flatMap((s) =>
        s.table.skipped.map((skip): SkippedRow => ({ ...skip, file: s.file }))
      ),
      ...left,
    ],
    blankRows: sources.reduce((sum, s) => sum + s.table.blankRows, 0),
    files: sources,
  };
}

/** The mapping a row was read with: its own file's (files' columns may differ). */
export function mappingOfRow(table: AssessmentTable): (row: LsgRow) => ColumnMapping {
  if (!isGathered(table)) return () => table.mapping;
  const byFile = new Map(table.files.map((f) => [f.file, f.table.mapping]));
  return (row) => (row.file !== undefined && byFile.get(row.file)) || table.mapping;
}

/** What became of one file's rows. */
export interface FileCounts {
  readonly file: string;
  readonly sheet: string;
  /** LSG rows read. */
  readonly rows: number;
  readonly scored: number;
  readonly incomplete: number;
  /** Bad score cells. */
  readonly problems: number;
  /** Rows that are the same LSG in the same round as another row (in this file or another). */
  readonly duplicates: number;
  readonly skipped: number;
  readonly blankRows: number;
  readonly headerRows: readonly number[];
  /** The columns used, as field=letter. */
  readonly columns: string;
}

/** Per-file counts of a gathered table once scored; duplicated rows as keys `file|row`. */
export function fileCounts(
  table: GatheredTable,
  scored: ScoredTable,
  duplicated: ReadonlySet<string> = new Set()
): FileCounts[] {
  return table.files.map(({ file, sheet, table: own }) => {
    const rows = scored.rows.filter((r) => r.source.file === file);
    const { fields, headers } = own.mapping;
    return {
      file,
      sheet,
      rows: rows.length,
      scored: rows.filter((r) => r.assessment.total !== null).length,
      incomplete: rows.filter((r) => r.assessment.total === null).length,
      problems: rows.reduce((sum, r) => sum + r.problems.length, 0),
      duplicates: rows.filter((r) => duplicated.has(`${file}|${r.source.row}`)).length,
      skipped: table.skipped.filter((s) => s.file === file).length,
      blankRows: own.blankRows,
      headerRows: own.headerRows,
      columns: Object.entries(fields)
        .map(([field, match]) => `${field}=${headers[match!.column].letter}`)
        .join(", "),
    };
  });
}

/** The Files table's own headers; those every report shares (Scored, Header row…) are labels.ts's. */
export const FILE_LABELS = {
  files: { en: "Files", ru: "Файлы", ky: "Файлдар" },
  file: { en: "File", ru: "Файл", ky: "Файл" },
  sheet: { en: "Sheet", ru: "Лист", ky: "Барак" },
  rowsRead: { en: "LSG rows read", ru: "Прочитано строк ОМСУ", ky: "Окулган ЖӨБ саптары" },
  problems: { en: "Bad cells", ru: "Ошибочные ячейки", ky: "Ката уячалар" },
  duplicates: { en: "Duplicate rows", ru: "Строки-дубли", ky: "Кайталанган саптар" },
  skipped: { en: "Skipped rows", ru: "Пропущенные строки", ky: "Өткөрүлгөн саптар" },
} as const satisfies Record<string, Labels>;

export function fileLabel(key: keyof typeof FILE_LABELS, lang: Language): string {
  return FILE_LABELS[key][lang];
}

/** The per-file counts as a table, for the text report and the results workbook's Files sheet. */
export function filesTable(counts: readonly FileCounts[], lang: Language): ReportTable {
  const l = (key: keyof typeof FILE_LABELS) => fileLabel(key, lang);
  return {
    id: "files",
    title: l("files"),
    header: [
      l("file"),
      l("sheet"),
      l("rowsRead"),
      label("scored", lang),
      label("incomplete", lang),
      l("problems"),
      l("duplicates"),
      l("skipped"),
      label("headerRow", lang),
      label("columnsUsed", lang),
    ],
    rows: counts.map((c) => [
      c.file,
      c.sheet,
      c.rows,
      c.scored,
      c.incomplete,
      c.problems,
      c.duplicates,
      c.skipped,
      c.headerRows.join("–"),
      c.columns,
    ]),
    formats: {},
  };
}
