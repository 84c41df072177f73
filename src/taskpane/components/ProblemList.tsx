import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  Text,
} from "@fluentui/react-components";
import { label, type AssessmentReport } from "../../report";
import type { Language } from "../../rubric";
import type { Strings } from "../strings";

/** How many problems of one kind are listed; the rest are counted. */
export const SHOWN = 100;

/** The rows' problems grouped by kind, each a link that selects its cell. */
export function ProblemList({
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
  const groups = report.validation.problemsByKind;
  if (groups.length === 0) return <Text as="p">{t.noProblems}</Text>;
  return (
    <>
      <Text as="p" size={200}>
        {t.problemsHelp}
      </Text>
      <Accordion multiple collapsible defaultOpenItems={groups.slice(0, 1).map((g) => g.kind)}>
        {groups.map(({ kind, problems }) => (
          <AccordionItem key={kind} value={kind}>
            <AccordionHeader>
              {/* Problems are cells; the counts above are rows: said, so 1 row and 3 cells agree. */}
              {label(`kind:${kind}`, lang)}: {t.cellsCount(problems.length)}
            </AccordionHeader>
            <AccordionPanel>
              <ul className="problems">
                {problems.slice(0, SHOWN).map((p) => (
                  <li key={p.cell}>
                    <Link
                      as="button"
                      onClick={() => onSelect(p.cell)}
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
  );
}
