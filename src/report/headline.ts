import {
  indicatorStats,
  summarize,
  type IndicatorStats,
  type Language,
  type Summary,
} from "../rubric";
import type { AssessmentReport } from "./analysis";
import { findingSentence, roundName } from "./finding";
import { byDistrict, byOblast, type GroupSummary } from "./groups";
import { countsSentence, roundsSentence, label } from "./labels";
import { roundGroups } from "./rounds";
import type { ScoredRow, ScoredTable } from "./results";

/** The headline numbers of one round, or of the whole table when it has no rounds. */
export interface RoundReport {
  /**
   * The round. Null for the whole table when no row has a round (then `byRound` is empty), or
   * for the group of rows with no round beside rows that have one.
   */
  readonly round: string | null;
  readonly summary: Summary;
  readonly indicators: readonly IndicatorStats[];
  readonly byOblast: readonly GroupSummary[];
  readonly byDistrict: readonly GroupSummary[];
  /** The finding sentence; it names its round when the table holds more than one group. */
  readonly finding: string;
}

export interface RoundReports {
  /** What the headline numbers are about: the latest round, or the whole table without rounds. */
  readonly headline: RoundReport;
  /** Every round in round order, the rows with no round last; empty when no row has a round. */
  readonly byRound: readonly RoundReport[];
}

function roundReport(
  table: ScoredTable,
  rows: readonly ScoredRow[],
  round: string | null,
  named: boolean
): RoundReport {
  const assessments = rows.map((r) => r.assessment);
  const summary = summarize(assessments, table.method);
  return {
    round,
    summary,
    indicators: indicatorStats(assessments, table.method),
    byOblast: byOblast(table, rows),
    byDistrict: byDistrict(table, rows),
    finding: named
      ? findingSentence(summary, table.method, table.language, round)
      : findingSentence(summary, table.method, table.language),
  };
}

/**
 * The headline numbers per round, never pooled across rounds: the latest round is the headline,
 * the others are reported beside it. A table without rounds is one group, the whole table.
 */
export function roundReports(table: ScoredTable): RoundReports {
  const groups = roundGroups(table);
  if (groups.length === 0)
    return { headline: roundReport(table, table.rows, null, false), byRound: [] };
  // With a single round there is nothing to tell apart; with several, each sentence names its own.
  const named = groups.length > 1;
  const byRound = groups.map((g) => roundReport(table, g.rows, g.round, named));
  const latest = byRound.filter((r) => r.round !== null).pop()!;
  return { headline: latest, byRound };
}

/**
 * The lines that open a summary (text report, Summary sheet): what the numbers are over, the
 * headline finding, then the other rounds' findings in round order.
 */
export function summaryLines(report: AssessmentReport, lang: Language): string[] {
  const { headline, byRound, table } = report;
  const all = table.summary;
  if (byRound.length <= 1)
    return [countsSentence(all.assessed, all.scored, all.incomplete, lang), headline.finding];
  const rounds = byRound.map((r) => ({
    name: r.round ?? label("noRound", lang),
    rows: r.summary.assessed,
  }));
  return [
    roundsSentence(all.assessed, rounds, roundName(headline.round, lang), lang),
    headline.finding,
    ...byRound.filter((r) => r !== headline).map((r) => r.finding),
  ];
}
