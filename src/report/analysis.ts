import {
  indicatorStats,
  METHOD_2015,
  type IndicatorStats,
  type Language,
  type Method,
} from "../rubric";
import type { AssessmentTable, SkippedRow } from "../sheets";
import { evidenceWarnings, type EvidenceWarning } from "./evidence";
import { findingSentence } from "./finding";
import { byDistrict, byOblast, type GroupSummary } from "./groups";
import { scoreRows, type ScoredTable } from "./results";
import { byRound, changes, type LsgChange, type RoundSummary } from "./rounds";
import {
  duplicates,
  problemsByColumn,
  problemsByKind,
  totalMismatches,
  type ColumnProblems,
  type Duplicate,
  type ProblemGroup,
  type TotalMismatch,
} from "./validation";

/** Everything a report shows about one table: scores, summaries and the validation report. */
export interface AssessmentReport {
  readonly table: ScoredTable;
  readonly source: AssessmentTable;
  readonly indicators: readonly IndicatorStats[];
  readonly byOblast: readonly GroupSummary[];
  readonly byDistrict: readonly GroupSummary[];
  /** Empty when the table has no round or year column. */
  readonly rounds: readonly RoundSummary[];
  readonly changes: readonly LsgChange[];
  readonly finding: string;
  readonly validation: {
    readonly problemsByKind: readonly ProblemGroup[];
    readonly problemsByColumn: readonly ColumnProblems[];
    readonly duplicates: readonly Duplicate[];
    readonly totalMismatches: readonly TotalMismatch[];
    readonly skipped: readonly SkippedRow[];
    readonly blankRows: number;
    /** Empty when the check is switched off. */
    readonly evidence: readonly EvidenceWarning[];
  };
}

export interface AnalyseOptions {
  /** Warn about scores above 0 without evidence (default on). */
  readonly evidenceCheck?: boolean;
}

/** Scores a table read from a sheet and builds every summary the CLI and the task pane show. */
export function analyse(
  source: AssessmentTable,
  lang: Language,
  method: Method = METHOD_2015,
  options: AnalyseOptions = {}
): AssessmentReport {
  const table = scoreRows(source.rows, lang, method);
  return {
    table,
    source,
    indicators: indicatorStats(
      table.rows.map((r) => r.assessment),
      method
    ),
    byOblast: byOblast(table),
    byDistrict: byDistrict(table),
    rounds: byRound(table),
    changes: changes(table),
    finding: findingSentence(table.summary, method, lang),
    validation: {
      problemsByKind: problemsByKind(table),
      problemsByColumn: problemsByColumn(table),
      duplicates: duplicates(table),
      totalMismatches: totalMismatches(table),
      skipped: source.skipped,
      blankRows: source.blankRows,
      evidence: options.evidenceCheck === false ? [] : evidenceWarnings(source, table),
    },
  };
}
