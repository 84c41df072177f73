import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
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
import { Feedback } from "./Feedback";

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
  const { t, report, ready, busy, progress, outcome, consent, mode, onMode: setMode } = props;
  // The writer falls back to values under the same rule (formulaBlocker); with two raters the
  // formulas would read one rater's cells while the values are their consensus.
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
  return (
    <section aria-labelledby="apply-heading" className="section">
      <h2 id="apply-heading">{t.apply}</h2>
      <RadioGroup
        value={blocker ? "values" : mode}
        onChange={(_, data) => setMode(data.value as OutputMode)}
        aria-labelledby="apply-heading"
      >
        <Radio value="values" label={t.asValues} />
        <Radio value="formulas" label={t.asFormulas} disabled={Boolean(blocker)} />
      </RadioGroup>
      {blocker && (
        <Text as="p" size={200}>
          {reasons[blocker]}
        </Text>
      )}
      {props.resultsStale && (
        <MessageBar intent="warning" data-testid="results-stale">
          <MessageBarBody>{t.resultsStale}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!ready} onClick={() => props.onApply()}>
        {t.applyButton}
      </Button>
      {busy && (
        <Field validationMessage={t.writing} validationState="none">
          <ProgressBar value={progress ?? undefined} aria-label={t.writing} />
        </Field>
      )}
      {outcome && (
        <Feedback testId="written">
          {t.done(outcome.rows, outcome.columns, outcome.summarySheet, outcome.charts)}
        </Feedback>
      )}
      {props.children}
      {/* Mounted only while asking: a dialog kept mounted closed was at times left aria-hidden by
          Fluent's focus trap when it opened (its buttons then unreachable to screen readers). */}
      {consent !== null && (
        <Dialog open onOpenChange={(_, data) => !data.open && props.onCancelConsent()}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t.consentTitle}</DialogTitle>
              <DialogContent>
                {consent && t.consentBody(consent.count, consent.cells.join(", "))}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => props.onApply(true)}>
                  {t.overwrite}
                </Button>
                <Button onClick={props.onCancelConsent}>{t.cancel}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </section>
  );
}
