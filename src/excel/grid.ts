/* global Excel */
import { parseAreaAddress, type CellArea, type CellGrid, type CellValue } from "../sheets";
import type { Capabilities } from "./capabilities";
import { excelProblem } from "./errors";
import { measuredBytesPerCell, rowsPerRead } from "./payload";

/** A rectangle of a sheet by 0-based indexes, as Range.rowIndex and friends give it. */
export interface Box {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export function box(range: Excel.Range): Box {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/** The cells two boxes share; null when they do not overlap. */
export function intersection(a: Box, b: Box): Box | null {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  if (bottom <= top || right <= left) return null;
  return { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left };
}

export function plain(value: unknown): CellValue {
  // Office.js gives blank cells as "" and errors as their code ("#N/A"); the rubric reads both.
  if (value === "" || value === undefined) return null;
  return value as CellValue;
}

export interface ReadGrid {
  readonly grid: CellGrid;
  /** Sheet-qualified address of the whole area, e.g. "Data!A1:H41". */
  readonly address: string;
  /** False when Excel could not list the merged cells (more than 512 merged areas). */
  readonly mergesRead: boolean;
}

/**
 * Reads a range's values in row blocks sized to stay under the payload limit: the first block with
 * a cautious guess of bytes per cell, later ones sized from what the first actually weighed.
 * Whatever else the caller queued is sent with the first block. The merged cells are asked for in
 * a round trip of their own: Excel fails getMergedAreasOrNullObject on a range with more than 512
 * merged areas (learn.microsoft.com: Excel.Range), and the values must not be lost with it.
 */
export async function readGrid(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Box,
  capabilities: Capabilities
): Promise<ReadGrid> {
  const whole = sheet.getRangeByIndexes(
    area.rowIndex,
    area.columnIndex,
    area.rowCount,
    area.columnCount
  );
  whole.load("address");
  let perRead = rowsPerRead(area.columnCount);
  const values: CellValue[][] = [];
  for (let start = 0, count = 0; start < area.rowCount; start += count) {
    count = Math.min(perRead, area.rowCount - start);
    const block = sheet.getRangeByIndexes(
      area.rowIndex + start,
      area.columnIndex,
      count,
      area.columnCount
    );
    block.load("values");
    // One round trip per block is the point: each stays under Excel on the web's payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const line of block.values) values.push(line.map(plain));
    if (start === 0) perRead = rowsPerRead(area.columnCount, measuredBytesPerCell(block.values));
  }
  const merged = capabilities.mergedAreas ? await readMerges(context, whole, area) : [];
  return {
    grid: {
      values,
      firstRow: area.rowIndex + 1,
      firstColumn: area.columnIndex,
      merges: merged ?? [],
    },
    address: whole.address,
    mergesRead: merged !== null,
  };
}

/** The merged areas, relative to the area; null when Excel refused to list them. */
async function readMerges(
  context: Excel.RequestContext,
  whole: Excel.Range,
  area: Box
): Promise<CellArea[] | null> {
  const merged = whole.getMergedAreasOrNullObject();
  merged.load("address");
  try {
    await context.sync();
  } catch (error) {
    // Microsoft names no error code for the 512-area limit; a failure we can name (the sheet
    // deleted, a cell being edited…) is not that, and is the caller's to report.
    if (excelProblem(error) !== null) throw error;
    return null;
  }
  if (merged.isNullObject) return [];
  const merges: CellArea[] = [];
  for (const part of merged.address.split(",")) {
    const a = parseAreaAddress(part);
    if (a) {
      merges.push({
        top: a.top - area.rowIndex,
        left: a.left - area.columnIndex,
        bottom: a.bottom - area.rowIndex,
        right: a.right - area.columnIndex,
      });
    }
  }
  return merges;
}
