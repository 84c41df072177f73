import {
  agreement,
  assess,
  isProblem,
  kappaBand,
  parseScore,
  type Agreement,
  type Assessment,
  type IndicatorId,
  type KappaBand,
  type Language,
  type Method,
  KAPPA_BANDS,
} from "../rubric";
import type { LsgRow } from "../sheets";
import { lsgRoundKey } from "./keys";
import { round4 } from "./numbers";

/** The same LSG (and round) as scored by two raters. */
export interface RatedPair {
  readonly lsg: string;
  readonly district: string | null;
  readonly round: string | null;
  readonly first: LsgRow;
  readonly second: LsgRow;
}

export interface Pairing {
  readonly raters: readonly [string, string];
  readonly pairs: readonly RatedPair[];
  /** Rows only one rater scored. */
  readonly unmatched: readonly {
    readonly rater: string;
    readonly row: number;
    readonly lsg: string | null;
  }[];
}

export interface Disagreement {
  readonly lsg: string;
  readonly district: string | null;
  readonly round: string | null;
  readonly indicator: IndicatorId;
  readonly first: {
    readonly cell: string;
    readonly score: number | null;
    readonly note: string | null;
  };
  readonly second: {
    readonly cell: string;
    readonly score: number | null;
    readonly note: string | null;
  };
}

export interface RaterStatistics extends Agreement {
  readonly band: KappaBand | null;
}

export interface RaterComparison {
  readonly raters: readonly [string, string];
  readonly pairs: number;
  readonly indicators: readonly {
    readonly indicator: IndicatorId;
    readonly agreement: RaterStatistics;
  }[];
  /** Agreement on the category (blind < addressing < positive), over pairs both raters could score. */
  readonly category: RaterStatistics;
  readonly disagreements: readonly Disagreement[];
  readonly unmatched: Pairing["unmatched"];
}

function key(row: LsgRow): string {
  return lsgRoundKey(row.lsg, row.district, row.round);
}

function pair(
  first: readonly LsgRow[],
  second: readonly LsgRow[],
  raters: readonly [string, string]
): Pairing {
  const byKey = new Map(second.filter((r) => r.lsg !== null).map((r) => [key(r), r]));
  const pairs: RatedPair[] = [];
  const unmatched: { rater: string; row: number; lsg: string | null }[] = [];
  const used = new Set<string>();
  for (const row of first) {
    const match = row.lsg === null ? undefined : byKey.get(key(row));
    if (match && !used.has(key(row))) {
      used.add(key(row));
      pairs.push({
        lsg: row.lsg!,
        district: row.district,
        round: row.round,
        first: row,
        second: match,
      });
    } else unmatched.push({ rater: raters[0], row: row.row, lsg: row.lsg });
  }
  for (const row of second)
    if (!used.has(key(row))) unmatched.push({ rater: raters[1], row: row.row, lsg: row.lsg });
  return { raters, pairs, unmatched };
}

/** Two raters in one table, told apart by its rater column; null unless exactly two raters appear. */
export function pairByRaterColumn(rows: readonly LsgRow[]): Pairing | null {
  const names = [...new Set(rows.map((r) => r.rater).filter((r): r is string => r !== null))];
  if (names.length !== 2) return null;
  const [a, b] = names;
  return pair(
    rows.filter((r) => r.rater === a),
    rows.filter((r) => r.rater === b),
    [a, b]
  );
}

/** Two raters' tables (two sheets or two files) of the same LSGs. */
export function pairTables(
  first: readonly LsgRow[],
  second: readonly LsgRow[],
  raters: readonly [string, string]
): Pairing {
  return pair(first, second, raters);
}

function statistics(a: number[], b: number[], min: number, max: number): RaterStatistics {
  const result = agreement(a, b, min, max);
  return { ...result, band: result.kappa === null ? null : kappaBand(result.kappa) };
}

/** A pair of rows with each rater's row assessed by the method. */
interface AssessedPair {
  readonly pair: RatedPair;
  readonly first: Assessment;
  readonly second: Assessment;
}

/** Exact, within-one and weighted-kappa agreement per indicator and for the category; every disagreement. */
export function compareRaters(pairing: Pairing, method: Method): RaterComparison {
  const assessOne = (row: LsgRow) =>
    assess(
      method.indicators.map((i) => row.cells[i.id].value),
      method
    );
  const assessed = pairing.pairs.map((pair) => ({
    pair,
    first: assessOne(pair.first),
    second: assessOne(pair.second),
  }));
  return {
    raters: pairing.raters,
    pairs: pairing.pairs.length,
    indicators: method.indicators.map(({ id }) => ({
      indicator: id,
      agreement: indicatorAgreement(pairing, id, method),
    })),
    category: categoryAgreement(assessed, method),
    disagreements: assessed.flatMap((a) => disagreementsOf(a, method)),
    unmatched: pairing.unmatched,
  };
}

