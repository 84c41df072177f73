import { promises as fs } from "fs";
import path from "path";
import type { CellGrid } from "../sheets";
import ExcelJS from "exceljs";
import { decodeCsv, parseCsv, type CsvEncoding } from "../files/csv";
import { gridFromWorksheet } from "../files/xlsx";
import { UserError } from "./errors";

/** One sheet of a workbook already read, as a grid; a missing sheet names the ones there are. */
export function sheetOf(
  workbook: ExcelJS.Workbook,
  file: string,
  sheet?: string
): { grid: CellGrid; sheetName: string } {
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(", ");
    throw new UserError(
      sheet === undefined
        ? `${file} has no worksheets.`
        : `No sheet "${sheet}" in ${file}; its sheets are ${names}.`
    );
  }
  return { grid: gridFromWorksheet(worksheet), sheetName: worksheet.name };
}

async function readXlsx(file: string, sheet?: string) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new UserError(
      `Cannot read ${file} as an Excel workbook (.xlsx): ${(error as Error).message}`
    );
  }
  return { ...sheetOf(workbook, file, sheet), workbook };
}

export interface InputSheet {
  readonly grid: CellGrid;
  readonly sheetName: string;
  readonly format: "csv" | "xlsx";
  readonly encoding?: CsvEncoding;
  /** The whole workbook, read once: other sheets, agreed scores and the results copy come from it. */
  readonly workbook?: ExcelJS.Workbook;
}

export async function readInput(file: string, sheet?: string): Promise<InputSheet> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx") {
    throw new UserError(`Cannot read ${file}: expected a .xlsx or .csv file.`);
  }
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UserError(`Cannot read ${file}: it is not a file.`);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot read ${file}: no such file.`);
  }
  if (extension === ".xlsx") return { ...(await readXlsx(file, sheet)), format: "xlsx" };
  if (sheet !== undefined)
    throw new UserError(`--sheet applies to .xlsx files; ${file} is a CSV file.`);
  const { text, encoding } = decodeCsv(await fs.readFile(file));
  return {
    grid: parseCsv(text),
    sheetName: path.basename(file, extension),
    format: "csv",
    encoding,
  };
}
