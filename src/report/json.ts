import type { CategoryId, IndicatorId } from "../rubric";
import type { ScoredTable } from "./results";

// The CLI's --json output: a stable contract for scripts, documented in the README.
// Add fields freely; never rename or remove one.

export interface JsonProblem {
  indicator: IndicatorId;
  cell: string;
  kind: string;
  value: string | number | boolean | null;
  message: string;
}

export interface JsonRow {
  row: number;
  lsg: string | null;
  district: string | null;
  oblast: string | null;
  round: string | null;
  scores: Record<IndicatorId, number | null>;
  total: number | null;
  category: CategoryId | null;
  coverage: number | null;
  problems: JsonProblem[];
}

export interface JsonReport {
  method: string;
  language: string;
  rows: JsonRow[];
  summary: {
    assessed: number;
    scored: number;
    incomplete: number;
    categories: Record<CategoryId, { count: number; share: number | null }>;
    coverage: Record<string, number>;
  };
}

/** Shares as fractions rounded to 4 decimals (0.2222), so the JSON stays readable and stable. */
export function roundShare(share: number | null): number | null {
  return share === null ? null : Math.round(share * 10000) / 10000;
}

export function toJsonReport(table: ScoredTable): JsonReport {
  const { summary } = table;
  const categories = {} as JsonReport["summary"]["categories"];
  for (const band of table.method.categories) {
    const { count, share } = summary.categories[band.id];
    categories[band.id] = { count, share: roundShare(share) };
  }
  return {
    method: table.method.id,
    language: table.language,
    rows: table.rows.map(({ source, assessment, problems }) => ({
      row: source.row,
      lsg: source.lsg,
      district: source.district,
      oblast: source.oblast,
      round: source.round,
      scores: { ...assessment.scores },
      total: assessment.total,
      category: assessment.category,
      coverage: assessment.coverage,
      problems: problems.map((p) => ({
        indicator: p.indicator,
        cell: p.cell,
        kind: p.kind,
        value: p.value,
        message: p.message,
      })),
    })),
    summary: {
      assessed: summary.assessed,
      scored: summary.scored,
      incomplete: summary.incomplete,
      categories,
      coverage: { ...summary.coverage },
    },
  };
}
