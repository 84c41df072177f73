import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  Switch,
} from "@fluentui/react-components";
import type { AssessmentReport } from "../../report";
import type { Strings } from "../strings";
import { SHOWN } from "./ProblemList";

/** The evidence check's switch and its warnings (a score above 0 with no evidence). */
export function EvidenceSection({
  t,
  report,
  checked,
  onCheck,
  onSelect,
}: {
  t: Strings;
  report: AssessmentReport;
  checked: boolean;
  onCheck: (on: boolean) => void;
  onSelect: (address: string) => void;
}) {
  const warnings = report.validation.evidence;
  return (
    <>
      <Switch
        checked={checked}
        onChange={(_, data) => onCheck(data.checked)}
        label={t.evidenceCheck}
      />
      {warnings.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="evidence">
            <AccordionHeader>
              {t.evidenceWarnings} (<span data-testid="count-evidence">{warnings.length}</span>)
            </AccordionHeader>
            <AccordionPanel>
              <ul className="problems">
                {warnings.slice(0, SHOWN).map((w) => (
                  <li key={w.cell}>
                    <Link
                      as="button"
                      onClick={() => onSelect(w.evidenceCell)}
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
    </>
  );
}
