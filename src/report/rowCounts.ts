import type { ScoredTable } from "./results";

/**
 * How many LSG rows are in each state, one row counted once. The method's summary calls every row
 * that could not be scored "incomplete" (`summary.incomplete` = blank + invalid + disputed); the
 * pane splits that number by cause, so these are the only names for the parts.
 */
export interface RowCounts {
  readonly scored: number;
  /** Rows whose only problems are blank scores. */
  readonly blank: number;
  /** Rows with at least one value that is not a score (text, 4, 2.5, an error, a merged cell…). */
  readonly invalid: number;
  /** Rows where two raters gave different valid scores, still to be agreed. */
  readonly disputed: number;
}

export function rowCounts(table: ScoredTable): RowCounts {
  let blank = 0;
  let invalid = 0;
  let disputed = 0;
  for (const { problems } of table.rows) {
    if (problems.length === 0) continue;
    // Two raters' differing scores are both valid: counted apart from wrong values.
    if (problems.some((p) => p.kind === "disputed")) disputed++;
    if (problems.some((p) => p.kind !== "missing" && p.kind !== "disputed")) invalid++;
    else if (problems.every((p) => p.kind === "missing")) blank++;
  }
  return { scored: table.summary.scored, blank, invalid, disputed };
}
