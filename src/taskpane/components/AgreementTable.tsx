import { Text } from "@fluentui/react-components";
import {
  agreementTable,
  agreedKey,
  formatDecimal,
  formatPercent,
  type ReportTable,
} from "../../report";
import type { Language, Method } from "../../rubric";
import type { Strings } from "../strings";
import type { Raters } from "../state/useAnalysis";

function shown(value: string | number | null, format: string | undefined, lang: Language): string {
  if (value === null) return "–";
  if (typeof value === "number" && format === "share") return formatPercent(value, lang);
  if (typeof value === "number" && format === "decimal") return formatDecimal(value, lang, 2);
  return String(value);
}

/** Disagreements the raters have not yet settled with an agreed score. */
function openDisagreements({ comparison, agreed }: Raters): number {
  return comparison.disagreements.filter(
    (d) => !agreed.has(agreedKey(d.lsg, d.district, d.round, d.indicator))
  ).length;
}

/** The agreement statistics as an HTML table, one row per indicator and one for the category. */
function AgreementGrid({ table, lang }: { table: ReportTable; lang: Language }) {
  return (
    // The explicit roles keep the table a table for screen readers when a narrow pane lays each
    // row out as a card (taskpane.html); data-label names each value there.
    <table className="agreement" role="table">
      <caption>{table.title}</caption>
      <thead>
        <tr role="row">
          {table.header.map((h) => (
            <th key={h} scope="col" role="columnheader">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={String(row[0])} role="row">
            {row.map((cell, i) => (
              <td key={i} role="cell" data-label={table.header[i]}>
                {shown(cell, table.formats[i], lang)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Two raters' agreement per indicator and for the category, and how many disagreements remain. */
export function AgreementTable({
  t,
  lang,
  method,
  raters,
}: {
  t: Strings;
  lang: Language;
  method: Method;
  raters: Raters;
}) {
  const { comparison } = raters;
  return (
    <div data-testid="agreement">
      <AgreementGrid table={agreementTable(comparison, method, lang)} lang={lang} />
      <Text as="p" size={200} data-testid="kappa-help">
        {t.kappaHelp}
      </Text>
      <Text as="p" size={200} data-testid="disagreements">
        {t.disagreements(comparison.disagreements.length, openDisagreements(raters))}
      </Text>
    </div>
  );
}
