import { METHOD_2015, type IndicatorStats, type Language, type Method } from "../rubric";
import type { AssessmentTable, SkippedRow } from "../sheets";
import { evidenceWarnings, type EvidenceWarning } from "./evidence";
import { mappingOfRow } from "./gather";
import type { GroupSummary } from "./groups";
import { roundReports, type RoundReport } from "./headline";
import { scoreRows, type ScoredTable } from "./results";
import { movers, type Movers } from "./movers";
import { changes, type LsgChange } from "./rounds";
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

/**
 * Everything a report shows about one table: scores, summaries and the validation report.
 * Headline numbers are never pooled across rounds: `headline` is the latest round (the whole
 * table when it has no rounds), `byRound` every round. `table.summary` counts every row read.
 */
export interface AssessmentReport {
  readonly table: ScoredTable;
  readonly source: AssessmentTable;
  readonly headline: RoundReport;
  /** Every round in order, rows with no round last; empty when no row has a round. */
  readonly byRound: readonly RoundReport[];
  /** The headline round's (`headline.indicators`). */
  readonly indicators: readonly IndicatorStats[];
  /** The headline round's (`headline.byOblast`). */
  readonly byOblast: readonly GroupSummary[];
  /** The headline round's (`headline.byDistrict`). */
  readonly byDistrict: readonly GroupSummary[];
  readonly changes: readonly LsgChange[];
  /** Who moved between the two latest named rounds; null with fewer than two. */
  readonly movers: Movers | null;
  /** The headline round's finding (`headline.finding`). */
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
  const { headline, byRound } = roundReports(table);
  return {
    table,
    source,
    headline,
    byRound,
    indicators: headline.indicators,
    byOblast: headline.byOblast,
    byDistrict: headline.byDistrict,
    changes: changes(table),
    movers: movers(table),
    finding: headline.finding,
    validation: {
      problemsByKind: problemsByKind(table),
      problemsByColumn: problemsByColumn(table),
      duplicates: duplicates(table),
      totalMismatches: totalMismatches(table),
      skipped: source.skipped,
      blankRows: source.blankRows,
      evidence:
        options.evidenceCheck === false
          ? []
          : evidenceWarnings(source, table, mappingOfRow(source)),
    },
  };
}
