import type { CategoryId } from "../rubric";
import { pushTo } from "./collect";
import { cached, compareRounds, lsgKey, nameKey as normalizeName } from "./keys";
import type { ScoredRow, ScoredTable } from "./results";

/** The rows of one round; `round` null holds the rows with no round (see `roundGroups`). */
export interface RoundGroup {
  readonly round: string | null;
  readonly rows: readonly ScoredRow[];
}

export type Direction = "improved" | "unchanged" | "declined";

/** How one LSG's category and total moved from its first scored round to its latest. */
export interface LsgChange {
  readonly lsg: string;
  readonly district: string | null;
  readonly first: {
    readonly round: string;
    readonly row: number;
    readonly total: number;
    readonly category: CategoryId;
  };
  readonly latest: {
    readonly round: string;
    readonly row: number;
    readonly total: number;
    readonly category: CategoryId;
  };
  readonly category: Direction;
  readonly total: Direction;
  readonly totalChange: number;
}

/**
 * The table's rows split by round, in round order (years numerically, labels naturally), so that
 * no summary pools rounds: one LSG assessed in 2019 and 2023 is two assessments, not two LSGs.
 * Empty when no row has a round. Rows with no round beside rows that have one are neither dropped
 * nor merged into a round: they form their own group (round null), placed last.
 */
export function roundGroups(table: ScoredTable): RoundGroup[] {
  const rounds = new Map<string, ScoredRow[]>();
  const none: ScoredRow[] = [];
  for (const row of table.rows) {
    if (row.source.round === null) none.push(row);
    else pushTo(rounds, row.source.round, row);
  }
  if (rounds.size === 0) return [];
  const groups: RoundGroup[] = [...rounds.keys()]
    .sort(compareRounds)
    .map((round) => ({ round, rows: rounds.get(round)! }));
  return none.length > 0 ? [...groups, { round: null, rows: none }] : groups;
}

function direction(change: number): Direction {
  return change > 0 ? "improved" : change < 0 ? "declined" : "unchanged";
}

/** Per LSG scored in two or more rounds: the change from its first round to its latest. */
export function changes(table: ScoredTable): LsgChange[] {
  // Category bands ranked from lowest to highest total.
  const rank = new Map(
    [...table.method.categories]
      .sort((a, b) => a.min - b.min)
      .map((band, i) => [band.id, i] as const)
  );
  const nameKey = cached(normalizeName);
  const byLsg = new Map<string, ScoredRow[]>();
  for (const row of table.rows) {
    const { lsg, district, round } = row.source;
    if (lsg === null || round === null || row.assessment.total === null) continue;
    pushTo(byLsg, lsgKey(lsg, district, nameKey), row);
  }
  const result: LsgChange[] = [];
  for (const rows of byLsg.values()) {
    const sorted = [...rows].sort((a, b) => compareRounds(a.source.round!, b.source.round!));
    const first = sorted[0];
    const latest = sorted[sorted.length - 1];
    if (compareRounds(first.source.round!, latest.source.round!) === 0) continue;
    const point = (r: ScoredRow) => ({
      round: r.source.round!,
      row: r.source.row,
      total: r.assessment.total!,
      category: r.assessment.category!,
    });
    const totalChange = latest.assessment.total! - first.assessment.total!;
    result.push({
      lsg: latest.source.lsg!,
      district: latest.source.district,
      first: point(first),
      latest: point(latest),
      category: direction(
        rank.get(latest.assessment.category!)! - rank.get(first.assessment.category!)!
      ),
      total: direction(totalChange),
      totalChange,
    });
  }
  return result;
}
