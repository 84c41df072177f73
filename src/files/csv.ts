/* global TextDecoder */
import Papa from "papaparse";
import type { CellGrid, CellValue } from "../sheets";

export type CsvEncoding = "utf-8" | "utf-16le" | "windows-1251";

/**
 * Decodes CSV bytes as Excel saves them: "CSV UTF-8" (with a BOM), "Unicode text" (UTF-16 with a
 * BOM), or plain "CSV" on a Russian-locale Windows (Windows-1251, which is not valid UTF-8).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}

/**
 * Parses CSV text into a grid starting at A1. The separator is found from the text: Russian-locale
 * Excel writes ";", others "," (or a tab). Cells stay text (the rubric reads numeric text); empty
 * cells become null, as blank cells are in Excel.
 *
 * Line endings may be mixed (a CRLF header over LF rows after an edit on another system, a stray
 * CR): papaparse guesses one newline from the first line and would fold the other rows into cells,
 * so every CRLF and lone CR becomes LF first. Inside a quoted cell this keeps the line break as
 * Excel stores it in a cell (LF).
 */
const TRAILING_KEPT = 64;

export function parseCsv(text: string): CellGrid {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const values: CellValue[][] = [];
  let last: string[] = [];
  // Row by row, a long run of empty cells at a row's end cut off: Excel saves every row as wide as
  // the used range, so one stray cell in column XFD gives each line 16,383 separators, which must
  // not become 16,384 cells per row. A few empty cells stay, as the line has them.
  Papa.parse<string[]>(withoutBom.replace(/\r\n?/g, "\n"), {
    skipEmptyLines: false,
    newline: "\n",
    delimitersToGuess: [";", ",", "\t"],
    step: (result) => {
      const row = result.data;
      last = row;
      let end = row.length;
      while (end > 0 && row[end - 1] === "") end--;
      if (row.length - end <= TRAILING_KEPT) end = row.length;
      const cells: CellValue[] = new Array(end);
      for (let c = 0; c < end; c++) cells[c] = row[c] === "" ? null : row[c];
      values.push(cells);
    },
  });
  // A final line break leaves one empty record that is not a row of the sheet.
  if (values.length > 0 && last.length === 1 && last[0] === "") values.pop();
  return { values, firstRow: 1, firstColumn: 0 };
}
