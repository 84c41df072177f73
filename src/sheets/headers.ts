import { columnIndex, columnLetter } from "./cells";
import { FIELDS, type FieldId, type FieldSpec } from "./fields";
import { MappingError } from "./mappingError";

// MappingError words what matching found; it lives in its own file and is exported from here too.
export { MappingError };

/** Case, punctuation, line breaks, ё/е and "а/о" vs "АО" do not change what a header means. */
export function normalizeHeader(text: string): string {
  // Empty cells are most of a wide header row (a stray cell in column XFD makes 16,384 of them).
  if (text === "") return "";
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/(^|[^\p{L}])а\s*\/\s*о(?=$|[^\p{L}])/gu, "$1ао")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface ColumnMatch {
  readonly field: FieldId;
  /** Index into the grid's rows. */
  readonly column: number;
  /** The header as the user wrote it. */
  readonly header: string;
  /** 1 for an exact name or an explicit choice, less for a name found inside a longer header. */
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

/** One column chosen for several fields (e.g. `--map documents=E,mechanism=E,budget=E`). */
export interface SharedColumn {
  readonly header: HeaderCell;
  readonly fields: readonly FieldId[];
}

/** A column chosen by the user (`--map`, the pane) that the table does not have. */
export interface UnresolvedChoice {
  readonly field: FieldId;
  readonly choice: string;
}

function containsPhrase(tokens: readonly string[], phrase: string): boolean {
  const words = phrase.split(" ");
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((word, k) => tokens[i + k] === word)) return true;
  }
  return false;
}

function hasStem(tokens: readonly string[], stems: readonly string[]): boolean {
  return stems.some((stem) => tokens.some((token) => token.startsWith(stem)));
}

/** How surely a header names a field: 1 exact, 0.9 a whole phrase inside it, 0.7 a word stem, else 0. */
export function headerConfidence(header: string, spec: FieldSpec): number {
  const normalized = normalizeHeader(header);
  if (normalized === "") return 0;
  const tokens = normalized.split(" ");
  if (spec.requires && !hasStem(tokens, spec.requires)) return 0;
  if (spec.excludes && hasStem(tokens, spec.excludes) && !spec.exact.includes(normalized)) return 0;
  if (spec.exact.includes(normalized)) return 1;
  if (spec.phrases.some((phrase) => containsPhrase(tokens, phrase))) return 0.9;
  // A stem with a required word (a note about an indicator) is surer than a bare stem (a general note).
  if (hasStem(tokens, spec.stems)) return spec.requires ? 0.8 : 0.7;
  return 0;
}

/** A user's explicit choice of column for a field: a column letter ("D") or a header text. */
export type ColumnChoice = string;

export interface MappingResult {
  readonly mapping: ColumnMapping;
  readonly missing: readonly FieldId[];
  readonly ambiguous: readonly AmbiguousField[];
  readonly unresolved: readonly UnresolvedChoice[];
  readonly shared: readonly SharedColumn[];
}

/** Whether the table can be read with this mapping: nothing missing, ambiguous or chosen twice. */
export function isComplete(result: MappingResult): boolean {
  return (
    result.missing.length === 0 &&
    result.ambiguous.length === 0 &&
    result.unresolved.length === 0 &&
    result.shared.length === 0
  );
}

/** The mapping's problems as an error to throw. */
export function mappingError(result: MappingResult): MappingError {
  return new MappingError(
    result.missing,
    result.ambiguous,
    result.mapping.headers,
    result.unresolved,
    result.shared
  );
}

/**
 * Columns chosen for more than one field. A column holds one thing: read for three indicators,
 * one cell would be scored three times (2 becomes 2/2/2 = 6) with nothing to show it.
 */
export function sharedColumns(
  chosen: readonly { readonly field: FieldId; readonly header: HeaderCell }[]
): SharedColumn[] {
  const byColumn = new Map<number, SharedColumn>();
  for (const { field, header } of chosen) {
    const entry = byColumn.get(header.column);
    byColumn.set(header.column, { header, fields: [...(entry?.fields ?? []), field] });
  }
  return [...byColumn.values()].filter((entry) => entry.fields.length > 1);
}

function resolveChoice(
  choice: ColumnChoice,
  headers: readonly HeaderCell[],
  firstColumn: number
): HeaderCell | undefined {
  const asLetter = /^[A-Za-z]{1,3}$/.test(choice.trim()) ? columnIndex(choice) : undefined;
  if (asLetter !== undefined) {
    const byLetter = headers.find((h) => h.column === asLetter - firstColumn);
    if (byLetter) return byLetter;
  }
  const wanted = normalizeHeader(choice);
  const exact = headers.filter((h) => normalizeHeader(h.text) === wanted);
  if (exact.length === 1) return exact[0];
  const partial = headers.filter((h) => wanted !== "" && normalizeHeader(h.text).includes(wanted));
  return partial.length === 1 ? partial[0] : undefined;
}

