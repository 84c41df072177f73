import type { CellGrid, CellValue } from "./cells";

/**
 * The grid's values with every merged area filled with its top-left value, as a reader sees it:
 * a header merged over three columns names all three; an oblast merged down names every row.
 */
export function fillMerged(grid: CellGrid): CellValue[][] {
  const values = grid.values.map((row) => [...row]);
  for (const area of grid.merges ?? []) {
    const master = values[area.top]?.[area.left] ?? null;
    for (let r = area.top; r <= area.bottom && r < values.length; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        values[r][c] = master;
      }
    }
  }
  return values;
}
