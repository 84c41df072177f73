import { shortened } from "../rubric";

/**
 * The most characters one cell can hold: 32,767 (Microsoft, "Excel specifications and limits",
 * support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3:
 * "Total number of characters that a cell can contain: 32,767 characters"). Excel refuses longer
 * text and will not open a workbook whose cell holds more.
 */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text as it may be written to one cell: within `limit` characters, cut with an ellipsis when
 * longer. The one guard for every workbook we write (the CLI's results workbook, the pane's sheets);
 * a caller that adds characters of its own (the pane's leading apostrophe) passes a smaller limit.
 */
export function fitCellText(text: string, limit = MAX_CELL_TEXT): string {
  return text.length <= limit ? text : shortened(text, limit - 1);
}
