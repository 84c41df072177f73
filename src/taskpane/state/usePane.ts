import { useCallback, useEffect, useState } from "react";
import { METHOD_2015, type Language } from "../../rubric";
import type { SourceData, WorkbookHost } from "../../host/contract";
import { paneError, type PaneError } from "../excelStrings";
import { savedLanguage, saveLanguage } from "../preferences";
import { reportOf, useAnalysis } from "./useAnalysis";
import { useApply } from "./useApply";
import { useMethod } from "./useMethod";
import { useMethodEdits } from "./useMethodEdits";
import { useRaters } from "./useRaters";
import { useScorecardsSheet } from "./useScorecardsSheet";
import { useSource, type SourcePhase } from "./useSource";

/** "busy": writing to the workbook; reading again and writing wait for it. */
export type Phase = SourcePhase | "busy";

/** The pane's language: the user's last choice, else Office's display language. */
function useLanguage(host: WorkbookHost) {
  const [lang, setLang] = useState<Language>(
    () => savedLanguage() ?? host.displayLanguage() ?? "en"
  );
  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLang(next);
  }, []);
  return { lang, setLanguage };
}

/** What is scored: the data read, its method, a second rater, the evidence check, the analysis. */
function useScoring(host: WorkbookHost, lang: Language, onError: (error: unknown) => void) {
  const method = useMethod(host, lang, onError);
  const { adopt } = method;
  const onLoaded = useCallback((read: SourceData | null) => adopt(read), [adopt]);
  const source = useSource(host, onError, onLoaded);
  const raters = useRaters(host, onError);
  const [evidenceCheck, setEvidenceCheck] = useState(true);
  const analysis = useAnalysis({
    source: source.source,
    choices: source.choices,
    lang,
    method: method.method,
    evidenceCheck,
    secondSheet: raters.secondSheet,
    secondGrid: raters.secondGrid,
  });
  const report = reportOf(analysis);
  return { method, source, raters, evidenceCheck, setEvidenceCheck, analysis, report };
}

/** The error the pane shows; Excel's refusals the pane can explain become its own words (src/host/errors.ts). */
function usePaneError() {
  const [error, setError] = useState<PaneError | null>(null);
  const onError = useCallback((e: unknown) => setError(paneError(e)), []);
  const clearError = useCallback(() => setError(null), []);
  return { error, onError, clearError };
}

type Scoring = ReturnType<typeof useScoring>;

/** What the pane writes: the results (with the agreement of two raters) and the scorecards sheet. */
function useOutputs(
  host: WorkbookHost,
  lang: Language,
  { source, method, analysis, report }: Scoring,
  onError: (error: unknown) => void
) {
  const apply = useApply(
    host,
    {
      source: source.source,
      report,
      raters: analysis && "report" in analysis ? analysis.raters : null,
      method: method.method,
      lang,
    },
    source.load,
    onError
  );
  const scorecards = useScorecardsSheet(host, source.source, report, lang, onError);
  return { apply, scorecards };
}

/** Reading again clears the error and "written…"; the pane reads once when it opens. */
function useRefresh(
  host: WorkbookHost,
  read: (sheet?: string) => Promise<void>,
  clearError: () => void,
  clearOutcome: () => void
) {
  const refresh = useCallback(
    async (sheet?: string) => {
      clearError();
      clearOutcome();
      await read(sheet);
    },
    [read, clearError, clearOutcome]
  );
  useEffect(() => {
    // An Excel without the pane's minimum API is told so by the pane; nothing is asked of it.
    if (host.capabilities.core) void refresh();
  }, [host, refresh]);
  return refresh;
}

/** Selects a cell of the data read (a problem chosen in the pane). */
function useSelect(host: WorkbookHost, read: SourceData | null, onError: (e: unknown) => void) {
  return useCallback(
    (address: string) => {
      if (read) host.selectCell(read.sheetId, address).catch(onError);
    },
    [host, read, onError]
  );
}

/** Wrappers for the pane's actions, each starting with what it makes old news. */
function actionWrappers(clearError: () => void, clearOutcome: () => void, clearCards: () => void) {
  // Each action starts with a clean slate: an earlier error no longer applies.
  const cleared =
    <A extends unknown[], R>(action: (...args: A) => R) =>
    (...args: A): R => {
      clearError();
      return action(...args);
    };
  // A change to what is scored makes "written…" and "scorecards made…" old news: they clear.
  const changed =
    <A extends unknown[], R>(action: (...args: A) => R) =>
    (...args: A): R => {
      clearError();
      clearOutcome();
      clearCards();
      return action(...args);
    };
  return { cleared, changed };
}

/**
 * The pane's state, one hook per concern, composed: reads through the host, scores with the
 * rubric, writes through the host. App hands each section only what it shows and fires.
 */
export function usePane(host: WorkbookHost) {
  const { lang, setLanguage } = useLanguage(host);
  const { error, onError, clearError } = usePaneError();
  const scoring = useScoring(host, lang, onError);
  const { method, source, raters, evidenceCheck, setEvidenceCheck, analysis, report } = scoring;
  const { apply, scorecards } = useOutputs(host, lang, scoring, onError);
  const refresh = useRefresh(host, source.refresh, clearError, apply.clearOutcome);
  const hasOutput = Boolean(source.source?.state?.output);
  const methodEdits = useMethodEdits(method, apply, scorecards, hasOutput);
  const select = useSelect(host, source.source, onError);
  const { cleared, changed } = actionWrappers(clearError, apply.clearOutcome, scorecards.clear);
  const busy = apply.busy || scorecards.busy;
  return {
    lang,
    setLanguage,
    error,
    clearError,
    source: {
      ...source,
      refresh,
      setChoice: changed(source.setChoice),
      phase: (busy ? "busy" : source.phase) as Phase,
    },
    method: {
      method: method.method,
      isDefault: method.method === METHOD_2015,
      savedOn: method.savedOn,
      saved: method.saved,
      save: methodEdits.save,
    },
    resultsStale: methodEdits.resultsStale,
    raters: { ...raters, setSecondSheet: changed(raters.setSecondSheet) },
    evidenceCheck,
    setEvidenceCheck: changed(setEvidenceCheck),
    analysis,
    report,
    apply: { ...apply, apply: cleared(apply.apply) },
    scorecards: { ...scorecards, make: cleared(scorecards.make) },
    select,
  };
}

export type Pane = ReturnType<typeof usePane>;
