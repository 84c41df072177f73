import { useCallback, useState } from "react";
import {
  agreementTable,
  reconcileHeader,
  reconcileRows,
  type AssessmentReport,
  type OutputMode,
} from "../../report";
import type { Language, Method } from "../../rubric";
import type {
  ApplyOutcome,
  ApplyRequest,
  Occupied,
  SourceData,
  WorkbookHost,
} from "../../host/contract";
import type { Raters } from "./useAnalysis";

export type Written = Extract<ApplyOutcome, { kind: "done" }>;

export interface ApplyInput {
  readonly source: SourceData | null;
  readonly report: AssessmentReport | null;
  readonly raters: Raters | null;
  readonly method: Method;
  readonly lang: Language;
}

/** Writing the results: the output mode, consent before overwriting, progress and outcome. */
export function useApply(
  host: WorkbookHost,
  input: ApplyInput,
  reload: () => Promise<void>,
  onError: (error: unknown) => void
) {
  const [mode, setMode] = useState<OutputMode>("values");
  const [busy, setBusy] = useState(false);
  /** 0–1 while applying. */
  const [progress, setProgress] = useState<number | null>(null);
  const [consent, setConsent] = useState<Occupied | null>(null);
  const [outcome, setOutcome] = useState<Written | null>(null);
  const { source, report, raters, method, lang } = input;

  const apply = useCallback(
    async (overwrite = false) => {
      if (!source || !report) return;
      setConsent(null);
      setOutcome(null);
      setBusy(true);
      setProgress(0);
      try {
        const what = { source, report, raters, method, lang };
        const result = await host.apply(applyRequest(what, mode, overwrite, setProgress));
        if (result.kind === "needs-consent") setConsent(result.occupied);
        else {
          // Read again so that the next run knows where this one wrote.
          await reload();
          setOutcome(result);
        }
      } catch (e) {
        onError(e);
      } finally {
        setBusy(false);
        setProgress(null);
      }
    },
    [host, source, report, raters, method, mode, lang, reload, onError]
  );
  const clearOutcome = useCallback(() => setOutcome(null), []);
  const cancelConsent = useCallback(() => setConsent(null), []);
  return { mode, setMode, busy, progress, consent, outcome, clearOutcome, apply, cancelConsent };
}

/** What Apply writes: the results, and with two raters their agreement and the Reconcile sheet. */
function applyRequest(
  input: ApplyInput & { readonly source: SourceData; readonly report: AssessmentReport },
  mode: OutputMode,
  overwrite: boolean,
  /** The share written, 0–1. */
  onProgress: (fraction: number) => void
): ApplyRequest {
  const { source, report, raters, method, lang } = input;
  return {
    source,
    report,
    summaryExtras: raters ? [agreementTable(raters.comparison, method, lang)] : [],
    reconcile: raters
      ? [reconcileHeader(lang), ...reconcileRows(raters.comparison, raters.agreed, method, lang)]
      : null,
    mode,
    lang,
    overwrite,
    onProgress: (done, total) => onProgress(done / total),
  };
}
