import { useCallback, useState } from "react";
import {
  agreementTable,
  reconcileHeader,
  reconcileRows,
  type AssessmentReport,
  type OutputMode,
} from "../../report";
import type { Language, Method } from "../../rubric";
import type { ApplyOutcome, Occupied, SourceData, WorkbookHost } from "../../host/contract";
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
        const result = await host.apply({
          source,
          report,
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

  return {
    mode,
    setMode,
    busy,
    progress,
    consent,
    outcome,
    clearOutcome: useCallback(() => setOutcome(null), []),
    apply,
    cancelConsent: useCallback(() => setConsent(null), []),
  };
}
