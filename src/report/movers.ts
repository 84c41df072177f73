import type { CategoryId, IndicatorId, Language, Method } from "../rubric";
import { pushTo } from "./collect";
import { cached, lsgKey, nameKey as normalizeName } from "./keys";
import { label, onlyInRound } from "./labels";
import type { ScoredRow, ScoredTable } from "./results";
import { roundGroups } from "./rounds";
import type { ReportTable } from "./tables";

/** How a score moved from the previous round to the latest. */
export type Move = "up" | "down" | "same";

/** One LSG's row in a round: what was scored there. */
export interface MoverPoint {
  readonly row: number;
  /** With files gathered (report/gather.ts): the row's file. */
  readonly file?: string;
  readonly total: number | null;
  readonly category: CategoryId | null;
  readonly scores: Readonly<Record<IndicatorId, number | null>>;
}

/** One LSG found once in each of the two latest rounds. */
export interface LsgMove {
  readonly lsg: string;
  readonly district: string | null;
  readonly from: MoverPoint;
  readonly to: MoverPoint;
  /** Null unless the LSG has a category in both rounds. */
  readonly category: Move | null;
  /** Null unless the LSG has a total in both rounds. */
  readonly totalChange: number | null;
  /** Per indicator; null where the indicator is not scored in both rounds. */
  readonly indicators: Readonly<Record<IndicatorId, Move | null>>;
}

/** An LSG left out of the comparison, with its rows (row numbers of the sheet). */
export interface LsgApart {
  readonly lsg: string;
  readonly district: string | null;
  readonly rows: readonly number[];
  /** With files gathered: the file of each of `rows`. */
  readonly files?: readonly string[];
}

/** Who moved between the two latest rounds (see `movers`). */
export interface Movers {
  readonly from: string;
  readonly to: string;
  /** LSGs found once in each round, in the order of the latest round's rows. */
  readonly lsgs: readonly LsgMove[];
  /** transitions[from][to]: LSGs with category `from` in the previous round and `to` in the latest. */
  readonly transitions: Readonly<Record<CategoryId, Readonly<Record<CategoryId, number>>>>;
  /** Per indicator, among the LSGs with that indicator scored in both rounds. */
  readonly indicators: readonly {
    readonly indicator: IndicatorId;
    readonly up: number;
    readonly down: number;
    readonly same: number;
  }[];
  /** Counted apart, never in the transitions: */
  readonly onlyFrom: readonly LsgApart[];
  readonly onlyTo: readonly LsgApart[];
  /** In both rounds but without a category in one or both. */
  readonly notScoredInBoth: readonly LsgApart[];
  /**
   * In both rounds but twice in one of them: which row to compare is the user's call (see
   * Problems). An LSG twice in one round and absent from the other is in `onlyFrom` / `onlyTo`.
   */
  readonly duplicated: readonly LsgApart[];
}

function move(change: number): Move {
  return change > 0 ? "up" : change < 0 ? "down" : "same";
}

/** Category bands ranked from the lowest total to the highest. */
function categoryRanks(method: Method): Map<CategoryId, number> {
  return new Map(
    [...method.categories].sort((a, b) => a.min - b.min).map((band, i) => [band.id, i] as const)
  );
}

function point(row: ScoredRow): MoverPoint {
  const { total, category, scores } = row.assessment;
  const { file } = row.source;
  return { row: row.source.row, ...(file !== undefined && { file }), total, category, scores };
}

function apart(rows: readonly ScoredRow[]): LsgApart {
  const last = rows[rows.length - 1].source;
  const files = last.file === undefined ? undefined : rows.map((r) => r.source.file ?? "");
  return {
    lsg: last.lsg!,
    district: last.district,
    rows: rows.map((r) => r.source.row),
    ...(files && { files }),
  };
}

/** Rows by LSG, matched as every report matches them: the LSG's and district's names (`nameKey`). */
function byLsg(
  rows: readonly ScoredRow[],
  key: (r: ScoredRow) => string
): Map<string, ScoredRow[]> {
  const map = new Map<string, ScoredRow[]>();
  for (const row of rows) if (row.source.lsg !== null) pushTo(map, key(row), row);
  return map;
}

function compare(
  from: ScoredRow,
  to: ScoredRow,
  method: Method,
  ranks: Map<CategoryId, number>
): LsgMove {
  const a = point(from);
  const b = point(to);
  const indicators = {} as Record<IndicatorId, Move | null>;
  for (const { id } of method.indicators) {
    const x = a.scores[id];
    const y = b.scores[id];
    indicators[id] = x === null || y === null ? null : move(y - x);
  }
  const scored = a.category !== null && b.category !== null;
  return {
    lsg: to.source.lsg!,
    district: to.source.district,
    from: a,
    to: b,
    category: scored ? move(ranks.get(b.category!)! - ranks.get(a.category!)!) : null,
    totalChange: a.total === null || b.total === null ? null : b.total - a.total,
    indicators,
  };
}

/**
 * Who moved between the two latest named rounds (null with fewer than two): per LSG and per
 * indicator up, down or same, and the category transitions. Rows with no round or no LSG name are
 * never compared. LSGs in one round only, unscored in one, or twice in a round are counted apart.
 */
