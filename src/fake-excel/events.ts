/* global setTimeout */
import { formatArea, type Area } from "./address";
import type { SheetModel } from "./model";

/**
 * Worksheet.onChanged, as learn.microsoft.com documents it (Excel.Worksheet onChanged, ExcelApi
 * 1.7; Excel.WorksheetChangedEventArgs): Excel raises it when cells change, whoever changed them,
 * the add-in's own API writes included. The arguments carry the changed `address` (A1, no sheet
 * name), `worksheetId`, `changeType`, `source` (Excel.EventSource: "Local" or "Remote") and, from
 * ExcelApi 1.14, `triggerSource` (Excel.EventTriggerSource: "ThisLocalAddin" or "Unknown").
 * Stricter reading modelled here:
 * - a handler registers with the sync that follows `add`, and unregisters with the sync after
 *   `remove` (EventHandlerResult.remove: "the handler is removed on the next sync");
 * - events arrive asynchronously, after the batch that caused them has synced, never inside it;
 * - an API write is reported as "ThisLocalAddin"; a user's typing as "Unknown" (the docs promise
 *   no more than that), so a caller on a host without 1.14 cannot tell its own writes apart.
 */
export interface FakeWorksheetChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
}

export type ChangedHandler = (args: FakeWorksheetChangedEventArgs) => unknown;

const handlers = new WeakMap<SheetModel, Set<ChangedHandler>>();
// API writes made in a batch, reported once that batch's sync has run.
const pending: { sheet: SheetModel; area: Area }[] = [];

function deliver(sheet: SheetModel, area: Area, triggerSource: "ThisLocalAddin" | "Unknown") {
  const registered = handlers.get(sheet);
  if (!registered || registered.size === 0) return;
  const args: FakeWorksheetChangedEventArgs = {
    type: "WorksheetChanged",
    worksheetId: sheet.id,
    address: formatArea(area),
    changeType: "RangeEdited",
    source: "Local",
    triggerSource,
  };
  // Asynchronous, as Office delivers events: never inside the caller's own batch.
  for (const handler of [...registered]) setTimeout(() => void handler(args), 0);
}

export function registerChanged(sheet: SheetModel, handler: ChangedHandler): void {
  const set = handlers.get(sheet) ?? new Set<ChangedHandler>();
  set.add(handler);
  handlers.set(sheet, set);
}

export function unregisterChanged(sheet: SheetModel, handler: ChangedHandler): void {
  handlers.get(sheet)?.delete(handler);
}

/** An API write, queued to be reported after the sync that runs it. */
export function apiWrote(sheet: SheetModel, area: Area): void {
  pending.push({ sheet, area });
}

/** Called when a sync has run: reports the batch's writes as the add-in's own. */
export function flushApiWrites(): void {
  for (const { sheet, area } of pending.splice(0)) deliver(sheet, area, "ThisLocalAddin");
}

/** The user types values into cells (a test's stand-in for typing in Excel): written, then reported. */
export function typeCells(sheet: SheetModel, area: Area, values: unknown): void {
  sheet.write(area, values);
  deliver(sheet, area, "Unknown");
}
