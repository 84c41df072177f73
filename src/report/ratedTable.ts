import type { Language, Method } from "../rubric";
import {
  readAssessmentTable,
  splitRaterColumns,
  type AssessmentTable,
  type CellGrid,
  type ReadOptions,
} from "../sheets";
import { analyse, type AnalyseOptions, type AssessmentReport } from "./analysis";
import {
  compareRaters,
  consensusRows,
  pairByRaterColumn,
  pairTables,
  type AgreedScores,
  type Pairing,
  type RaterComparison,
} from "./raters";

// One reading of a table that may hold two raters, for the CLI and the pane alike.

export interface RatedTable {
  /** The first (or only) rater's table: its mapping is the one shown to the user. */
  readonly table: AssessmentTable;
  /** Null for a single rater. */
  readonly pairing: Pairing | null;
}

/** A second rater's scores kept elsewhere (another sheet), mapped on their own. */
export interface SecondRater {
  readonly grid: CellGrid;
  readonly options?: ReadOptions;
  readonly raters: readonly [string, string];
}

/**
 * Reads a table and finds its second rater, if any: on another sheet when one is given, else in
 * paired columns ("Документы (оценщик 1)" / "… (оценщик 2)"), else in a rater column.
 * Throws MappingError as readAssessmentTable does.
 */
export function readRatedTable(
  grid: CellGrid,
  options: ReadOptions,
  second?: SecondRater
): RatedTable {
  if (second) {
    const table = readAssessmentTable(grid, options);
    const other = readAssessmentTable(second.grid, second.options ?? {});
    return { table, pairing: pairTables(table.rows, other.rows, second.raters) };
  }
  const split = splitRaterColumns(grid);
  if (split) {
    const table = readAssessmentTable(split.grids[0], options);
    const other = readAssessmentTable(split.grids[1], options);
    return { table, pairing: pairTables(table.rows, other.rows, split.raters) };
  }
  const table = readAssessmentTable(grid, options);
  return { table, pairing: pairByRaterColumn(table.rows) };
}

export interface RatedReport {
  readonly report: AssessmentReport;
  /** Null for a single rater. */
  readonly comparison: RaterComparison | null;
}

/** Scores the LSGs; with two raters from their consensus (equal scores, or those agreed). */
export function analyseRated(
  rated: RatedTable,
  agreed: AgreedScores,
  lang: Language,
  method: Method,
  options: AnalyseOptions = {}
): RatedReport {
  const { table, pairing } = rated;
  if (!pairing) return { report: analyse(table, lang, method, options), comparison: null };
  return {
    report: analyse(
      { ...table, rows: consensusRows(pairing, method, agreed) },
      lang,
      method,
      options
    ),
    comparison: compareRaters(pairing, method),
  };
}
