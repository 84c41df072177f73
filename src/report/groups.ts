import { summarize, type Language, type Summary } from "../rubric";
import { recognizeOblast } from "../sheets";
import { nameKey } from "./keys";
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

function oblastOf(row: ScoredRow, lang: Language): { key: string; label: string } {
  const text = row.source.oblast;
  const oblast = recognizeOblast(text);
  if (oblast) return { key: oblast.code, label: oblast.name[lang] };
  return { key: nameKey(text), label: text ?? UNKNOWN[lang] };
}

function group(
  table: ScoredTable,
  keyOf: (row: ScoredRow) => { key: string; label: string; parent: string | null }
): GroupSummary[] {
  const groups = new Map<string, { label: string; parent: string | null; rows: ScoredRow[] }>();
  for (const row of table.rows) {
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

/** Categories per oblast, oblasts recognised in any spelling, in order of first appearance. */
export function byOblast(table: ScoredTable): GroupSummary[] {
  return group(table, (row) => ({ ...oblastOf(row, table.language), parent: null }));
}

/** Categories per district within its oblast, in order of first appearance. */
export function byDistrict(table: ScoredTable): GroupSummary[] {
  return group(table, (row) => {
    const oblast = oblastOf(row, table.language);
    const district = row.source.district;
    return {
      key: `${oblast.key}/${nameKey(district)}`,
      label: district ?? UNKNOWN[table.language],
      parent: oblast.label,
    };
  });
}
