/**
 * A value as it must be written so Excel stores it as typed by us: text that starts like a formula
 * (=, +, -, @) gets a leading apostrophe, so names from users' cells are never evaluated.
 */
export function asLiteral(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

export { columnLetter } from "../sheets";
