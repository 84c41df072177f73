import { cellText, isBlank, type CellValue } from "./cells";
import type { FieldId } from "./fields";
import { matchColumns, type ColumnChoice, type MappingResult } from "./headers";

/** Users' tables start with titles, notes and blank lines; the header is looked for this far down. */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderLocation {
  /** Grid row indices of the header: one row, or a group row and the row below it. */
  readonly rows: readonly number[];
  /** The header text of each column, both rows joined. */
  readonly texts: readonly string[];
  readonly result: MappingResult;
}

function combine(top: string, bottom: string): string {
  if (top === bottom || bottom === "") return top;
  if (top === "") return bottom;
  return `${top} ${bottom}`;
}

function score(result: MappingResult): number {
  const found = Object.values(result.mapping.fields).reduce(
    (sum, match) => sum + (match?.confidence ?? 0),
    0
  );
  return (3 - result.missing.length - result.ambiguous.length) * 10 + found;
}

/**
 * Finds the header in the first rows of a table: the single row, or pair of rows (a group row such
 * as "Индикаторы" above "Документы / Механизм / Бюджет"), whose texts name the most fields most surely.
 * Values must already have merged areas filled. A pair wins only if it does strictly better.
 */
export function detectHeader(
  values: readonly (readonly CellValue[])[],
  firstColumn: number,
  choices: Partial<Record<FieldId, ColumnChoice>> = {},
  forcedRow?: number
): HeaderLocation | undefined {
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  const textsOf = (r: number) => Array.from({ length: width }, (_, c) => cellText(values[r]?.[c]));
  const candidates: HeaderLocation[] = [];
  const consider = (rows: number[], texts: string[]) =>
    candidates.push({ rows, texts, result: matchColumns(texts, firstColumn, choices) });

  if (forcedRow !== undefined) {
    if (forcedRow < 0 || forcedRow >= values.length) return undefined;
    consider([forcedRow], textsOf(forcedRow));
    return candidates[0];
  }
  const last = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let r = 0; r < last; r++) {
    if (values[r].every(isBlank)) continue;
    const top = textsOf(r);
    consider([r], top);
    const below = values[r + 1];
    // A row with numbers in it is data, not the second line of a header.
    if (
      r + 1 < values.length &&
      !below.every(isBlank) &&
      !below.some((v) => typeof v === "number")
    ) {
      const bottom = textsOf(r + 1);
      consider(
        [r, r + 1],
        top.map((t, c) => combine(t, bottom[c]))
      );
    }
  }
  let best: HeaderLocation | undefined;
  for (const candidate of candidates) {
    if (!best || score(candidate.result) > score(best.result)) best = candidate;
  }
  return best;
}