/** One indicator's agreement over the pairs where both raters gave a valid score. */
function indicatorAgreement(pairing: Pairing, id: IndicatorId, method: Method): RaterStatistics {
  const a: number[] = [];
  const b: number[] = [];
  for (const p of pairing.pairs) {
    const x = parseScore(p.first.cells[id].value, method);
    const y = parseScore(p.second.cells[id].value, method);
    if (isProblem(x) || isProblem(y)) continue;
    a.push(x);
    b.push(y);
  }
  return statistics(a, b, method.points.min, method.points.max);
}

/** The category's agreement, categories ranked by their bands, over the pairs both raters scored. */
function categoryAgreement(assessed: readonly AssessedPair[], method: Method): RaterStatistics {
  const ranked = [...method.categories].sort((x, y) => x.min - y.min).map((c) => c.id);
  const ca: number[] = [];
  const cb: number[] = [];
  for (const { first, second } of assessed) {
    if (first.category !== null && second.category !== null) {
      ca.push(ranked.indexOf(first.category));
      cb.push(ranked.indexOf(second.category));
    }
  }
  return statistics(ca, cb, 0, ranked.length - 1);
}

/** Each indicator of one LSG whose two scores differ (a missing or invalid score included). */
function disagreementsOf({ pair: p, first, second }: AssessedPair, method: Method): Disagreement[] {
  const disagreements: Disagreement[] = [];
  for (const { id } of method.indicators) {
    const x = first.scores[id];
    const y = second.scores[id];
    if (x === y) continue;
    disagreements.push({
      lsg: p.lsg,
      district: p.district,
      round: p.round,
      indicator: id,
      first: { cell: p.first.cells[id].address, score: x, note: p.first.notes[id] ?? p.first.note },
      second: {
        cell: p.second.cells[id].address,
        score: y,
        note: p.second.notes[id] ?? p.second.note,
      },
    });
  }
  return disagreements;
}

/** Agreed scores from a Reconcile sheet, by LSG, district, round and indicator. */
export type AgreedScores = ReadonlyMap<string, number>;

export function agreedKey(
  lsg: string | null,
  district: string | null,
  round: string | null,
  indicator: IndicatorId
): string {
  return `${lsgRoundKey(lsg, district, round)}|${indicator}`;
}

/**
 * One row per LSG from two raters: where they agree, their score; where they differ, the score
 * agreed on the Reconcile sheet; otherwise the indicator stays disputed and the LSG unscored.
 */
export function consensusRows(
  pairing: Pairing,
  method: Method,
  agreed: AgreedScores = new Map()
): LsgRow[] {
  return pairing.pairs.map((p) => {
    const cells = { ...p.first.cells };
    for (const { id } of method.indicators) {
      const x = parseScore(p.first.cells[id].value, method);
      const y = parseScore(p.second.cells[id].value, method);
      if (!isProblem(x) && !isProblem(y) && x === y) continue;
      if (isProblem(x) && isProblem(y)) continue; // neither scored it: the first rater's problem stands
      const settled = agreed.get(agreedKey(p.lsg, p.district, p.round, id));
      cells[id] = {
        address: p.first.cells[id].address,
        value: settled ?? { disputed: [isProblem(x) ? null : x, isProblem(y) ? null : y] },
      } as LsgRow["cells"][IndicatorId];
    }
    return { ...p.first, rater: null, cells };
  });
}

/** The --json "raters" section. */
export function ratersToJson(comparison: RaterComparison, agreed: AgreedScores, lang: Language) {
  const stats = (s: RaterStatistics) => ({
    pairs: s.pairs,
    exact: round4(s.exact),
    withinOne: round4(s.withinOne),
    kappa: round4(s.kappa),
    reading: s.band === null ? null : KAPPA_BANDS[s.band][lang],
  });
  const settled = comparison.disagreements.filter((d) =>
    agreed.has(agreedKey(d.lsg, d.district, d.round, d.indicator))
  ).length;
  return {
    raters: [...comparison.raters],
    pairs: comparison.pairs,
    indicators: Object.fromEntries(
      comparison.indicators.map((i) => [i.indicator, stats(i.agreement)])
    ),
    category: stats(comparison.category),
    disagreements: comparison.disagreements.map((d) => ({ ...d })),
    reconciled: settled,
    unresolved: comparison.disagreements.length - settled,
    unmatched: comparison.unmatched.map((u) => ({ ...u })),
  };
}
