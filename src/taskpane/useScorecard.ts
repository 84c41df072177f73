import { useCallback, useEffect, useMemo, useState } from "react";
import {
  agreementTable,
  agreedScores,
  analyseRated,
  readRatedTable,
  reconcileHeader,
  reconcileRows,
  type AssessmentReport,
  type OutputMode,
  type RaterComparison,
  type SecondRater,
} from "../report";
import { METHOD_2015, MethodError, parseMethod, type Language, type Method } from "../rubric";
import { MappingError, type CellGrid, type ColumnChoice, type FieldId } from "../sheets";
import type { ApplyOutcome, Occupied, SourceData, WorkbookHost } from "../host/contract";
import { paneError, type PaneError } from "./excelStrings";
import { savedLanguage, saveLanguage } from "./preferences";

export type Phase = "loading" | "empty" | "ready" | "applying";

export type Analysis =
  | {
      readonly report: AssessmentReport;
      readonly raters: {
        readonly comparison: RaterComparison;
        readonly agreed: ReadonlyMap<string, number>;
      } | null;
    }
  | { readonly mappingError: MappingError };

export interface Scorecard {
  readonly lang: Language;
  readonly phase: Phase;
  readonly source: SourceData | null;
  readonly choices: Partial<Record<FieldId, ColumnChoice>>;
  readonly analysis: Analysis | null;
  readonly mode: OutputMode;
  /** 0–1 while applying. */
  readonly progress: number | null;
  readonly consent: Occupied | null;
  readonly outcome: Extract<ApplyOutcome, { kind: "done" }> | null;
  readonly error: PaneError | null;
  readonly method: Method;
  readonly evidenceCheck: boolean;
  setLanguage(lang: Language): void;
  /** Checks and stores an edited method; returns the reasons it was refused, if it was. */
  saveMethod(json: unknown | null): Promise<readonly string[]>;
  setEvidenceCheck(on: boolean): void;
  /** Writes the printable scorecards; the result is in `scorecardsMade`. */
  makeScorecards(): Promise<void>;
  readonly scorecardsMade: { readonly sheet: string; readonly cards: number } | null;
  /** The sheet holding a second rater's scores, if the user chose one. */
  readonly secondSheet: string | null;
  setSecondSheet(name: string | null): Promise<void>;
  /** Page layout and page breaks need ExcelApi 1.9. */
  readonly canMakeScorecards: boolean;
  setMode(mode: OutputMode): void;
  setChoice(field: FieldId, column: ColumnChoice | undefined): void;
  refresh(): Promise<void>;
  apply(overwrite?: boolean): Promise<void>;
  cancelConsent(): void;
  select(address: string): void;
}

/** Excel's refusals the pane can explain become its own words (src/host/errors.ts). */
function message(error: unknown): PaneError {
  return paneError(error);
}

