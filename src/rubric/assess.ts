import { METHOD_2015, type CategoryId, type IndicatorId, type Method } from "./method";
import { isProblem, parseScore, type ScoreProblem } from "./score";
import { category, coverage, total } from "./total";

export interface IndicatorProblem extends ScoreProblem {
  readonly indicator: IndicatorId;
}

export interface Assessment {
  /** Each indicator's score, or null where the cell was missing or invalid. */
  readonly scores: Readonly<Record<IndicatorId, number | null>>;
  /** Null unless every indicator has a valid score. */
  readonly total: number | null;
  readonly category: CategoryId | null;
  readonly coverage: number | null;
  /** One per bad indicator, in the method's indicator order. */
  readonly problems: readonly IndicatorProblem[];
}

/**
 * Assesses one LSG from its raw indicator cells, given in the method's indicator order.
 * A row with any missing or invalid indicator gets no total, category or coverage.
 */
export function assess(cells: readonly unknown[], method: Method = METHOD_2015): Assessment {
  const indicators = method.indicators;
  if (cells.length !== indicators.length) {
    throw new RangeError(`Expected ${indicators.length} indicator values, got ${cells.length}`);
  }
  const scores = {} as Record<IndicatorId, number | null>;
  const valid: number[] = [];
  const problems: IndicatorProblem[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const parsed = parseScore(cells[i], method);
    const id = indicators[i].id;
    if (isProblem(parsed)) {
      scores[id] = null;
      problems.push({ indicator: id, kind: parsed.kind, value: parsed.value });
    } else {
      scores[id] = parsed;
      valid.push(parsed);
    }
  }
  if (problems.length > 0) return { scores, total: null, category: null, coverage: null, problems };
  const sum = total(valid);
  return {
    scores,
    total: sum,
    category: category(sum, method) ?? null,
    coverage: coverage(valid, method),
    problems,
  };
}

/** A problem that is only a blank cell, as opposed to a value that is wrong. */
export function isMissing(problem: ScoreProblem): boolean {
  return problem.kind === "missing";
}
