import { cellText, type CellGrid, type CellValue } from "./cells";
import { HEADER_SEARCH_ROWS } from "./headerDetection";

// Two raters side by side: "Документы (оценщик 1)" … "Документы (оценщик 2)". The rater word is
// required, so an "Индикатор 1" header is never taken for a rater.
const RATER_WORDS = "оценщик|эксперт|баалоочу|rater|assessor|expert|reviewer";
const MARKER = new RegExp(
  `[\\s(\\[,;–-]*(?:(?:${RATER_WORDS})\\s*(?:№\\s*)?([12])|([12])\\s*-?\\s*(?:${RATER_WORDS}))[\\s)\\]]*`,
  "iu"
);

export interface RaterGrids {
  /** The first and second rater's view of the table: the other rater's columns blanked, cells in place. */
  readonly grids: readonly [CellGrid, CellGrid];
  readonly raters: readonly [string, string];
}

function raterOf(text: string): { rater: 1 | 2; rest: string; marker: string } | null {
  const match = MARKER.exec(text);
  if (!match) return null;
  const rater = Number(match[1] ?? match[2]) as 1 | 2;
  return {
    rater,
    rest: (text.slice(0, match.index) + text.slice(match.index + match[0].length)).trim(),
    marker: match[0].replace(/[\s()[\],;–-]+/g, " ").trim(),
  };
}

/**
 * Splits a table whose score columns come in pairs, one per rater, into two tables of the same
 * shape. Null unless both raters have columns. Shared columns (LSG, district…) stay in both.
 */
export function splitRaterColumns(grid: CellGrid): RaterGrids | null {
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  const owner = new Map<number, 1 | 2>();
  const names: Partial<Record<1 | 2, string>> = {};
  for (let r = 0; r < rows; r++) {
    grid.values[r].forEach((value, c) => {
      const found = raterOf(cellText(value));
      if (!found) return;
      owner.set(c, found.rater);
      names[found.rater] ??= found.marker;
    });
  }
  const counts = [1, 2].map((n) => [...owner.values()].filter((o) => o === n).length);
  if (counts[0] === 0 || counts[1] === 0) return null;
  const view = (rater: 1 | 2): CellGrid => ({
    ...grid,
    values: grid.values.map((line, r) =>
      line.map((value, c): CellValue => {
        const own = owner.get(c);
        if (own === undefined) return value;
        if (own !== rater) return null;
        // The header loses its rater marker, so "Документы (оценщик 1)" maps as "Документы".
        return r < rows && raterOf(cellText(value)) ? raterOf(cellText(value))!.rest : value;
      })
    ),
  });
  return { grids: [view(1), view(2)], raters: [names[1] ?? "1", names[2] ?? "2"] };
}
