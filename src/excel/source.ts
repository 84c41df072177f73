/* global Excel */
import { parseAreaAddress, type CellArea, type CellGrid, type CellValue } from "../sheets";
import type { Capabilities } from "./capabilities";
import { measuredBytesPerCell, rowsPerRead } from "./payload";
import type { ExcelRun } from "./run";
import { parseState, STATE_KEY, type StoredState } from "./state";

/** Where the LSG rows were read from: the table under the selection, the selection, or the used range. */
export type SourceKind = "table" | "selection" | "usedRange";

export interface SourceData {
  readonly kind: SourceKind;
  readonly sheetName: string;
  readonly sheetId: string;
  readonly tableName: string | null;
  /** Sheet-qualified address, e.g. "Data!A1:H41". */
  readonly address: string;
  readonly grid: CellGrid;
  readonly state: StoredState | null;
  /** Other sheets' names, to avoid a clash when the summary sheet is created. */
  readonly sheetNames: readonly string[];
  /** The Reconcile sheet's cells (header first), where two raters agree scores; null if none. */
  readonly reconcile: readonly (readonly CellValue[])[] | null;
}

interface Box {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  address: string;
}

function box(range: Excel.Range): Box {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
    address: range.address,
  };
}

function plain(value: unknown): CellValue {
  // Office.js gives blank cells as "" and errors as their code ("#N/A"); the rubric reads both.
  if (value === "" || value === undefined) return null;
  return value as CellValue;
}

/**
 * Reads a range's values in row blocks sized to stay under the payload limit: the first block with
 * a cautious guess of bytes per cell, later ones sized from what the first actually weighed.
 * Whatever else the caller queued is sent with the first block.
 */
async function readGrid(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Box,
  capabilities: Capabilities
): Promise<CellGrid> {
  let perRead = rowsPerRead(area.columnCount);
  const values: CellValue[][] = [];
  let merged: Excel.RangeAreas | null = null;
  for (let start = 0, count = 0; start < area.rowCount; start += count) {
    count = Math.min(perRead, area.rowCount - start);
    const block = sheet.getRangeByIndexes(
      area.rowIndex + start,
      area.columnIndex,
      count,
      area.columnCount
    );
    block.load("values");
    if (start === 0 && capabilities.mergedAreas) {
      const whole = sheet.getRangeByIndexes(
        area.rowIndex,
        area.columnIndex,
        area.rowCount,
        area.columnCount
      );
      merged = whole.getMergedAreasOrNullObject();
      merged.load("address");
    }
    // One round trip per block is the point: each stays under Excel on the web's payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const line of block.values) values.push(line.map(plain));
    if (start === 0) perRead = rowsPerRead(area.columnCount, measuredBytesPerCell(block.values));
  }

  const merges: CellArea[] = [];
  if (merged && !merged.isNullObject) {
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
  }
  return { values, firstRow: area.rowIndex + 1, firstColumn: area.columnIndex, merges };
}

/**
 * Reads the source of LSG rows: the first round trip finds it (and the add-in's saved state), the
 * next reads its values, in as few requests as Excel on the web's payload limit allows. Returns
 * null when the sheet is empty.
 */
export async function readSource(
  run: ExcelRun,
  capabilities: Capabilities
): Promise<SourceData | null> {
  return run(async (context) => {
    const workbook = context.workbook;
    const sheet = workbook.worksheets.getActiveWorksheet();
    sheet.load("name,id");
    const sheets = workbook.worksheets;
    sheets.load("items/name,items/id");
    const selection = workbook.getSelectedRange();
    selection.load("address,rowIndex,columnIndex,rowCount,columnCount");
    const tables = capabilities.tablesUnderSelection ? selection.getTables(false) : null;
    tables?.load("items/name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    const setting = workbook.settings.getItemOrNullObject(STATE_KEY);
    setting.load("value");
    await context.sync();

    const state = setting.isNullObject ? null : parseState(setting.value);
    let kind: SourceKind;
    let area: Box;
    let tableName: string | null = null;
    if (tables && tables.items.length > 0) {
      const table = tables.items[0];
      tableName = table.name;
      const range = table.getRange();
      range.load("address,rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      kind = "table";
      area = box(range);
    } else if (selection.rowCount * selection.columnCount > 1) {
      kind = "selection";
      area = box(selection);
    } else if (!used.isNullObject) {
      kind = "usedRange";
      area = box(used);
    } else {
      return null;
    }

    // The Reconcile sheet, if the add-in made one, read with the first block.
    const reconcileSheet = sheets.items.find((s) => s.id === state?.reconcileSheetId);
    const reconcileRange = reconcileSheet ? reconcileSheet.getUsedRangeOrNullObject(true) : null;
    reconcileRange?.load("values");
    const grid = await readGrid(context, sheet, area, capabilities);
    return {
      kind,
      sheetName: sheet.name,
      sheetId: sheet.id,
      tableName,
      address: area.address,
      grid,
      state,
      sheetNames: sheets.items.map((s) => s.name),
      reconcile:
        reconcileRange && !reconcileRange.isNullObject
          ? reconcileRange.values.map((line) => line.map(plain))
          : null,
    };
  });
}

/** Another sheet's used range, e.g. a second rater's scores; null when the sheet is empty. */
export async function readSheetGrid(
  run: ExcelRun,
  capabilities: Capabilities,
  sheetName: string
): Promise<CellGrid | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return null;
    return readGrid(context, sheet, box(used), capabilities);
  });
}
