import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
} from "@fluentui/react-components";
import { label, type AssessmentReport } from "../../report";
import type { Language } from "../../rubric";
import type { Strings } from "../strings";
import { SHOWN } from "./ProblemList";

type Validation = AssessmentReport["validation"];

/** Rows not read as LSGs, each with its reason and the text it held. */
function SkippedRows({
  t,
  lang,
  skipped,
}: {
  t: Strings;
  lang: Language;
  skipped: Validation["skipped"];
}) {
  return (
    <AccordionItem value="skipped">
      <AccordionHeader>
        {label("skippedRows", lang)} ({skipped.length})
      </AccordionHeader>
      <AccordionPanel>
        <ul className="problems" data-testid="skipped-rows">
          {skipped.slice(0, SHOWN).map((s) => (
            <li key={`${s.row}`}>{t.skippedRow(s.row, label(`skip:${s.reason}`, lang), s.text)}</li>
          ))}
        </ul>
      </AccordionPanel>
    </AccordionItem>
  );
}

/** Typed totals that differ from the scores, each a link that selects its cell. */
function TotalMismatches({
  lang,
  mismatches,
  onSelect,
}: {
  lang: Language;
  mismatches: Validation["totalMismatches"];
  onSelect: (address: string) => void;
}) {
  return (
    <AccordionItem value="totals">
      <AccordionHeader>
        {label("totalMismatches", lang)} ({mismatches.length})
      </AccordionHeader>
      <AccordionPanel>
        <ul className="problems" data-testid="total-mismatches">
          {mismatches.slice(0, SHOWN).map((m) => (
            <li key={m.cell}>
              <Link as="button" onClick={() => onSelect(m.cell)} aria-label={m.message}>
                {m.cell}
              </Link>{" "}
              {m.lsg ?? ""}: {m.message}
            </li>
          ))}
        </ul>
      </AccordionPanel>
    </AccordionItem>
  );
}

/** Rows not read as LSGs, with their reason, and typed totals that differ from the scores. */
export function RowNotes({
  t,
  lang,
  report,
  onSelect,
}: {
  t: Strings;
  lang: Language;
  report: AssessmentReport;
  onSelect: (address: string) => void;
}) {
  const { skipped, totalMismatches } = report.validation;
  if (skipped.length === 0 && totalMismatches.length === 0) return null;
  return (
    <Accordion collapsible multiple>
      {skipped.length > 0 && <SkippedRows t={t} lang={lang} skipped={skipped} />}
      {totalMismatches.length > 0 && (
        <TotalMismatches lang={lang} mismatches={totalMismatches} onSelect={onSelect} />
      )}
    </Accordion>
  );
}
