import { METHOD_2015, type CategoryId, type Method } from "./method";
import type { Assessment } from "./assess";

export interface CategoryCount {
  readonly count: number;
  /** Fraction of scored rows, or null when no row could be scored. */
  readonly share: number | null;
}

export interface Summary {
  /** Rows read. */
  readonly assessed: number;
  /** Rows with a valid score for every indicator. */
  readonly scored: number;
  /** Rows with at least one missing or invalid indicator: counted, never dropped. */
  readonly incomplete: number;
  readonly categories: Readonly<Record<CategoryId, CategoryCount>>;
  /** Scored rows by the number of indicators above 0, keyed "0".."3". */
  readonly coverage: Readonly<Record<string, number>>;
}

/** Counts categories and coverage over the scored rows; shares are fractions of scored rows. */
export function summarize(
  assessments: Iterable<Assessment>,
  method: Method = METHOD_2015
): Summary {
  let assessed = 0;
  let scored = 0;
  const counts = new Map<CategoryId, number>(method.categories.map((band) => [band.id, 0]));
  const coverageCounts: Record<string, number> = {};
  for (let c = 0; c <= method.indicators.length; c++) coverageCounts[String(c)] = 0;

  for (const assessment of assessments) {
    assessed++;
    if (assessment.category === null || assessment.coverage === null) continue;
    scored++;
    counts.set(assessment.category, (counts.get(assessment.category) ?? 0) + 1);
    coverageCounts[String(assessment.coverage)]++;
  }

  const categories = {} as Record<CategoryId, CategoryCount>;
  for (const band of method.categories) {
    const count = counts.get(band.id) ?? 0;
    categories[band.id] = { count, share: scored === 0 ? null : count / scored };
  }
  return { assessed, scored, incomplete: assessed - scored, categories, coverage: coverageCounts };
}
