import {
  parseWholeNumber,
  QUOTED_CHARACTERS,
  shortened,
  totalRange,
  type IndicatorId,
  type Language,
  type ProblemKind,
} from "../rubric";
import { cellText, isBlank } from "../sheets";
import { pushTo } from "./collect";
import { cached, lsgRoundKey, nameKey as normalizeName } from "./keys";
import type { ScoredTable } from "./results";

/** How many problems of one kind, and the first few cells, so 300 rows show a pattern, not a wall. */
export interface ProblemGroup {
  readonly kind: ProblemKind;
  readonly count: number;
  readonly cells: readonly string[];
  /** Every problem of the kind in sheet order, for lists that show each with its message. */
  readonly problems: readonly { readonly cell: string; readonly line: string }[];
}

export interface ColumnProblems {
  readonly indicator: IndicatorId;
  /** Column letter on the worksheet. */
  readonly column: string;
  readonly count: number;
}

export interface Duplicate {
  readonly lsg: string;
  readonly district: string | null;
  readonly round: string | null;
  /** Worksheet rows holding the same LSG in the same round. */
  readonly rows: readonly number[];
  /** With files gathered: the file of each of `rows`, in the same order. */
  readonly files?: readonly string[];
  readonly message: string;
}

/** Where the rows of a duplicate are: "4, 9", or with files "a.csv row 4; b.csv row 7". */
export function duplicatePlaces(
  d: { readonly rows: readonly number[]; readonly files?: readonly string[] },
  lang: Language
): string {
  if (!d.files) return d.rows.join(", ");
  const row = { en: "row", ru: "строка", ky: "сап" }[lang];
  return d.rows.map((r, i) => `${d.files![i]} ${row} ${r}`).join("; ");
}

/** A total the user typed that differs from the sum of the scores beside it. */
export interface TotalMismatch {
  readonly row: number;
  readonly cell: string;
  readonly lsg: string | null;
  readonly userTotal: string | number;
  readonly computed: number;
  readonly message: string;
}

const SHOWN_CELLS = 10;

/** The problems grouped by kind, the most frequent first: the one grouping the CLI and the pane show. */
export function problemsByKind(table: ScoredTable): ProblemGroup[] {
  const groups = new Map<ProblemKind, { cell: string; line: string }[]>();
  for (const row of table.rows) {
    for (const p of row.problems)
      pushTo(groups, p.kind, { cell: p.cell, line: `${row.source.lsg ?? ""}: ${p.message}` });
  }
  return [...groups.entries()]
    .map(([kind, problems]) => ({
      kind,
      count: problems.length,
      cells: problems.slice(0, SHOWN_CELLS).map((p) => p.cell),
      problems,
    }))
    .sort((a, b) => b.count - a.count);
}

export function problemsByColumn(table: ScoredTable): ColumnProblems[] {
  const counts = new Map<string, ColumnProblems>();
  for (const row of table.rows) {
    for (const problem of row.problems) {
      const column = problem.cell.replace(/\d+$/, "");
      const key = `${problem.indicator}/${column}`;
      const entry = counts.get(key);
      counts.set(key, { indicator: problem.indicator, column, count: (entry?.count ?? 0) + 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

function duplicateMessage(
  name: string,
  round: string | null,
  rows: readonly number[],
  lang: Language,
  files?: readonly string[]
): string {
  const list = duplicatePlaces({ rows, files }, lang);
  if (files) {
    // Rows of several files: each names its file; the user keeps one (README: gathering files).
    const lsg = shortened(name, QUOTED_CHARACTERS);
    switch (lang) {
      case "ru":
        return `«${lsg}» встречается ${rows.length} раза${round ? ` в раунде ${round}` : ""}: ${list}. Оставьте одну строку.`;
      case "ky":
        return `«${lsg}» ${rows.length} жолу кездешет${round ? ` (${round}-раунд)` : ""}: ${list}. Бир сапты калтырыңыз.`;
      default:
        return `"${lsg}" appears ${rows.length} times${round ? ` in round ${round}` : ""}: ${list}. Keep one row.`;
    }
  }
  // A name is quoted as values in problem messages are: long ones shortened (rubric/messages.ts).
  const lsg = shortened(name, QUOTED_CHARACTERS);
  switch (lang) {
    case "ru":
      return `«${lsg}» встречается ${rows.length} раза${round ? ` в раунде ${round}` : ""}: строки ${list}.`;
    case "ky":
      return `«${lsg}» ${rows.length} жолу кездешет${round ? ` (${round}-раунд)` : ""}: саптар ${list}.`;
    default:
      return `"${lsg}" appears ${rows.length} times${round ? ` in round ${round}` : ""}: rows ${list}.`;
  }
}

/** The same LSG (by name and district) more than once in one round. */
export function duplicates(table: ScoredTable): Duplicate[] {
  const nameKey = cached(normalizeName);
  const seen = new Map<
    string,
    {
      lsg: string;
      district: string | null;
      round: string | null;
      rows: number[];
      files: string[];
    }
  >();
  let gathered = false;
  for (const { source } of table.rows) {
    if (source.lsg === null) continue;
    const key = lsgRoundKey(source.lsg, source.district, source.round, nameKey);
    const entry = seen.get(key) ?? {
      lsg: source.lsg,
      district: source.district,
      round: source.round,
      rows: [],
      files: [],
    };
    entry.rows.push(source.row);
    entry.files.push(source.file ?? "");
    gathered ||= source.file !== undefined;
    seen.set(key, entry);
  }
  return [...seen.values()]
    .filter((entry) => entry.rows.length > 1)
    .map(({ files, ...entry }) => ({
      ...entry,
      ...(gathered && { files }),
      message: duplicateMessage(
        entry.lsg,
        entry.round,
        entry.rows,
        table.language,
        gathered ? files : undefined
      ),
    }));
}

function mismatchMessage(
  cell: string,
  typed: string | number,
  computed: number,
  lang: Language
): string {
  const user = shortened(String(typed), QUOTED_CHARACTERS);
  switch (lang) {
    case "ru":
      return `${cell}: в таблице итог ${user}, а сумма баллов ${computed}.`;
    case "ky":
      return `${cell}: таблицада жалпы упай ${user}, ал эми упайлардын суммасы ${computed}.`;
    default:
      return `${cell}: the sheet says the total is ${user}, but the scores add up to ${computed}.`;
  }
}

/** Where the user's own total column disagrees with the scores: a sign of a typo in one or the other. */
export function totalMismatches(table: ScoredTable): TotalMismatch[] {
  const { min, max } = totalRange(table.method);
  const result: TotalMismatch[] = [];
  for (const { source, assessment } of table.rows) {
    const computed = assessment.total;
    const user = source.userTotal;
    if (computed === null || user === null || isBlank(user.value)) continue;
    const parsed = parseWholeNumber(user.value, min, max);
    if (typeof parsed === "number" && parsed === computed) continue;
    const shown = typeof user.value === "number" ? user.value : cellText(user.value);
    result.push({
      row: source.row,
      cell: user.address,
      lsg: source.lsg,
      userTotal: shown,
      computed,
      message: mismatchMessage(user.address, shown, computed, table.language),
    });
  }
  return result;
}
