import { Text } from "@fluentui/react-components";
import { fieldName } from "../../report";
import type { Language } from "../../rubric";
import { fieldSpec, type ColumnChoice, type FieldId, type HeaderCell } from "../../sheets";
import type { Strings } from "../strings";
import type { Analysis } from "../state/useAnalysis";
import type { Choices } from "../state/useSource";
import { ColumnSelect } from "./ColumnSelect";
import { MappingProblems } from "./MappingProblems";

// The columns the pane shows, each editable: scores, the LSG's identity and round, then the
// evidence (note) columns the evidence check reads and the rater column that pairs two raters.
const FIELDS: readonly FieldId[] = [
  "documents",
  "mechanism",
  "budget",
  "lsg",
  "district",
  "oblast",
  "round",
  "documentsNote",
  "mechanismNote",
  "budgetNote",
  "rater",
];

export interface MappingSectionProps {
  readonly t: Strings;
  readonly lang: Language;
  readonly analysis: Analysis | null;
  readonly choices: Choices;
  readonly onChoice: (field: FieldId, column: ColumnChoice) => void;
}

export function MappingSection({ t, lang, analysis, choices, onChoice }: MappingSectionProps) {
  if (!analysis) return null;
  const mapping = "report" in analysis ? analysis.report.source.mapping : null;
  const headers: readonly HeaderCell[] =
    "report" in analysis ? analysis.report.source.mapping.headers : analysis.mappingError.headers;
  const error = "mappingError" in analysis ? analysis.mappingError : null;
  const current = (field: FieldId): string => {
    if (choices[field] !== undefined) return choices[field]!;
    const match = mapping?.fields[field];
    return match ? headers[match.column].letter : "";
  };
  return (
    <section aria-labelledby="columns-heading" className="section">
      <h2 id="columns-heading">{t.columns}</h2>
      <Text as="p" size={200}>
        {t.columnsHelp}
      </Text>
      {error && <MappingProblems t={t} lang={lang} error={error} />}
      <div className="mapping-grid">
        {FIELDS.map((field) => (
          <ColumnSelect
            key={field}
            label={fieldName(field, lang)}
            required={fieldSpec(field).required}
            value={current(field)}
            headers={headers}
            none={t.none}
            describedBy="columns-heading"
            onChange={(column) => onChoice(field, column)}
          />
        ))}
      </div>
    </section>
  );
}
