import { Text } from "@fluentui/react-components";
import { rowCounts, type AssessmentReport } from "../../report";
import type { Language } from "../../rubric";
import type { Strings } from "../strings";
import { ProblemList } from "./ProblemList";
import { RowNotes } from "./RowNotes";

/** The counts of rows scored, with blank scores, with wrong values, disputed and skipped. */
function Counts({ t, report }: { t: Strings; report: AssessmentReport }) {
  const { scored, blank, invalid, disputed } = rowCounts(report.table);
  const counts: [string, string, number][] = [
    [t.scored, "count-scored", scored],
    [t.blankRows, "count-blank", blank],
    [t.invalid, "count-invalid", invalid],
    ...(disputed > 0
      ? [[t.disputedRows, "count-disputed", disputed] as [string, string, number]]
      : []),
    [t.skipped, "count-skipped", report.validation.skipped.length],
  ];
  return (
    <dl className="counts">
      {counts.map(([label, id, value]) => (
        <div key={id}>
          <dt>{label}</dt>
          <dd data-testid={id}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The finding, round by round: rounds are never pooled, the headline is the latest. */
function Findings({ t, report }: { t: Strings; report: AssessmentReport }) {
  return (
    <>
      <Text as="p" className="finding">
        <strong>{t.finding}:</strong> {report.finding}
      </Text>
      {report.byRound
        .filter((r) => r !== report.headline)
        .map((r) => (
          <Text as="p" size={200} className="finding" key={r.round ?? ""}>
            {r.finding}
          </Text>
        ))}
    </>
  );
}

/** What the check found: counts, the finding, the problems; raters and evidence as children. */
export function CheckSection({
  t,
  lang,
  report,
  onSelect,
  children,
}: {
  t: Strings;
  lang: Language;
  report: AssessmentReport;
  onSelect: (address: string) => void;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby="check-heading" className="section">
      <h2 id="check-heading">{t.check}</h2>
      <Counts t={t} report={report} />
      <Findings t={t} report={report} />
      <ProblemList t={t} lang={lang} report={report} onSelect={onSelect} />
      <RowNotes t={t} lang={lang} report={report} onSelect={onSelect} />
      {children}
      {report.validation.duplicates.map((d) => (
        <Text as="p" key={d.rows.join()}>
          {d.message}
        </Text>
      ))}
    </section>
  );
}
