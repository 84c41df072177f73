import { useMemo } from "react";
import {
  agreedScores,
  analyseRated,
  readRatedTable,
  type AssessmentReport,
  type RaterComparison,
  type SecondRater,
} from "../../report";
import type { Language, Method } from "../../rubric";
import { MappingError, type CellGrid } from "../../sheets";
import type { SourceData } from "../../host/contract";
import type { Choices } from "./useSource";

export interface Raters {
  readonly comparison: RaterComparison;
  readonly agreed: ReadonlyMap<string, number>;
}

export type Analysis =
  | {
      readonly report: AssessmentReport;
      readonly raters: Raters | null;
      /** The second rater's sheet chosen could not be paired: one rater is shown, and why. */
      readonly secondRefused: boolean;
    }
  | { readonly mappingError: MappingError };

export interface AnalysisInput {
  readonly source: SourceData | null;
  readonly choices: Choices;
  readonly lang: Language;
  readonly method: Method;
  readonly evidenceCheck: boolean;
  readonly secondSheet: string | null;
  readonly secondGrid: CellGrid | null;
}

type Scored = Extract<Analysis, { report: AssessmentReport }>;

function score(input: AnalysisInput, source: SourceData, second?: SecondRater): Scored {
  const { choices, lang, method, evidenceCheck } = input;
  const rated = readRatedTable(source.grid, { columns: choices }, second);
  const agreed = rated.pairing
    ? agreedScores(source.reconcile ?? [], method)
    : new Map<string, number>();
  const { report, comparison } = analyseRated(rated, agreed, lang, method, { evidenceCheck });
  return { report, raters: comparison ? { comparison, agreed } : null, secondRefused: false };
}

/** Scores the rows with the rubric: the same pipeline as the command line (report/ratedTable). */
export function analyse(input: AnalysisInput): Analysis | null {
  const { source, secondSheet, secondGrid } = input;
  if (!source) return null;
  try {
    // A second rater's sheet chosen in the pane is mapped on its own: its columns may differ.
    if (secondGrid && secondSheet) {
      const second: SecondRater = { grid: secondGrid, raters: [source.sheetName, secondSheet] };
      try {
        return score(input, source, second);
      } catch {
        // A sheet that cannot be paired never empties the pane: one rater, and a message. If
        // the first rater's sheet is at fault, the call below says so.
        return { ...score(input, source), secondRefused: true };
      }
    }
    return score(input, source);
  } catch (e) {
    if (e instanceof MappingError) return { mappingError: e };
    throw e;
  }
}

export function useAnalysis(input: AnalysisInput): Analysis | null {
  const { source, choices, lang, method, evidenceCheck, secondSheet, secondGrid } = input;
  return useMemo(
    () => analyse({ source, choices, lang, method, evidenceCheck, secondSheet, secondGrid }),
    [source, choices, lang, method, evidenceCheck, secondSheet, secondGrid]
  );
}

/** The report, when the columns could be matched. */
export function reportOf(analysis: Analysis | null): AssessmentReport | null {
  return analysis && "report" in analysis ? analysis.report : null;
}
