import {
  assess,
  describeIndicatorProblem,
  indicatorIds,
  summarize,
  METHOD_2015,
  type Assessment,
  type IndicatorId,
  type IndicatorProblem,
  type Language,
  type Method,
  type Summary,
} from "../rubric";
import type { LsgRow } from "../sheets";

/** A bad indicator cell, located on the worksheet and explained in the user's language. */
export interface LocatedProblem extends IndicatorProblem {
  readonly cell: string;
  readonly message: string;
}

export interface ScoredRow {
  readonly source: LsgRow;
  readonly assessment: Assessment;
  readonly problems: readonly LocatedProblem[];
}

export interface ScoredTable {
  readonly rows: readonly ScoredRow[];
  readonly summary: Summary;
  readonly language: Language;
  readonly method: Method;
}

/** Applies the rubric to every row read from a sheet. */
export function scoreRows(
  rows: readonly LsgRow[],
  lang: Language,
  method: Method = METHOD_2015
): ScoredTable {
  const ids: IndicatorId[] = indicatorIds(method);
  const scored = rows.map((source): ScoredRow => {
    const assessment = assess(
      ids.map((id) => source.cells[id].value),
      method
    );
    const problems = assessment.problems.map((problem) => ({
      ...problem,
      cell: source.cells[problem.indicator].address,
      message: describeIndicatorProblem(problem, lang, method),
    }));
    return { source, assessment, problems };
  });
  return {
    rows: scored,
    summary: summarize(
      scored.map((r) => r.assessment),
      method
    ),
    language: lang,
    method,
  };
}
