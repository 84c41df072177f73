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
import { METHOD_2015 } from "../../rubric";
import { formulaBlocker, indicatorColumnsOf, type OutputMode } from "../../report";
import type { Scorecard } from "../useScorecard";
import type { Strings } from "../strings";

export function ApplySection({ scorecard, t }: { scorecard: Scorecard; t: Strings }) {
  const { analysis, phase, progress, outcome, consent, mode } = scorecard;
  const ready = analysis !== null && "report" in analysis && phase === "ready";
  const rated = analysis !== null && "report" in analysis ? analysis : null;
  const report = rated ? rated.report : null;
  // The writer falls back to values under the same rule (formulaBlocker); with two raters the
  // formulas would read one rater's cells while the values are their consensus.
  const columns = report ? indicatorColumnsOf(report) : null;
  const blocker =
    scorecard.method !== METHOD_2015
      ? "method"
      : rated?.raters
        ? "raters"
        : report && formulaBlocker(report, columns!);
  const { setMode } = scorecard;
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
        onChange={(_, data) => scorecard.setMode(data.value as OutputMode)}
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
      <Button appearance="primary" disabled={!ready} onClick={() => void scorecard.apply()}>
        {t.applyButton}
      </Button>
      {phase === "applying" && (
        <Field validationMessage={t.writing} validationState="none">
          <ProgressBar value={progress ?? undefined} aria-label={t.writing} />
        </Field>
      )}
      {outcome && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t.done(outcome.rows, outcome.columns, outcome.summarySheet, outcome.charts)}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button
        onClick={() => void scorecard.makeScorecards()}
        disabled={!ready || !scorecard.canMakeScorecards}
      >
        {t.scorecards}
      </Button>
      {!scorecard.canMakeScorecards && (
        <Text as="p" size={200}>
          {t.scorecardsNeed}
        </Text>
      )}
      {scorecard.scorecardsMade && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t.scorecardsDone(scorecard.scorecardsMade.sheet, scorecard.scorecardsMade.cards)}
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog
        open={consent !== null}
        onOpenChange={(_, data) => !data.open && scorecard.cancelConsent()}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.consentTitle}</DialogTitle>
            <DialogContent>
              {consent && t.consentBody(consent.count, consent.cells.join(", "))}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void scorecard.apply(true)}>
                {t.overwrite}
              </Button>
              <Button onClick={() => scorecard.cancelConsent()}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
