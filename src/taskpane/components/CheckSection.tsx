import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Link,
  Select,
  Switch,
  Text,
} from "@fluentui/react-components";
import { pushTo, text, type AssessmentReport } from "../../report";
import type { ProblemKind } from "../../rubric";
import type { Scorecard } from "../useScorecard";
import { AgreementTable } from "./AgreementTable";
import type { Strings } from "../strings";

const SHOWN = 100;

export function CheckSection({ scorecard, t }: { scorecard: Scorecard; t: Strings }) {
  const { analysis, lang } = scorecard;
  if (!analysis || !("report" in analysis)) return null;
  const report: AssessmentReport = analysis.report;
  const rows = report.table.rows;
  const incomplete = rows.filter(
    (r) => r.problems.length > 0 && r.problems.every((p) => p.kind === "missing")
  ).length;
  const invalid = rows.filter((r) => r.problems.some((p) => p.kind !== "missing")).length;
  const byKind = new Map<ProblemKind, { cell: string; line: string }[]>();
  for (const row of rows) {
    for (const p of row.problems)
      pushTo(byKind, p.kind, { cell: p.cell, line: `${row.source.lsg ?? ""}: ${p.message}` });
  }
  return (
    <section aria-labelledby="check-heading" className="section">
      <h2 id="check-heading">{t.check}</h2>
      <dl className="counts">
        <div>
          <dt>{t.scored}</dt>
          <dd data-testid="count-scored">{report.table.summary.scored}</dd>
        </div>
        <div>
          <dt>{t.incomplete}</dt>
          <dd data-testid="count-incomplete">{incomplete}</dd>
        </div>
        <div>
          <dt>{t.invalid}</dt>
          <dd data-testid="count-invalid">{invalid}</dd>
        </div>
        <div>
          <dt>{t.skipped}</dt>
          <dd data-testid="count-skipped">{report.validation.skipped.length}</dd>
        </div>
      </dl>
      <Text as="p" className="finding">
        <strong>{t.finding}:</strong> {report.finding}
      </Text>
      {/* Rounds are never pooled: the headline is the latest round, the others follow it. */}
      {report.byRound
        .filter((r) => r !== report.headline)
        .map((r) => (
          <Text as="p" size={200} className="finding" key={r.round ?? ""}>
            {r.finding}
          </Text>
        ))}
      {byKind.size === 0 ? (
        <Text as="p">{t.noProblems}</Text>
      ) : (
        <>
          <Text as="p" size={200}>
            {t.problemsHelp}
          </Text>
          <Accordion multiple collapsible defaultOpenItems={[...byKind.keys()].slice(0, 1)}>
            {[...byKind.entries()].map(([kind, problems]) => (
              <AccordionItem key={kind} value={kind}>
                <AccordionHeader>
                  {text(`kind:${kind}`, lang)} ({problems.length})
                </AccordionHeader>
                <AccordionPanel>
                  <ul className="problems">
                    {problems.slice(0, SHOWN).map((p) => (
                      <li key={p.cell}>
                        <Link
                          as="button"
                          onClick={() => scorecard.select(p.cell)}
                          aria-label={`${p.cell}: ${p.line}`}
                        >
                          {p.cell}
                        </Link>{" "}
                        {p.line}
                      </li>
                    ))}
                    {problems.length > SHOWN && <li>{t.more(problems.length - SHOWN)}</li>}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
      <Field label={t.secondRater} size="small">
        <Select
          value={scorecard.secondSheet ?? ""}
          onChange={(_, data) => void scorecard.setSecondSheet(data.value || null)}
        >
          <option value="">{t.none}</option>
          {(scorecard.source?.sheetNames ?? [])
            .filter((name) => name !== scorecard.source?.sheetName)
            .map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
        </Select>
      </Field>
      {analysis.raters && <AgreementTable scorecard={scorecard} t={t} />}
      <Switch
        checked={scorecard.evidenceCheck}
        onChange={(_, data) => scorecard.setEvidenceCheck(data.checked)}
        label={t.evidenceCheck}
      />
      {report.validation.evidence.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="evidence">
            <AccordionHeader>
              {t.evidenceWarnings} (
              <span data-testid="count-evidence">{report.validation.evidence.length}</span>)
            </AccordionHeader>
            <AccordionPanel>
              <ul className="problems">
                {report.validation.evidence.slice(0, SHOWN).map((w) => (
                  <li key={w.cell}>
                    <Link
                      as="button"
                      onClick={() => scorecard.select(w.evidenceCell)}
                      aria-label={w.message}
                    >
                      {w.evidenceCell}
                    </Link>{" "}
                    {w.lsg}: {w.message}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {report.validation.duplicates.map((d) => (
        <Text as="p" key={d.rows.join()}>
          {d.message}
        </Text>
      ))}
    </section>
  );
}