export function movers(table: ScoredTable): Movers | null {
  const named = roundGroups(table).filter((g) => g.round !== null);
  if (named.length < 2) return null;
  const [previous, latest] = named.slice(-2);
  const { method } = table;
  const nameKey = cached(normalizeName);
  const key = (r: ScoredRow) => lsgKey(r.source.lsg, r.source.district, nameKey);
  const before = byLsg(previous.rows, key);
  const after = byLsg(latest.rows, key);
  const ranks = categoryRanks(method);
  const ids = method.categories.map((c) => c.id);
  const transitions = Object.fromEntries(
    ids.map((f) => [f, Object.fromEntries(ids.map((t) => [t, 0]))])
  ) as Record<CategoryId, Record<CategoryId, number>>;
  const lsgs: LsgMove[] = [];
  const onlyTo: LsgApart[] = [];
  const notScoredInBoth: LsgApart[] = [];
  const duplicated: LsgApart[] = [];
  for (const [k, rows] of after) {
    const earlier = before.get(k);
    if (!earlier) onlyTo.push(apart(rows));
    else if (rows.length > 1 || earlier.length > 1) duplicated.push(apart([...earlier, ...rows]));
    else {
      const m = compare(earlier[0], rows[0], method, ranks);
      lsgs.push(m);
      if (m.category === null) notScoredInBoth.push(apart([earlier[0], rows[0]]));
      else transitions[m.from.category!][m.to.category!]++;
    }
  }
  const onlyFrom = [...before].filter(([k]) => !after.has(k)).map(([, rows]) => apart(rows));
  const indicators = method.indicators.map(({ id }) => {
    const tally = { indicator: id, up: 0, down: 0, same: 0 };
    for (const m of lsgs) if (m.indicators[id]) tally[m.indicators[id]!]++;
    return tally;
  });
  return {
    from: previous.round!,
    to: latest.round!,
    lsgs,
    transitions,
    indicators,
    onlyFrom,
    onlyTo,
    notScoredInBoth,
    duplicated,
  };
}

const ARROWS: Record<Move, string> = { up: "↑", down: "↓", same: "=" };

/**
 * The category transition table: previous round's category down the side, the latest round's
 * across, a row total; then the LSGs counted apart, one line each. The first rows × columns block
 * (categories only) is what the Summary sheet's chart takes.
 */
export function transitionTable(m: Movers, method: Method, lang: Language): ReportTable {
  const bands = method.categories;
  const apartRows: [string, number][] = [
    [onlyInRound(m.from, lang), m.onlyFrom.length],
    [onlyInRound(m.to, lang), m.onlyTo.length],
    [label("notScoredInBoth", lang), m.notScoredInBoth.length],
    [label("twiceInRound", lang), m.duplicated.length],
  ];
  return {
    id: "movers",
    title: `${label("categoryMovers", lang)}: ${m.from} → ${m.to}`,
    header: [`${m.from} \\ ${m.to}`, ...bands.map((b) => b.short[lang]), label("count", lang)],
    rows: [
      ...bands.map((f) => {
        const counts = bands.map((t) => m.transitions[f.id][t.id]);
        return [f.short[lang], ...counts, counts.reduce((a, b) => a + b, 0)];
      }),
      // Rows are as wide as the header (renderers rely on it), the count in the LSGs column.
      ...apartRows
        .filter(([, n]) => n > 0)
        .map(([name, n]) => [name, ...Array<null>(bands.length).fill(null), n]),
    ],
    formats: {},
  };
}

/** Per indicator: how many LSGs scored higher, lower or the same in the latest round. */
export function indicatorMovesTable(m: Movers, method: Method, lang: Language): ReportTable {
  return {
    id: "indicatorMoves",
    title: `${label("indicatorMoves", lang)}: ${m.from} → ${m.to}`,
    header: [
      label("indicator", lang),
      label("up", lang),
      label("down", lang),
      label("same", lang),
      label("scoredInBoth", lang),
    ],
    rows: m.indicators.map((t) => [
      method.indicators.find((i) => i.id === t.indicator)!.short[lang],
      t.up,
      t.down,
      t.same,
      t.up + t.down + t.same,
    ]),
    formats: {},
  };
}

/** Per LSG: each indicator's move as an arrow (– where not scored in both), and the categories. */
export function lsgMovesTable(m: Movers, method: Method, lang: Language): ReportTable {
  const short = (id: CategoryId | null) =>
    id === null ? "–" : method.categories.find((c) => c.id === id)!.short[lang];
  return {
    id: "lsgMoves",
    title: `${label("lsgMoves", lang)}: ${m.from} → ${m.to}`,
    header: [
      label("lsg", lang),
      label("district", lang),
      ...method.indicators.map((i) => i.short[lang]),
      label("totalChange", lang),
      label("category", lang),
    ],
    rows: m.lsgs.map((l) => [
      l.lsg,
      l.district,
      ...method.indicators.map((i) => (l.indicators[i.id] ? ARROWS[l.indicators[i.id]!] : "–")),
      l.totalChange,
      `${short(l.from.category)} → ${short(l.to.category)}`,
    ]),
    formats: {},
  };
}

/** The movers' tables in report order; empty without two named rounds. */
export function moversTables(m: Movers | null, method: Method, lang: Language): ReportTable[] {
  if (!m) return [];
  const tables = [
    transitionTable(m, method, lang),
    indicatorMovesTable(m, method, lang),
    lsgMovesTable(m, method, lang),
  ];
  return tables.filter((t) => t.rows.length > 0);
}
