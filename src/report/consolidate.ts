import { indicatorIds, isMergedCover, type IndicatorId, type Language } from "../rubric";
import {
  cellText,
  MappingError,
  readAssessmentTable,
  splitRaterColumns,
  type CellGrid,
  type LsgRow,
  type ReadOptions,
} from "../sheets";
import { gatherTables, type GatheredTable, type SourceTable } from "./gather";
import type { Origins } from "./gatheredSheet";
import { describeMappingError } from "./mappingMessage";
import { pairByRaterColumn } from "./raters";

// The pane's "Add assessors' files…": the sheets Excel inserted from each chosen file, read and
// mapped on their own as the command line reads several files (src/cli/gather.ts), then gathered.
// Pure: the host inserts the sheets and reads their cells; this decides what becomes rows.

/** A sheet inserted from an assessor's file, as the host read it. */
export interface InsertedSheet {
  /** Its name in the open workbook (Excel may have renamed it to avoid a clash). */
  readonly name: string;
  /** Hidden in the assessor's file: never read as data, as the command line skips it. */
  readonly visible: boolean;
  /** One of the add-in's own sheets (a Summary or Results sheet): never data. */
  readonly own: boolean;
  /** Its used cells; null for an empty sheet. */
  readonly grid: CellGrid | null;
}

/** What became of one chosen file. */
export type InsertedFile =
  | { readonly file: string; readonly sheets: readonly InsertedSheet[] }
  /** Excel would not insert it: the error code Excel gave (e.g. UnsupportedFeature). */
  | { readonly file: string; readonly refused: string };

/** A file none of whose rows could be gathered, and why, in the user's language. */
export interface FileRefusal {
  readonly file: string;
  readonly reason: string;
  /** Excel's error code when Excel refused to insert the file. */
  readonly code?: string;
}

const REASONS = {
  noTable: {
    en: "no sheet with LSG rows",
    ru: "нет листа со строками ОМСУ",
    ky: "ЖӨБ саптары бар барак жок",
  },
  twoRaters: {
    en: (raters: string) =>
      `it holds two raters' scores (${raters}): reconcile them in that file first, then add the file with the agreed scores`,
    ru: (raters: string) =>
      `в нём баллы двух оценщиков (${raters}): сначала согласуйте их в этом файле, затем добавьте файл с согласованными баллами`,
    ky: (raters: string) =>
      `анда эки баалоочунун упайлары бар (${raters}): адегенде ошол файлда макулдашып, анан макулдашылган упайлары бар файлды кошуңуз`,
  },
  alreadyGathered: {
    en: (rows: number, sheet: string) =>
      `already gathered: ${rows === 1 ? "its LSG row is" : `each of its ${rows} LSG rows is`} on “${sheet}” as it is in this file`,
    ru: (rows: number, sheet: string) =>
      `уже собран: все его строки ОМСУ (${rows}) есть на листе «${sheet}» такими же, как в этом файле`,
    ky: (rows: number, sheet: string) =>
      `мурун чогултулган: анын бардык ЖӨБ саптары (${rows}) «${sheet}» барагында ушул файлдагыдай бар`,
  },
  notRead: {
    en: (sheets: string) => `Not read: ${sheets}.`,
    ru: (sheets: string) => `Не прочитаны: ${sheets}.`,
    ky: (sheets: string) => `Окулган жок: ${sheets}.`,
  },
  hidden: {
    en: (sheet: string) => `hidden sheet “${sheet}”`,
    ru: (sheet: string) => `скрытый лист «${sheet}»`,
    ky: (sheet: string) => `жашырылган «${sheet}» барагы`,
  },
  own: {
    en: (sheet: string) => `sheet “${sheet}”, a name the add-in gives its own sheets`,
    ru: (sheet: string) => `лист «${sheet}» — так надстройка называет свои листы`,
    ky: (sheet: string) => `«${sheet}» барагы — кошумча өз барактарын ушинтип атайт`,
  },
} as const;

/**
 * Why a file gave no rows, naming the sheets that were not read (hidden, or named as the add-in's
 * own): the rows the user expected may be on one of them, and "no sheet with LSG rows" alone
 * would send them looking in the wrong place.
 */
