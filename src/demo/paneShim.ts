/* global window */
// Runs in the task pane's frame before the add-in's unchanged taskpane.js: Office and Excel.run
// come from the demo page, whose in-memory workbook plays Excel.

const host = window.parent as unknown as {
  Office: unknown;
  demo: { excel: { run: (...args: unknown[]) => Promise<unknown> } };
};

Object.assign(window, {
  Office: host.Office,
  // Excel.run(batch) and Excel.run(options, batch): the add-in passes delayForCellEdit.
  Excel: { run: (...args: unknown[]) => host.demo.excel.run(...args) },
});
