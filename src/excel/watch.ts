/* global Excel */
import type { ExcelRun } from "./run";

/**
 * Calls onChange when cells of the sheet change, except by this add-in's own writes.
 * Worksheet.onChanged (ExcelApi 1.7) fires for API writes too; `triggerSource` ("ThisLocalAddin",
 * ExcelApi 1.14) is the documented way to tell them apart (learn.microsoft.com:
 * Excel.WorksheetChangedEventArgs). Where it is missing the change is reported: the pane then
 * offers a check that was not needed, never misses one. Returns the way to stop listening.
 */
export async function watchSheet(
  run: ExcelRun,
  sheetId: string,
  onChange: (address: string) => void
): Promise<() => Promise<void>> {
  let listening = true;
  const handler = async (event: Excel.WorksheetChangedEventArgs) => {
    if (!listening || event.triggerSource === "ThisLocalAddin") return;
    onChange(event.address);
  };
  const result = await run(async (context) => {
    const added = context.workbook.worksheets.getItem(sheetId).onChanged.add(handler);
    await context.sync();
    return added;
  });
  return async () => {
    listening = false;
    // A handler is removed through the context that added it (learn.microsoft.com: "Remove an
    // event handler"); if that fails the flag above has already silenced it.
    try {
      result.remove();
      await result.context.sync();
    } catch {
      /* silenced already */
    }
  };
}