function noRowsReason(sheets: readonly InsertedSheet[], first: string | null, lang: Language) {
  const reason = first ?? REASONS.noTable[lang];
  const skipped = sheets
    .filter((s) => !s.visible || s.own)
    .map((s) => (s.visible ? REASONS.own[lang](s.name) : REASONS.hidden[lang](s.name)));
  if (skipped.length === 0) return reason;
  return `${reason}${reason.endsWith(".") ? "" : "."} ${REASONS.notRead[lang](skipped.join(", "))}`;
}

/**
 * Why a sheet gave no table. `scores`: it has score columns (or two raters' scores), so it is a
 * table we could not read, not a sheet of instructions or contacts; it is named even when another
 * sheet of the file gave rows, since its rows would otherwise be left out without a word.
 */
interface NoTable {
  readonly reason: string;
  readonly scores: boolean;
}

/** Some score column was found or is in doubt: the sheet holds a table, read or not. */
function hasScores(error: MappingError): boolean {
  return error.ambiguous.length > 0 || indicatorIds().some((id) => !error.missing.includes(id));
}

/** One sheet's table, or why it is not one (null: nothing on it at all). */
function sheetTable(
  grid: CellGrid,
  lang: Language,
  options: ReadOptions = {},
  needsNames = true
): { table: ReturnType<typeof readAssessmentTable> } | NoTable {
  const split = splitRaterColumns(grid);
  if (split) return { reason: REASONS.twoRaters[lang](split.raters.join(", ")), scores: true };
  try {
    const table = readAssessmentTable(grid, options);
    // An assessor's file must name its LSGs: gathered, nameless rows could not be told apart
    // from another file's (the same LSG twice goes unseen) nor followed across rounds, and the
    // column that held the names (a header we did not recognise) would be dropped unseen.
    if (needsNames && !table.mapping.fields.lsg)
      throw new MappingError(["lsg"], [], table.mapping.headers);
    const raters = pairByRaterColumn(table.rows)?.raters;
    if (raters) return { reason: REASONS.twoRaters[lang](raters.join(", ")), scores: true };
    return { table };
  } catch (error) {
    if (error instanceof MappingError)
      return { reason: describeMappingError(error, lang), scores: hasScores(error) };
    throw error;
  }
}

/**
 * A file's tables: every visible sheet of it that is not the add-in's own and holds LSG rows,
 * each mapped on its own. A file with several such sheets names each ("Osh.xlsx [Sheet2]") so its
 * rows and counts stay apart. A file with none is refused with the first sheet's reason.
 */
export function fileTables(
  inserted: InsertedFile,
  lang: Language
): { tables: SourceTable[]; refused: FileRefusal[] } | { refusal: FileRefusal } {
  const { file } = inserted;
  if ("refused" in inserted)
    return { refusal: { file, reason: inserted.refused, code: inserted.refused } };
  const candidates = inserted.sheets.filter((s) => s.visible && !s.own && s.grid !== null);
  const found: { sheet: string; table: SourceTable["table"] }[] = [];
  const unread: FileRefusal[] = [];
  let firstReason: string | null = null;
  for (const sheet of candidates) {
    const read = sheetTable(sheet.grid!, lang);
    if (!("reason" in read)) {
      if (read.table.rows.length > 0) found.push({ sheet: sheet.name, table: read.table });
      continue;
    }
    firstReason ??= `${sheet.name}: ${read.reason}`;
    if (read.scores) unread.push({ file, reason: `${sheet.name}: ${read.reason}` });
  }
  if (found.length === 0)
    return { refusal: { file, reason: noRowsReason(inserted.sheets, firstReason, lang) } };
  const several = found.length > 1;
  return {
    tables: found.map(({ sheet, table }) => ({
      file: several ? `${file} [${sheet}]` : file,
      sheet,
      table,
    })),
    refused: unread,
  };
}

/** A row as its file holds it: the file and row it names, its LSG, round and score cells. */
function rowKey(file: string, row: number | string, source: LsgRow): string {
  const ids = (Object.keys(source.cells) as IndicatorId[]).sort();
  const scores = ids.map((id) => {
    const value = source.cells[id].value;
    return isMergedCover(value) ? value : cellText(value);
  });
  return JSON.stringify([file, String(row), source.lsg, source.round, scores]);
}

