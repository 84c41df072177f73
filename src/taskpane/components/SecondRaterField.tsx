import { Field, Select } from "@fluentui/react-components";
import type { Strings } from "../strings";

/** Which sheet holds a second rater's scores; "none" undoes the choice. */
export function SecondRaterField({
  t,
  sheets,
  current,
  onChoose,
}: {
  t: Strings;
  /** Candidate data sheets: not the one read, not the add-in's own. */
  sheets: readonly string[];
  current: string | null;
  onChoose: (name: string | null) => void;
}) {
  return (
    <Field label={t.secondRater} size="small">
      <Select value={current ?? ""} onChange={(_, data) => onChoose(data.value || null)}>
        <option value="">{t.none}</option>
        {sheets.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
