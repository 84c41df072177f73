/* global Excel */
import type { CellGrid } from "../sheets";
import type { Capabilities } from "./capabilities";
import { officeErrorCode } from "./errors";
import { box, intersection, plain, readGrid, type Box } from "./grid";
import type { ExcelRun } from "./run";
import { dataSheets, planSource, type SourcePlan } from "../host/ownSheets";
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
  capabilities: Capabilities,
  requested?: string
): Promise<SourceData | null> {
  return run(async (context) => {
    const warnings: SourceWarning[] = [];
    const found = await find(context, capabilities, warnings);
    const { sheets, setting } = found;
    const state = setting.isNullObject ? null : parseState(setting.value);
    const all = sheets.items.map((s) => ({ id: s.id, name: s.name }));
    const plan = planSource(found.sheet, all, state, requested);
    if (plan.kind === "none") return null;
    const where =
      plan.kind === "active" ? await activeArea(context, found) : await otherArea(context, plan);
    if (!where) return null;
    const { sheet, kind, area, tableName } = where;
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
      dataSheets: dataSheets(all, state).map((s) => s.name),
      redirect: plan.kind === "other" ? plan.reason : null,
      activeSheet: plan.kind === "other" ? found.sheet.name : null,
      reconcile:
        reconcileRange && !reconcileRange.isNullObject
          ? reconcileRange.values.map((line) => line.map(plain))
          : null,
      warnings,
    };
  });
}

interface Area {
  readonly sheet: Excel.Worksheet;
  readonly kind: SourceKind;
  readonly area: Box;
  readonly tableName: string | null;
}

/** On the active sheet: the table under the selection, else the selection, else the used range. */
async function activeArea(
  context: Excel.RequestContext,
  found: ReturnType<typeof queueFind>
): Promise<Area | null> {
  const { sheet, selection, tables, used } = found;
  // Cells outside the used range are empty: a selection of whole columns or the whole sheet
  // (A:G, Ctrl+A: 1,048,576 rows) is read, and later written, only where it meets the data.
  const selected =
    selection && selection.rowCount * selection.columnCount > 1 && !used.isNullObject
      ? intersection(box(selection), box(used))
      : null;
  if (tables && tables.items.length > 0) {
    const table = tables.items[0];
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    return { sheet, kind: "table", area: box(range), tableName: table.name };
  }
  if (selected) return { sheet, kind: "selection", area: selected, tableName: null };
  if (!used.isNullObject) return { sheet, kind: "usedRange", area: box(used), tableName: null };
  return null;
}

/** On another sheet (the remembered data): its remembered table if still there, else its used range. */
async function otherArea(
  context: Excel.RequestContext,
  plan: Extract<SourcePlan, { kind: "other" }>
): Promise<Area | null> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet.id);
  sheet.load("name,id");
  const table = plan.tableName ? sheet.tables.getItemOrNullObject(plan.tableName) : null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  // A null object's methods may not be called (learn.microsoft.com: *OrNullObject methods and
  // properties): the table's range is asked for only once the table is known to exist.
  if (table && !table.isNullObject) {
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    table.load("name");
    await context.sync();
    return { sheet, kind: "table", area: box(range), tableName: table.name };
  }
  if (used.isNullObject) return null;
  return { sheet, kind: "usedRange", area: box(used), tableName: null };
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
