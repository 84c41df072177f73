import { Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { OutputMode } from "../../report";
import type { Strings } from "../strings";

/** Values or formulas; formulas greyed out, with the reason said, when they cannot be written. */
export function OutputModeChoice({
  t,
  labelledBy,
  mode,
  blockedBecause,
  onMode,
}: {
  t: Strings;
  /** The id of the heading that names the choice. */
  labelledBy: string;
  mode: OutputMode;
  /** Why formulas cannot be written, or null when they can. */
  blockedBecause: string | null;
  onMode: (mode: OutputMode) => void;
}) {
  return (
    <>
      <RadioGroup
        value={blockedBecause !== null ? "values" : mode}
        onChange={(_, data) => onMode(data.value as OutputMode)}
        aria-labelledby={labelledBy}
      >
        <Radio value="values" label={t.asValues} />
        <Radio value="formulas" label={t.asFormulas} disabled={blockedBecause !== null} />
      </RadioGroup>
      {blockedBecause !== null && (
        <Text as="p" size={200}>
          {blockedBecause}
        </Text>
      )}
    </>
  );
}
