import { promises as fs } from "fs";
import path from "path";
import type { CellGrid } from "../sheets";
import { decodeCsv, parseCsv, type CsvEncoding } from "./csv";
import { UserError } from "./errors";
import { readXlsx } from "./xlsxRead";

export interface InputSheet {
  readonly grid: CellGrid;
  readonly sheetName: string;
  readonly format: "csv" | "xlsx";
  readonly encoding?: CsvEncoding;
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
