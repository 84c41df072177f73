/**
 * A value as it must be written so Excel stores it as typed by us: text that starts like a formula
 * (=, +, -, @) gets a leading apostrophe, so names from users' cells are never evaluated.
 */
export function asLiteral(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

export function columnLetter(index: number): string {
  let text = "";
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    text = String.fromCharCode(65 + rem) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}
