import { cellText, columnLetter, type CellValue } from "./cells";
import { FIELDS, type FieldId, type FieldSpec } from "./fields";

/** Case, punctuation, line breaks and ё/е do not change what a header means. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/а\s*\/\s*о/g, "ао")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface ColumnMatch {
  readonly field: FieldId;
  /** Index into the grid's rows. */
  readonly column: number;
  /** The header as the user wrote it. */
  readonly header: string;
  /** 1 for an exact name, less for a name found inside a longer header. */
  readonly confidence: number;
}

export interface HeaderCell {
  readonly column: number;
  /** Column letter on the worksheet. */
  readonly letter: string;
  readonly text: string;
}

export interface ColumnMapping {
  readonly fields: Partial<Record<FieldId, ColumnMatch>>;
  readonly headers: readonly HeaderCell[];
}

export interface AmbiguousField {
  readonly field: FieldId;
  readonly candidates: readonly HeaderCell[];
}

/** The columns a table needs could not be told apart from its headers. */
export class MappingError extends Error {
  constructor(
    readonly missing: readonly FieldId[],
    readonly ambiguous: readonly AmbiguousField[],
    readonly headers: readonly HeaderCell[]
  ) {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`no column for ${missing.join(", ")}`);
    for (const a of ambiguous) {
      parts.push(
        `${a.field} could be any of ${a.candidates.map((c) => `${c.letter} "${c.text}"`).join(", ")}`
      );
    }
    const found = headers.filter((h) => h.text !== "").map((h) => `${h.letter} "${h.text}"`);
    super(`${parts.join("; ")}. Columns found: ${found.length > 0 ? found.join(", ") : "none"}.`);
    this.name = "MappingError";
  }
}

function containsPhrase(tokens: readonly string[], phrase: string): boolean {
  const words = phrase.split(" ");
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((word, k) => tokens[i + k] === word)) return true;
  }
  return false;
}

/** How surely a header names a field: 1 exact, 0.9 a whole phrase inside it, 0.7 a word stem, else 0. */
export function headerConfidence(header: string, spec: FieldSpec): number {
  const normalized = normalizeHeader(header);
  if (normalized === "") return 0;
  if (spec.exact.includes(normalized)) return 1;
  const tokens = normalized.split(" ");
  if (spec.phrases.some((phrase) => containsPhrase(tokens, phrase))) return 0.9;
  if (spec.stems.some((stem) => tokens.some((token) => token.startsWith(stem)))) return 0.7;
  return 0;
}

/**
 * Finds each field's column from one header row. A column goes to the field it names most surely;
 * a required field with no column, or with two equally sure columns, is a MappingError.
 */
export function mapColumns(headerRow: readonly CellValue[], firstColumn = 0): ColumnMapping {
  const headers: HeaderCell[] = headerRow.map((value, column) => ({
    column,
    letter: columnLetter(firstColumn + column),
    text: cellText(value),
  }));

  const candidates = new Map<FieldId, ColumnMatch[]>();
  for (const header of headers) {
    let best: ColumnMatch | undefined;
    for (const spec of FIELDS) {
      const confidence = headerConfidence(header.text, spec);
      if (confidence > 0 && (!best || confidence > best.confidence)) {
        best = { field: spec.id, column: header.column, header: header.text, confidence };
      }
    }
    if (best) candidates.set(best.field, [...(candidates.get(best.field) ?? []), best]);
  }

  const fields: Partial<Record<FieldId, ColumnMatch>> = {};
  const missing: FieldId[] = [];
  const ambiguous: AmbiguousField[] = [];
  for (const spec of FIELDS) {
    const matches = candidates.get(spec.id) ?? [];
    if (matches.length === 0) {
      if (spec.required) missing.push(spec.id);
      continue;
    }
    const top = Math.max(...matches.map((m) => m.confidence));
    const best = matches.filter((m) => m.confidence === top);
    if (best.length > 1) {
      if (spec.required)
        ambiguous.push({ field: spec.id, candidates: best.map((m) => headers[m.column]) });
      continue;
    }
    fields[spec.id] = best[0];
  }
  if (missing.length > 0 || ambiguous.length > 0)
    throw new MappingError(missing, ambiguous, headers);
  return { fields, headers };
}
