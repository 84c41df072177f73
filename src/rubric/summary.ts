import { METHOD_2015, type CategoryId, type IndicatorId, type Method } from "./method";
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
  /** Gender-addressing rows covering some but not all indicators: the 2019 study's finding. */
  readonly partialAddressing: CategoryCount;
}

/** Counts categories and coverage over the scored rows; shares are fractions of scored rows. */
export function summarize(
  assessments: Iterable<Assessment>,
  method: Method = METHOD_2015
): Summary {
  let assessed = 0;
  let scored = 0;
  let partial = 0;
  const counts = new Map<CategoryId, number>(method.categories.map((band) => [band.id, 0]));
  const coverageCounts: Record<string, number> = {};
  for (let c = 0; c <= method.indicators.length; c++) coverageCounts[String(c)] = 0;

  for (const assessment of assessments) {
    assessed++;
    if (assessment.category === null || assessment.coverage === null) continue;
    scored++;
    counts.set(assessment.category, (counts.get(assessment.category) ?? 0) + 1);
    coverageCounts[String(assessment.coverage)]++;
    if (isPartialAddressing(assessment, method)) partial++;
  }

  const categories = {} as Record<CategoryId, CategoryCount>;
  for (const band of method.categories) {
    const count = counts.get(band.id) ?? 0;
    categories[band.id] = { count, share: scored === 0 ? null : count / scored };
  }
  return {
    assessed,
    scored,
    incomplete: assessed - scored,
    categories,
    coverage: coverageCounts,
    partialAddressing: { count: partial, share: scored === 0 ? null : partial / scored },
  };
}

/**
 * The study's finding: gender-addressing policy that covers some but not all indicators
 * ("one or two of the three"). Coverage 0 cannot reach the band; full coverage is excluded.
 */
export function isPartialAddressing(assessment: Assessment, method: Method = METHOD_2015): boolean {
  return (
    assessment.category === "addressing" &&
    assessment.coverage !== null &&
    assessment.coverage >= 1 &&
    assessment.coverage < method.indicators.length
  );
}

export interface IndicatorStats {
  readonly indicator: IndicatorId;
  /** Scored rows the statistics are over. */
  readonly scored: number;
  /** Mean score, or null when nothing was scored. */
  readonly mean: number | null;
  /** Rows scoring above the minimum (0), and their share of scored rows. */
  readonly aboveZero: CategoryCount;
  /** Scored rows by score, keyed "0".."3". */
  readonly distribution: Readonly<Record<string, number>>;
}

/** Mean, share above 0 and distribution of each indicator, over the scored rows. */
export function indicatorStats(
  assessments: readonly Assessment[],
  method: Method = METHOD_2015
): IndicatorStats[] {
  const scored = assessments.filter((a) => a.total !== null);
  return method.indicators.map(({ id }) => {
    const distribution: Record<string, number> = {};
    for (let p = method.points.min; p <= method.points.max; p++) distribution[String(p)] = 0;
    let sum = 0;
    let above = 0;
    for (const assessment of scored) {
      const score = assessment.scores[id] as number;
      sum += score;
      if (score > method.points.min) above++;
      distribution[String(score)]++;
    }
    const n = scored.length;
    return {
      indicator: id,
      scored: n,
      mean: n === 0 ? null : sum / n,
      aboveZero: { count: above, share: n === 0 ? null : above / n },
      distribution,
    };
  });
}
