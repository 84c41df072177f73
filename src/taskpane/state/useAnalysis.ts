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
  | { readonly report: AssessmentReport; readonly raters: Raters | null }
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

/** Scores the rows with the rubric: the same pipeline as the command line (report/ratedTable). */
export function analyse(input: AnalysisInput): Analysis | null {
  const { source, choices, lang, method, evidenceCheck, secondSheet, secondGrid } = input;
  if (!source) return null;
  try {
    // A second rater's sheet chosen in the pane is mapped on its own: its columns may differ.
    const second: SecondRater | undefined =
      secondGrid && secondSheet
        ? { grid: secondGrid, raters: [source.sheetName, secondSheet] }
        : undefined;
    const rated = readRatedTable(source.grid, { columns: choices }, second);
    const agreed = rated.pairing
      ? agreedScores(source.reconcile ?? [], method)
      : new Map<string, number>();
    const { report, comparison } = analyseRated(rated, agreed, lang, method, { evidenceCheck });
    return { report, raters: comparison ? { comparison, agreed } : null };
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
