import { Field, Select } from "@fluentui/react-components";
import { isLanguage, LANGUAGES, type Language } from "../../rubric";
import { LANGUAGE_NAMES } from "../strings";

export interface LanguagePickerProps {
  readonly label: string;
  readonly lang: Language;
  readonly onChange: (lang: Language) => void;
}

/** The language switch at the top of the pane and of the Score a file page. */
export function LanguagePicker({ label, lang, onChange }: LanguagePickerProps) {
  return (
    <Field label={label} size="small" orientation="horizontal">
      <Select value={lang} onChange={(_, d) => isLanguage(d.value) && onChange(d.value)}>
        {LANGUAGES.map((option) => (
          <option key={option} value={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
