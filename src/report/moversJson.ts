import type { CategoryId, IndicatorId } from "../rubric";
import type { Move, Movers } from "./movers";

// `summary.movers` of the CLI's --json output (see JsonReport in json.ts and the README).

export type JsonMoveCounts = Record<Move, number>;

export interface JsonMovers {
  from: string;
  to: string;
  /** LSGs found once in each round (`lsgs`), and those of them with a category in both. */
  compared: number;
  scoredInBoth: number;
  categories: JsonMoveCounts;
  /** transitions[from category][to category]: adds up to `scoredInBoth`. */
  transitions: Record<CategoryId, Record<CategoryId, number>>;
  /** Per indicator, over the compared LSGs with that indicator scored in both rounds. */
  indicators: Record<IndicatorId, JsonMoveCounts>;
  /** Counted apart, never in the transitions. */
  onlyFrom: JsonLsgApart[];
  onlyTo: JsonLsgApart[];
  notScoredInBoth: JsonLsgApart[];
  duplicated: JsonLsgApart[];
  lsgs: {
    lsg: string;
    district: string | null;
    from: JsonMoverPoint;
    to: JsonMoverPoint;
    category: Move | null;
    totalChange: number | null;
    indicators: Record<IndicatorId, Move | null>;
  }[];
}

export interface JsonLsgApart {
  lsg: string;
  district: string | null;
  rows: number[];
  /** With several input files: the file of each of `rows`. */
  files?: string[];
}

export interface JsonMoverPoint {
  row: number;
  /** With several input files: the row's file. */
  file?: string;
  total: number | null;
  category: CategoryId | null;
  scores: Record<IndicatorId, number | null>;
}

/** The movers as JSON: counts per direction, transitions, the LSGs apart and per LSG. */
export function jsonMovers(m: Movers): JsonMovers {
  const tally = (moves: readonly (Move | null)[]): JsonMoveCounts => ({
    up: moves.filter((x) => x === "up").length,
    down: moves.filter((x) => x === "down").length,
    same: moves.filter((x) => x === "same").length,
  });
  const apart = (list: Movers["onlyFrom"]) =>
    list.map(({ files, ...a }) => ({
      ...a,
      rows: [...a.rows],
      ...(files && { files: [...files] }),
    }));
  const point = (p: Movers["lsgs"][number]["from"]) => ({ ...p, scores: { ...p.scores } });
  const categories = tally(m.lsgs.map((l) => l.category));
  return {
    from: m.from,
    to: m.to,
    compared: m.lsgs.length,
    scoredInBoth: categories.up + categories.down + categories.same,
    categories,
    transitions: Object.fromEntries(
      Object.entries(m.transitions).map(([f, row]) => [f, { ...row }])
    ) as JsonMovers["transitions"],
    indicators: Object.fromEntries(
      m.indicators.map(({ indicator, up, down, same }) => [indicator, { up, down, same }])
    ) as JsonMovers["indicators"],
    onlyFrom: apart(m.onlyFrom),
    onlyTo: apart(m.onlyTo),
    notScoredInBoth: apart(m.notScoredInBoth),
    duplicated: apart(m.duplicated),
    lsgs: m.lsgs.map((l) => ({
      ...l,
      from: point(l.from),
      to: point(l.to),
      indicators: { ...l.indicators },
    })),
  };
}
