/* global Excel */

/**
 * Excel.run's shape. The layer takes it as a parameter so the same code runs on Office and on the
 * in-memory workbook of the tests and the demo host.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeRun: ExcelRun = (batch) => Excel.run(batch);
