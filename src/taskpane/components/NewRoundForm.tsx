import { Button, Checkbox, Field, Input, Text } from "@fluentui/react-components";
import type { NewRoundStrings } from "../newRoundStrings";

export interface NewRoundFormProps {
  readonly t: NewRoundStrings;
  readonly label: string;
  readonly twoRaters: boolean;
  /** The button is on: LSGs read, a label given, nothing being written. */
  readonly enabled: boolean;
  /** A table with LSGs was read; else the form says to read one first. */
  readonly hasData: boolean;
  readonly onLabel: (label: string) => void;
  readonly onTwoRaters: (twoRaters: boolean) => void;
  readonly onPrepare: () => void;
}

/** The round's label, the second rater's columns, and the button that adds the sheet. */
export function NewRoundForm(props: NewRoundFormProps) {
  const { t, label, twoRaters, enabled, hasData, onLabel, onTwoRaters, onPrepare } = props;
  return (
    <>
      <Text as="p" size={200}>
        {t.help}
      </Text>
      <Field label={t.label}>
        <Input value={label} onChange={(_, data) => onLabel(data.value)} />
      </Field>
      <Checkbox
        label={t.twoRaters}
        checked={twoRaters}
        onChange={(_, data) => onTwoRaters(data.checked === true)}
      />
      <Button onClick={onPrepare} disabled={!enabled}>
        {t.button}
      </Button>
      {!hasData && (
        <Text as="p" size={200}>
          {t.needData}
        </Text>
      )}
    </>
  );
}
