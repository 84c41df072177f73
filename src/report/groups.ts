import { summarize, type Language, type Summary } from "../rubric";
import { recognizeDistrict, recognizeOblast } from "../sheets";
import { cached, nameKey } from "./keys";
import type { ScoredRow, ScoredTable } from "./results";

/** Category counts for one oblast or district. */
export interface GroupSummary {
  /** Stable key: the ISO code of a recognised oblast, else the normalised name. */
  readonly key: string;
  /** The name to show, in the report's language where we know it. */
  readonly label: string;
  /** For a district: the oblast it lies in, as shown. */
  readonly parent: string | null;
  readonly summary: Summary;
}

const UNKNOWN = { en: "(not given)", ru: "(не указано)", ky: "(көрсөтүлгөн эмес)" } as const;

function oblastNamer(lang: Language): (text: string | null) => { key: string; label: string } {
  return cached((text) => {
    const oblast = recognizeOblast(text);
    if (oblast) return { key: oblast.code, label: oblast.name[lang] };
    return { key: nameKey(text), label: text ?? UNKNOWN[lang] };
  });
}

function group(
  table: ScoredTable,
  rows: readonly ScoredRow[],
  keyOf: (row: ScoredRow) => { key: string; label: string; parent: string | null }
): GroupSummary[] {
  const groups = new Map<string, { label: string; parent: string | null; rows: ScoredRow[] }>();
  for (const row of rows) {
    const { key, label, parent } = keyOf(row);
    const entry = groups.get(key) ?? { label, parent, rows: [] };
    entry.rows.push(row);
    groups.set(key, entry);
  }
  return [...groups.entries()].map(([key, { label, parent, rows }]) => ({
    key,
    label,
    parent,
    summary: summarize(
      rows.map((r) => r.assessment),
      table.method
    ),
  }));
}

/**
 * Categories per oblast, oblasts recognised in any spelling, in order of first appearance; over
 * `rows` (one round's) when given, else the whole table.
 */
export function byOblast(
  table: ScoredTable,
  rows: readonly ScoredRow[] = table.rows
): GroupSummary[] {
  const oblastOf = oblastNamer(table.language);
  return group(table, rows, (row) => ({ ...oblastOf(row.source.oblast), parent: null }));
}

/** Categories per district within its oblast, in order of first appearance; over `rows` when given. */
export function byDistrict(
  table: ScoredTable,
  rows: readonly ScoredRow[] = table.rows
): GroupSummary[] {
  const oblastOf = oblastNamer(table.language);
  // A known district is named in the report's language, like its oblast, and found in any
  // spelling ("Ак-Суйский район" and "Ак-Суу району" are one district); others as typed.
  const districtOf = cached((text: string | null) => {
    const known = recognizeDistrict(text);
    if (known) return { key: known.name.en, label: known.name[table.language] };
    return { key: nameKey(text), label: text ?? UNKNOWN[table.language] };
  });
  return group(table, rows, (row) => {
    const oblast = oblastOf(row.source.oblast);
    const district = districtOf(row.source.district);
    return { key: `${oblast.key}/${district.key}`, label: district.label, parent: oblast.label };
  });
}
