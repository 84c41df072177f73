import { Field, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { describeMappingError, fieldName } from "../../report";
import type { Language } from "../../rubric";
import { fieldSpec, type ColumnChoice, type FieldId, type HeaderCell } from "../../sheets";
import type { Strings } from "../strings";
import type { Analysis } from "../state/useAnalysis";
import type { Choices } from "../state/useSource";

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

/** A column as its option reads: "E — Documents (0-3)", the header on one line. */
function optionText(h: HeaderCell | undefined): string {
  return h ? `${h.letter} — ${h.text.replace(/\s+/g, " ")}` : "";
}

export function MappingSection({ t, lang, analysis, choices, onChoice }: MappingSectionProps) {
  if (!analysis) return null;
  const mapping = "report" in analysis ? analysis.report.source.mapping : null;
  const headers: readonly HeaderCell[] =
    "report" in analysis ? analysis.report.source.mapping.headers : analysis.mappingError.headers;
  // A column chosen for several fields stops the run (sheets' matchColumns): said in the
  // user's language here, since the error's own message is the command line's English.
  const error = "mappingError" in analysis ? analysis.mappingError : null;
  const shared = error?.shared ?? [];
  const onlyShared =
    shared.length > 0 &&
    error!.missing.length === 0 &&
    error!.ambiguous.length === 0 &&
    error!.unresolved.length === 0;
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
      {shared.map(({ header, fields }) => (
        <MessageBar key={header.letter} intent="error">
          <MessageBarBody>
            {t.sharedColumn(header.letter, fields.map((f) => fieldName(f, lang)).join(", "))}
          </MessageBarBody>
        </MessageBar>
      ))}
      {error && !onlyShared && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.mappingProblem} {describeMappingError(error, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className="mapping-grid">
        {FIELDS.map((field) => (
          <Field
            key={field}
            label={fieldName(field, lang)}
            required={fieldSpec(field).required}
            size="small"
          >
            <Select
              value={current(field)}
              onChange={(_, data) => onChoice(field, data.value)}
              aria-describedby="columns-heading"
              // A narrow pane cuts a long header short: the whole of it shows on hover.
              title={optionText(headers.find((h) => h.letter === current(field)))}
            >
              <option value="">{t.none}</option>
              {headers
                .filter((h) => h.text !== "")
                .map((h) => (
                  <option key={h.letter} value={h.letter}>
                    {optionText(h)}
                  </option>
                ))}
            </Select>
          </Field>
        ))}
      </div>
    </section>
  );
}
