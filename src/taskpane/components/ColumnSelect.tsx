import { Field, Select } from "@fluentui/react-components";
import type { HeaderCell } from "../../sheets";

/** A column as its option reads: "E — Documents (0-3)", the header on one line. */
function optionText(h: HeaderCell | undefined): string {
  return h ? `${h.letter} — ${h.text.replace(/\s+/g, " ")}` : "";
}

export interface ColumnSelectProps {
  readonly label: string;
  readonly required: boolean;
  /** The chosen column's letter, or "" for none. */
  readonly value: string;
  readonly headers: readonly HeaderCell[];
  /** The text of the "no column" option. */
  readonly none: string;
  /** The id of the element that says what the choice is for. */
  readonly describedBy: string;
  readonly onChange: (letter: string) => void;
}

/** One field's column: none, or any column with a header. */
export function ColumnSelect(props: ColumnSelectProps) {
  const { label, required, value, headers, none, describedBy, onChange } = props;
  return (
    <Field label={label} required={required} size="small">
      <Select
        value={value}
        onChange={(_, data) => onChange(data.value)}
        aria-describedby={describedBy}
        // A narrow pane cuts a long header short: the whole of it shows on hover.
        title={optionText(headers.find((h) => h.letter === value))}
      >
        <option value="">{none}</option>
        {headers
          .filter((h) => h.text !== "")
          .map((h) => (
            <option key={h.letter} value={h.letter}>
              {optionText(h)}
            </option>
          ))}
      </Select>
    </Field>
  );
}
