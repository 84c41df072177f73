/* global Excel */
import type { CellGrid } from "../sheets";
import type { Capabilities } from "./capabilities";
import { officeErrorCode } from "./errors";
import { box, intersection, plain, readGrid, type Box } from "./grid";
import type { ExcelRun } from "./run";
import { parseState, STATE_KEY } from "./state";

import type { SourceData, SourceKind, SourceWarning } from "../host/contract";

// The source's shape is part of the host contract, which the pane reads without Office.
export type { SourceData, SourceKind, SourceWarning } from "../host/contract";

/** The first round trip's questions: where the user is, what is there, what the add-in saved. */
function queueFind(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  withSelection: boolean
) {
  const workbook = context.workbook;
  const sheet = workbook.worksheets.getActiveWorksheet();
  sheet.load("name,id");
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/id");
  const selection = withSelection ? workbook.getSelectedRange() : null;
  selection?.load("rowIndex,columnIndex,rowCount,columnCount");
  const tables = selection && capabilities.tablesUnderSelection ? selection.getTables(false) : null;
  tables?.load("items/name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const setting = workbook.settings.getItemOrNullObject(STATE_KEY);
  setting.load("value");
  return { sheet, sheets, selection, tables, used, setting };
}

/**
 * The first round trip. getSelectedRange() throws InvalidSelection when several areas are
 * selected (learn.microsoft.com: Work with workbooks, getSelectedRange); the user still gets the
 * used range, and is told why.
 */
async function find(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  warnings: SourceWarning[]
): Promise<ReturnType<typeof queueFind>> {
  const found = queueFind(context, capabilities, true);
  try {
    await context.sync();
    return found;
  } catch (error) {
    if (officeErrorCode(error) !== "InvalidSelection") throw error;
  }
  warnings.push("severalAreas");
  const again = queueFind(context, capabilities, false);
  await context.sync();
  return again;
}

/**
 * Reads the source of LSG rows: the first round trip finds it (and the add-in's saved state), the
 * next read its values, in as few requests as Excel on the web's payload limit allows, and its
 * merged cells. Returns null when the sheet is empty.
 */
export async function readSource(
  run: ExcelRun,
  capabilities: Capabilities
): Promise<SourceData | null> {
  return run(async (context) => {
    const warnings: SourceWarning[] = [];
    const { sheet, sheets, selection, tables, used, setting } = await find(
      context,
      capabilities,
      warnings
    );
    const state = setting.isNullObject ? null : parseState(setting.value);
    // Cells outside the used range are empty: a selection of whole columns or the whole sheet
    // (A:G, Ctrl+A: 1,048,576 rows) is read, and later written, only where it meets the data.
    const selected =
      selection && selection.rowCount * selection.columnCount > 1 && !used.isNullObject
        ? intersection(box(selection), box(used))
        : null;
    let kind: SourceKind;
    let area: Box;
    let tableName: string | null = null;
    if (tables && tables.items.length > 0) {
      const table = tables.items[0];
      tableName = table.name;
      const range = table.getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      kind = "table";
      area = box(range);
    } else if (selected) {
      kind = "selection";
      area = selected;
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
    const { grid, address, mergesRead } = await readGrid(context, sheet, area, capabilities);
    if (!mergesRead) warnings.push("mergesUnread");
    return {
      kind,
      sheetName: sheet.name,
      sheetId: sheet.id,
      tableName,
      address,
      grid,
      state,
      sheetNames: sheets.items.map((s) => s.name),
      reconcile:
        reconcileRange && !reconcileRange.isNullObject
          ? reconcileRange.values.map((line) => line.map(plain))
          : null,
      warnings,
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
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return null;
    const { grid } = await readGrid(context, sheet, box(used), capabilities);
    return grid;
  });
}