/**
 * Finds each field's column from the header texts of a table, without throwing: what is missing
 * or ambiguous is reported. Explicit choices override detection.
 */
export function matchColumns(
  headerTexts: readonly string[],
  firstColumn = 0,
  choices: Partial<Record<FieldId, ColumnChoice>> = {}
): MappingResult {
  const headers: HeaderCell[] = headerTexts.map((text, column) => ({
    column,
    letter: columnLetter(firstColumn + column),
    text: text.trim(),
  }));
  const chosen = applyChoices(choices, headers, firstColumn);
  const { missing, ambiguous } = detectFields(chosen, headers);
  return {
    mapping: { fields: chosen.fields, headers },
    missing,
    ambiguous,
    unresolved: chosen.unresolved,
    shared: sharedColumns(chosen.chosen),
  };
}

/** The fields the user's explicit choices settled; detection then fills in `fields`. */
interface Chosen {
  readonly fields: Partial<Record<FieldId, ColumnMatch>>;
  readonly unresolved: UnresolvedChoice[];
  /** Fields chosen as "" : this table has no such column, and the field is not detected either. */
  readonly declined: Set<FieldId>;
  /** Detection leaves these columns alone. */
  readonly chosen: { field: FieldId; header: HeaderCell }[];
}

function applyChoices(
  choices: Partial<Record<FieldId, ColumnChoice>>,
  headers: readonly HeaderCell[],
  firstColumn: number
): Chosen {
  const result: Chosen = { fields: {}, unresolved: [], declined: new Set(), chosen: [] };
  for (const [field, choice] of Object.entries(choices) as [FieldId, ColumnChoice][]) {
    if (choice.trim() === "") {
      result.declined.add(field);
      continue;
    }
    const header = resolveChoice(choice, headers, firstColumn);
    if (!header) {
      result.unresolved.push({ field, choice });
      continue;
    }
    result.fields[field] = { field, column: header.column, header: header.text, confidence: 1 };
    result.chosen.push({ field, header });
  }
  return result;
}

/**
 * Each field not chosen gets its best detected column, into `chosen.fields`; a required field with
 * no candidate is missing, one with several equally good candidates ambiguous.
 */
function detectFields(
  chosen: Chosen,
  headers: readonly HeaderCell[]
): { missing: FieldId[]; ambiguous: AmbiguousField[] } {
  const { fields } = chosen;
  const candidates = candidatesByField(chosen, headers);
  const missing: FieldId[] = [];
  const ambiguous: AmbiguousField[] = [];
  for (const spec of FIELDS) {
    if (fields[spec.id]) continue;
    // A declined field has no candidates: it is missing if the method needs it.
    const matches = candidates.get(spec.id) ?? [];
    if (matches.length === 0) {
      if (spec.required) missing.push(spec.id);
      continue;
    }
    const top = Math.max(...matches.map((m) => m.confidence));
    const best = matches.filter((m) => m.confidence === top);
    if (best.length > 1 && spec.required) {
      ambiguous.push({ field: spec.id, candidates: best.map((m) => headers[m.column]) });
      continue;
    }
    // For optional fields the leftmost of equally good columns wins (e.g. two "Примечание").
    fields[spec.id] = best[0];
  }
  return { missing, ambiguous };
}

/** Each column not chosen is a candidate for the one open field its header names most surely. */
function candidatesByField(
  chosen: Chosen,
  headers: readonly HeaderCell[]
): Map<FieldId, ColumnMatch[]> {
  const candidates = new Map<FieldId, ColumnMatch[]>();
  const taken = new Set(chosen.chosen.map((c) => c.header.column));
  for (const header of headers) {
    if (taken.has(header.column)) continue;
    let best: ColumnMatch | undefined;
    for (const spec of FIELDS) {
      if (chosen.fields[spec.id] || chosen.declined.has(spec.id)) continue;
      const confidence = headerConfidence(header.text, spec);
      if (confidence > 0 && (!best || confidence > best.confidence)) {
        best = { field: spec.id, column: header.column, header: header.text, confidence };
      }
    }
    if (best) {
      const list = candidates.get(best.field);
      if (list) list.push(best);
      else candidates.set(best.field, [best]);
    }
  }
  return candidates;
}

/** Like matchColumns, but a missing or ambiguous required field is a MappingError. */
export function mapColumns(
  headerTexts: readonly string[],
  firstColumn = 0,
  choices: Partial<Record<FieldId, ColumnChoice>> = {}
): ColumnMapping {
  const result = matchColumns(headerTexts, firstColumn, choices);
  if (!isComplete(result)) throw mappingError(result);
  return result.mapping;
}
