import { Field, ProgressBar } from "@fluentui/react-components";

/** The bar shown while Apply writes: filled as the chunks go, moving without a value before. */
export function ApplyProgress({ label, value }: { label: string; value: number | null }) {
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar value={value ?? undefined} aria-label={label} />
    </Field>
  );
}
