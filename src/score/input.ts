import type { CellGrid } from "../sheets";
import type { CsvEncoding } from "../files/csv";
import type { XlsxWorkbook } from "../files/xlsxPackage";

/** The sheet to score, as the command line and the browser page read it from a file's bytes. */
export interface InputSheet {
  readonly grid: CellGrid;
  readonly sheetName: string;
  readonly format: "csv" | "xlsx";
  readonly encoding?: CsvEncoding;
  /**
   * The workbook's package, opened once: other sheets, agreed scores and the results copy come
   * from it (parts are inflated only when read).
   */
  readonly workbook?: XlsxWorkbook;
}

/** Told how many rows have been written, now and then (the command line's progress line). */
export interface RowProgress {
  rows(count: number): void;
}
