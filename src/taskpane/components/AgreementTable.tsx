import { Text } from "@fluentui/react-components";
import { agreementTable, agreedKey, formatDecimal, formatPercent } from "../../report";
import type { Language } from "../../rubric";
import type { Scorecard } from "../useScorecard";
import type { Strings } from "../strings";

function shown(value: string | number | null, format: string | undefined, lang: Language): string {
  if (value === null) return "–";
  if (typeof value === "number" && format === "share") return formatPercent(value, lang);
  if (typeof value === "number" && format === "decimal") return formatDecimal(value, lang, 2);
  return String(value);
}

/** Two raters' agreement per indicator and for the category, and how many disagreements remain. */
export function AgreementTable({ scorecard, t }: { scorecard: Scorecard; t: Strings }) {
  const { analysis, lang, method } = scorecard;
  if (!analysis || !("report" in analysis) || !analysis.raters) return null;
  const { comparison, agreed } = analysis.raters;
  const table = agreementTable(comparison, method, lang);
  const open = comparison.disagreements.filter(
    (d) => !agreed.has(agreedKey(d.lsg, d.district, d.round, d.indicator))
  ).length;
  return (
    <div data-testid="agreement">
      <table className="agreement">
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((cell, i) => (
                <td key={i}>{shown(cell, table.formats[i], lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Text as="p" size={200} data-testid="disagreements">
        {t.disagreements(comparison.disagreements.length, open)}
      </Text>
    </div>
  );
}
