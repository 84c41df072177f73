import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect } from "react";
import {
  formulaBlocker,
  indicatorColumnsOf,
  type AssessmentReport,
  type OutputMode,
} from "../../report";
import type { Occupied } from "../../host/contract";
import type { Strings } from "../strings";
import type { Written } from "../state/useApply";
import { ApplyProgress } from "./ApplyProgress";
import { ConsentDialog } from "./ConsentDialog";
import { Feedback } from "./Feedback";
import { OutputModeChoice } from "./OutputModeChoice";

export interface ApplySectionProps {
  readonly t: Strings;
  readonly report: AssessmentReport | null;
  /** The pane can write now (data read, columns matched, nothing else being written). */
  readonly ready: boolean;
  readonly busy: boolean;
  readonly editedMethod: boolean;
  readonly twoRaters: boolean;
  readonly mode: OutputMode;
  readonly progress: number | null;
  readonly outcome: Written | null;
  readonly consent: Occupied | null;
  /** Results on the sheet were written with an earlier method: said until Apply. */
  readonly resultsStale: boolean;
  readonly onMode: (mode: OutputMode) => void;
  readonly onApply: (overwrite?: boolean) => void;
  readonly onCancelConsent: () => void;
  /** Shown after the outcome: the scorecards' button. */
  readonly children?: React.ReactNode;
}

export function ApplySection(props: ApplySectionProps) {
  const { t, busy, progress, outcome, consent } = props;
  const blockedBecause = useFormulaBlocker(props);
  return (
    <section aria-labelledby="apply-heading" className="section">
      <h2 id="apply-heading">{t.apply}</h2>
      <OutputModeChoice
        t={t}
        labelledBy="apply-heading"
        mode={props.mode}
        blockedBecause={blockedBecause}
        onMode={props.onMode}
      />
      {props.resultsStale && (
        <MessageBar intent="warning" data-testid="results-stale">
          <MessageBarBody>{t.resultsStale}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!props.ready} onClick={() => props.onApply()}>
        {t.applyButton}
      </Button>
      {busy && <ApplyProgress label={t.writing} value={progress} />}
      {outcome && (
        <Feedback testId="written">
          {t.done(outcome.rows, outcome.columns, outcome.summarySheet, outcome.charts)}
        </Feedback>
      )}
      {props.children}
      {/* Mounted only while asking: a dialog kept mounted closed was at times left aria-hidden by
          Fluent's focus trap when it opened (its buttons then unreachable to screen readers). */}
      {consent !== null && (
        <ConsentDialog
          t={t}
          consent={consent}
          onOverwrite={() => props.onApply(true)}
          onCancel={props.onCancelConsent}
        />
      )}
    </section>
  );
}

/**
 * Why formulas cannot be written, in the user's words, or null; the mode chosen falls back to
 * values then. The writer falls back under the same rule (formulaBlocker); with two raters the
 * formulas would read one rater's cells while the values are their consensus.
 */
function useFormulaBlocker(props: ApplySectionProps): string | null {
  const { t, report, mode, onMode: setMode } = props;
  const columns = report ? indicatorColumnsOf(report) : null;
  const blocker = props.editedMethod
    ? "method"
    : props.twoRaters
      ? "raters"
      : report && formulaBlocker(report, columns!);
  useEffect(() => {
    if (blocker && mode === "formulas") setMode("values");
  }, [blocker, mode, setMode]);
  const reasons = {
    method: t.formulasNeed2015,
    raters: t.formulasNeedOneRater,
    columns: t.formulasNeedAdjacent(Object.values(columns ?? {}).join(", ")),
  };
  return blocker ? reasons[blocker] : null;
}