/** The pane's state and actions: reads through the host, scores with the rubric, writes through the host. */
export function useScorecard(host: WorkbookHost): Scorecard {
  const [lang, setLang] = useState<Language>(
    () => savedLanguage() ?? host.displayLanguage() ?? "en"
  );
  const [phase, setPhase] = useState<Phase>("loading");
  const [source, setSource] = useState<SourceData | null>(null);
  const [choices, setChoices] = useState<Partial<Record<FieldId, ColumnChoice>>>({});
  const [mode, setMode] = useState<OutputMode>("values");
  const [progress, setProgress] = useState<number | null>(null);
  const [consent, setConsent] = useState<Occupied | null>(null);
  const [outcome, setOutcome] = useState<Scorecard["outcome"]>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [method, setMethod] = useState<Method>(METHOD_2015);
  const [evidenceCheck, setEvidenceCheck] = useState(true);
  const [scorecardsMade, setScorecardsMade] = useState<Scorecard["scorecardsMade"]>(null);
  const [secondSheet, setSecondSheetName] = useState<string | null>(null);
  const [secondGrid, setSecondGrid] = useState<CellGrid | null>(null);

  const analysis = useMemo<Analysis | null>(() => {
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
  }, [source, choices, lang, method, evidenceCheck, secondGrid, secondSheet]);

  const load = useCallback(async () => {
    const read = await host.readSource();
    setSource(read);
    setChoices(read?.state?.mappings?.[read.sheetId] ?? {});
    // A method stored in the workbook that no longer passes the checks is ignored, not half-used.
    let stored = METHOD_2015;
    try {
      if (read?.state?.method) stored = parseMethod(read.state.method);
    } catch (e) {
      if (!(e instanceof MethodError)) throw e;
    }
    setMethod(stored);
    setPhase(read ? "ready" : "empty");
  }, [host]);

  const refresh = useCallback(async () => {
    setPhase("loading");
    setError(null);
    setOutcome(null);
    try {
      await load();
    } catch (e) {
      setError(message(e));
      setPhase("empty");
    }
  }, [load]);

  useEffect(() => {
    // An Excel without the pane's minimum API is told so by the pane; nothing is asked of it.
    if (host.capabilities.core) void refresh();
  }, [host, refresh]);

  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLang(next);
  }, []);

  const setChoice = useCallback(
    (field: FieldId, column: ColumnChoice | undefined) => {
      if (!source) return;
      const next = { ...choices };
      if (column === undefined) delete next[field];
      else next[field] = column;
      setChoices(next);
      host.saveColumnChoices(source.sheetId, next).catch((e) => setError(message(e)));
    },
    [host, source, choices]
  );

  const apply = useCallback(
    async (overwrite = false) => {
      if (!source || !analysis || !("report" in analysis)) return;
      setConsent(null);
      setError(null);
      setOutcome(null);
      setPhase("applying");
      setProgress(0);
      try {
        const raters = analysis.raters;
        const result = await host.apply({
          source,
          report: analysis.report,
          summaryExtras: raters ? [agreementTable(raters.comparison, method, lang)] : [],
          reconcile: raters
            ? [
                reconcileHeader(lang),
                ...reconcileRows(raters.comparison, raters.agreed, method, lang),
              ]
            : null,
          mode,
          lang,
          overwrite,
          onProgress: (done, total) => setProgress(done / total),
        });
        if (result.kind === "needs-consent") {
          setConsent(result.occupied);
          setPhase("ready");
        } else {
          // Read again so that the next run knows where this one wrote.
          await load();
          setOutcome(result);
        }
      } catch (e) {
        setError(message(e));
        setPhase("ready");
      } finally {
        setProgress(null);
      }
    },
    [host, source, analysis, mode, lang, load]
  );

  const saveMethod = useCallback(
    async (json: unknown | null): Promise<readonly string[]> => {
      let next: Method = METHOD_2015;
      if (json !== null) {
        try {
          next = parseMethod(json);
        } catch (e) {
          // In the pane's language: the reasons end a sentence of the pane (strings.methodRefused).
          if (e instanceof MethodError) return e.reasonsIn(lang);
          throw e;
        }
      }
      setMethod(next);
      // Live formulas compute with the 2015 method; an edited one is written as values.
      if (next !== METHOD_2015) setMode("values");
      await host.saveMethod(json === null ? null : next).catch((e) => setError(message(e)));
      return [];
    },
    [host, lang]
  );

  const makeScorecards = useCallback(async () => {
    if (!source || !analysis || !("report" in analysis)) return;
    setError(null);
    setPhase("applying");
    try {
      setScorecardsMade(await host.makeScorecards(source, analysis.report, lang));
    } catch (e) {
      setError(message(e));
    } finally {
      setPhase("ready");
    }
  }, [host, source, analysis, lang]);

  const setSecondSheet = useCallback(
    async (name: string | null) => {
      setError(null);
      setSecondSheetName(name);
      if (name === null) return setSecondGrid(null);
      try {
        setSecondGrid(await host.readSheet(name));
      } catch (e) {
        setError(message(e));
        setSecondGrid(null);
      }
    },
    [host]
  );

  const select = useCallback(
    (address: string) => {
      if (source) host.selectCell(source.sheetId, address).catch((e) => setError(message(e)));
    },
    [host, source]
  );

  return {
    lang,
    phase,
    source,
    choices,
    analysis,
    mode,
    progress,
    consent,
    outcome,
    error,
    method,
    evidenceCheck,
    saveMethod,
    setEvidenceCheck,
    makeScorecards,
    scorecardsMade,
    canMakeScorecards: host.capabilities.tablesUnderSelection,
    secondSheet,
    setSecondSheet,
    setLanguage,
    setMode,
    setChoice,
    refresh,
    apply,
    cancelConsent: () => setConsent(null),
    select,
  };
}
