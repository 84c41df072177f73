/* global Office */
// Shared by the custom functions and the task pane's host: the cell functions run without the pane
// (and before it opens), so they must not import the pane's Office layer in src/excel.

/**
 * Office's display language tag ("ru-RU", "ky-KG"...), or undefined outside Office or before
 * Office is ready. Custom functions may run before the task pane ever opens, so never throw.
 */
export function officeDisplayLanguage(): string | undefined {
  try {
    if (typeof Office === "undefined") return undefined;
    return Office.context?.displayLanguage ?? undefined;
  } catch {
    return undefined;
  }
}