/** The rows of an earlier gathered sheet, as rowKey names them by the file and row they came from. */
function gatheredBefore(current: SourceTable | null, earlier: Origins | undefined): Set<string> {
  const keys = new Set<string>();
  if (!current || !earlier) return keys;
  for (const row of current.table.rows) {
    const { file, row: place } = earlier.origin(row);
    keys.add(rowKey(file, place, row));
  }
  return keys;
}

/**
 * The current data and the files' tables, gathered; the files that gave nothing, with why.
 * `earlier` says where the current data's rows came from (an earlier gathered sheet): a file all
 * of whose rows are already there unchanged is refused, since gathering it again (a late file
 * added with every file chosen again) could only list each of its LSGs twice.
 */
export function gatherInserted(
  current: SourceTable | null,
  files: readonly InsertedFile[],
  lang: Language,
  earlier?: Origins
): { table: GatheredTable | null; refused: FileRefusal[] } {
  const sources: SourceTable[] = current ? [current] : [];
  const refused: FileRefusal[] = [];
  const before = gatheredBefore(current, earlier);
  for (const file of files) {
    const read = fileTables(file, lang);
    if ("refusal" in read) refused.push(read.refusal);
    else if (before.size > 0 && allGathered(read.tables, before)) {
      const rows = read.tables.reduce((sum, t) => sum + t.table.rows.length, 0);
      const reason = REASONS.alreadyGathered[lang](rows, current!.file);
      refused.push({ file: file.file, reason });
    } else {
      sources.push(...read.tables);
      refused.push(...read.refused);
    }
  }
  const fromFiles = sources.length - (current ? 1 : 0);
  return { table: fromFiles > 0 ? gatherTables(sources) : null, refused };
}

function allGathered(tables: readonly SourceTable[], before: ReadonlySet<string>): boolean {
  return tables.every((t) => t.table.rows.every((row) => before.has(rowKey(t.file, row.row, row))));
}

/**
 * The pane's current data as one of the gathered tables, read with the user's column choices; or
 * why it cannot be (two raters' scores are reconciled before gathering, as in any file).
 */
export function currentTable(
  file: string,
  grid: CellGrid,
  options: ReadOptions,
  lang: Language
): { table: SourceTable } | { reason: string } {
  // The pane's own data is read as the pane reads it (its columns chosen by the user).
  const read = sheetTable(grid, lang, options, false);
  return "reason" in read ? read : { table: { file, sheet: file, table: read.table } };
}

/**
 * What the gathered rounds need checked: rounds are never pooled, so rows with no round (beside
 * rows with one) are reported apart from every round, and "2025" and "2025 г." are two rounds.
 * Either way the latest round's numbers would leave rows out without a word.
 */
export interface RoundNotes {
  /** Per file (as gathered), its rows with no round, when other rows have one. */
  readonly noRound: readonly { readonly file: string; readonly rows: number }[];
  /** Round labels with the same numbers written differently, each group in first-seen order. */
  readonly spellings: readonly (readonly string[])[];
}

export function roundNotes(table: GatheredTable): RoundNotes {
  const withRound = table.rows.filter((r) => r.round !== null);
  if (withRound.length === 0) return { noRound: [], spellings: [] };
  const noRound = new Map<string, number>();
  for (const row of table.rows)
    if (row.round === null) noRound.set(row.file ?? "", (noRound.get(row.file ?? "") ?? 0) + 1);
  const byNumbers = new Map<string, Set<string>>();
  for (const { round } of withRound) {
    const numbers = round!.match(/\d+/g)?.join(" ");
    if (numbers === undefined) continue;
    const labels = byNumbers.get(numbers) ?? new Set<string>();
    byNumbers.set(numbers, labels.add(round!));
  }
  return {
    noRound: [...noRound].map(([file, rows]) => ({ file, rows })),
    spellings: [...byNumbers.values()].filter((s) => s.size > 1).map((s) => [...s]),
  };
}
