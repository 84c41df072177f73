import Papa from "papaparse";
import type { CellGrid, CellValue } from "../sheets";

/**
 * Parses CSV text into a grid starting at A1. Cells stay text (the rubric reads numeric text);
 * empty cells become null, as blank cells are in Excel.
 */
export function parseCsv(text: string): CellGrid {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(withoutBom, { skipEmptyLines: false });
  const rows = result.data;
  // A final line break leaves one empty record that is not a row of the sheet.
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "")
    rows.pop();
  const values: CellValue[][] = rows.map((row) => row.map((cell) => (cell === "" ? null : cell)));
  return { values, firstRow: 1, firstColumn: 0 };
}
