import type { MergedCover } from "../rubric";
import { cellAddress, type CellArea, type CellGrid, type CellValue } from "./cells";

/** A merged area that covers a cell other than its top-left one, where its value is kept. */
export interface MergeCover {
  readonly area: CellArea;
  /** The area's worksheet address, e.g. "E3:E4". */
  readonly address: string;
  /** The value of the area's top-left cell: Excel keeps only that one when cells are merged. */
  readonly master: CellValue;
}

function widthOf(values: CellGrid["values"]): number {
  let width = 0;
  for (const row of values) width = Math.max(width, row.length);
  return width;
}

/**
 * The grid's first rows with every merged area filled with its top-left value, as a reader sees a
 * header: "Индикаторы" merged over three columns names all three. Only the rows asked for are
 * copied (the header is looked for near the top), and areas are cut at the grid's width, so a
 * merge to column XFD costs nothing.
 */
export function fillMerged(grid: CellGrid, rowLimit = Infinity): CellValue[][] {
  const rows = Math.max(0, Math.min(rowLimit, grid.values.length));
  const values = grid.values.slice(0, rows).map((row) => [...row]);
  const width = widthOf(values);
  for (const area of grid.merges ?? []) {
    const master = grid.values[area.top]?.[area.left] ?? null;
    for (let r = Math.max(0, area.top); r <= area.bottom && r < rows; r++) {
      for (let c = area.left; c <= area.right && c < width; c++) {
        if (r === area.top && c === area.left) continue;
        values[r][c] = master;
      }
    }
  }
  return values;
}

/**
 * The merged areas of a grid by the grid rows they cover, so that reading a row costs the few
 * areas over it, and memory follows the merges, not the sheet.
 */
export function mergesByRow(grid: CellGrid): (row: number) => readonly MergeCover[] {
  const byRow = new Map<number, MergeCover[]>();
  const rows = grid.values.length;
  for (const area of grid.merges ?? []) {
    const top = cellAddress(grid.firstRow + area.top, grid.firstColumn + area.left);
    const bottom = cellAddress(grid.firstRow + area.bottom, grid.firstColumn + area.right);
    const cover: MergeCover = {
      area,
      address: `${top}:${bottom}`,
      master: grid.values[area.top]?.[area.left] ?? null,
    };
    for (let r = Math.max(0, area.top); r <= area.bottom && r < rows; r++) {
      const list = byRow.get(r);
      if (list) list.push(cover);
      else byRow.set(r, [cover]);
    }
  }
  return (row) => byRow.get(row) ?? [];
}

/** What a merged area gives a covered cell of a column: its value (a label) or nothing (a score). */
export type MergeRole = "label" | "score";

/**
 * A data row as the table means it. A covered cell of a label column (oblast, LSG, round…) below
 * the area's value takes it, as a reader sees one name across the rows it spans; a label is never
 * carried sideways into another field (a section title merged across the table is not an LSG, a
 * round, or a score), so beside the value the cell is blank. A covered cell of a score
 * column becomes a MergedCover, reported as a problem: Excel shows one value over the area, but
 * only its top-left cell was scored, so copying it would invent scores (2/2/2 = 6). Any other
 * covered cell (typed totals, evidence, notes) is blank: Excel keeps only the top-left value.
 * The row itself is returned, not a copy, when no merge covers it.
 */
export function rowWithMerges(
  row: readonly CellValue[],
  r: number,
  covers: readonly MergeCover[],
  roles: ReadonlyMap<number, MergeRole>
): readonly (CellValue | MergedCover)[] {
  if (covers.length === 0) return row;
  // Wide enough for the row's cells and every mapped column; areas beyond both change nothing.
  let width = row.length;
  for (const c of roles.keys()) width = Math.max(width, c + 1);
  const out: (CellValue | MergedCover)[] = Array.from({ length: width }, (_, c) => row[c] ?? null);
  for (const { area, address, master } of covers) {
    for (let c = area.left; c <= area.right && c < width; c++) {
      if (r === area.top && c === area.left) continue;
      const role = roles.get(c);
      if (role === "score") out[c] = { merged: address };
      else out[c] = role === "label" && c === area.left ? master : null;
    }
  }
  return out;
}
