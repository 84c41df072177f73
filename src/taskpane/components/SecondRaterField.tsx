import { Field, Select, type FieldProps } from "@fluentui/react-components";
import type { Strings } from "../strings";

/** Which sheet holds a second rater's scores; "none" undoes the choice. */
export function SecondRaterField({
  t,
  sheets,
  current,
  problem,
  onChoose,
}: {
  t: Strings;
  /** Candidate data sheets: not the one read, not the add-in's own. */
  sheets: readonly string[];
  current: string | null;
  /** The sheet chosen could not be used: "empty", or "refused" (cannot be paired). */
  problem: "empty" | "refused" | null;
  onChoose: (name: string | null) => void;
}) {
  // The message sits under the dropdown that caused it; "(none)" always undoes the choice.
  const message: FieldProps["validationMessage"] =
    current && problem === "empty"
      ? t.secondRaterEmpty(current)
      : current && problem === "refused"
        ? t.secondRaterUnusable(current)
        : undefined;
  return (
    <Field
      label={t.secondRater}
      size="small"
      validationMessage={message}
      validationState={message ? "warning" : "none"}
    >
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
