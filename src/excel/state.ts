/* global Excel */

import { parseState, STATE_KEY, type StoredState } from "../host/storedState";

// What is stored is described apart from Office (the pane reads it through the host contract).
export { parseState, STATE_KEY, type StoredState } from "../host/storedState";

/** Queues a read of the stored state; read it with `storedState` after the next sync. */
export function loadState(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(STATE_KEY);
  setting.load("value");
  return setting;
}

export function storedState(setting: Excel.Setting): StoredState | null {
  return setting.isNullObject ? null : parseState(setting.value);
}

/**
 * The one way the add-in stores its state: the setting as read in this same batch (never a copy
 * from when the pane loaded, which would wipe choices saved since), changed, and queued for storing
 * with the next sync (as JSON: unset fields disappear).
 */
export function queueStateChange(
  context: Excel.RequestContext,
  setting: Excel.Setting,
  change: (state: StoredState) => StoredState
): StoredState {
  const next = change(storedState(setting) ?? { version: 1 });
  context.workbook.settings.add(STATE_KEY, JSON.parse(JSON.stringify(next)));
  return next;
}
