import { promises as fs } from "fs";
import path from "path";
import type { CellGrid } from "../sheets";
import { decodeCsv, parseCsv } from "../files/csv";
import { firstVisibleSheet, openXlsx, XlsxError, type XlsxWorkbook } from "../files/xlsxPackage";
import { ZipError } from "../files/zip";
import { readSheetGrid } from "../files/xlsxSheet";
import type { InputSheet } from "../score/input";
import { UserError } from "./errors";
import { say } from "./messages";
import type { Progress } from "./progress";

/** One sheet of a workbook already opened, as a grid; a missing sheet names the ones there are. */
export function sheetOf(
  workbook: XlsxWorkbook,
  file: string,
  sheet?: string,
  progress?: Progress
): { grid: CellGrid; sheetName: string } {
  const entry =
    sheet === undefined
      ? firstVisibleSheet(workbook)
      : workbook.sheets.find((s) => s.name === sheet);
  if (!entry) {
    const sheets = workbook.sheets.map((w) => w.name);
    throw new UserError(
      sheet === undefined ? say.noWorksheets({ file }) : say.noSheet({ file, sheet, sheets })
    );
  }
  const onRows = progress && ((rows: number) => progress.rows(rows));
  try {
    return { grid: readSheetGrid(workbook, entry, { onRows }), sheetName: entry.name };
  } catch (error) {
    // A damaged part is a file the user must replace, not a bug: one line, exit 2.
    if (error instanceof ZipError || error instanceof XlsxError)
      throw new UserError(say.unreadableWorkbook({ file, error }));
    throw error;
  }
}

async function readXlsx(file: string, sheet?: string, progress?: Progress) {
  let workbook: XlsxWorkbook;
  try {
    workbook = openXlsx(await fs.readFile(file));
  } catch (error) {
    throw new UserError(say.unreadableWorkbook({ file, error: error as Error }));
  }
  return { ...sheetOf(workbook, file, sheet, progress), workbook };
}

export type { InputSheet } from "../score/input";

export async function readInput(
  file: string,
  sheet?: string,
  progress?: Progress
): Promise<InputSheet> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx") {
    throw new UserError(say.notXlsxOrCsv({ file }));
  }
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UserError(say.notAFile({ file }));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(say.noSuchFile({ file }));
  }
  if (extension === ".xlsx") return { ...(await readXlsx(file, sheet, progress)), format: "xlsx" };
  if (sheet !== undefined) throw new UserError(say.sheetOnCsv({ file }));
  const bytes = await fs.readFile(file);
  // A zip's local header ("PK\x03\x04", APPNOTE 4.3.7): a workbook renamed, whose bytes read as
  // text would only be reported as columns of garbage.
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50)
    throw new UserError(say.xlsxNamedCsv({ file }));
  const { text, encoding } = decodeCsv(bytes);
  return {
    grid: parseCsv(text),
    sheetName: path.basename(file, extension),
    format: "csv",
    encoding,
  };
}
