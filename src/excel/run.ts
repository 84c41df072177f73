/* global Excel */

/**
 * Excel.run's shape. The layer takes it as a parameter so the same code runs on Office and on the
 * in-memory workbook of the tests and the demo host.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run with options first, as Office.js offers it (Excel.run(options, batch)). */
export type ExcelRunWithOptions = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

/**
 * Every batch of the add-in waits while the user is typing in a cell instead of failing
 * (learn.microsoft.com: Excel.RunOptions delayForCellEdit). An Excel that does not know the
 * option ignores it and fails with InvalidOperationInCellEditMode, which the pane explains.
 * Waiting also keeps a multi-request Apply from stopping half-way when the user starts typing.
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** The add-in's ExcelRun over any Excel.run that takes options (Office's or the in-memory one). */
export function runWithOptions(run: ExcelRunWithOptions): ExcelRun {
  return (batch) => run(RUN_OPTIONS, batch);
}

export const officeRun: ExcelRun = runWithOptions((options, batch) => Excel.run(options, batch));
