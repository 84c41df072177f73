import type { ChosenWorkbook } from "../host/contract";
import { isOwnSheet } from "../host/ownSheets";
import type { InsertedFile, InsertedSheet } from "../report/consolidate";
import type { GatheredSheetLayout } from "../report/gatheredSheet";
import type { Capabilities } from "./capabilities";
import type { ExcelRun } from "./run";
import { readSheetGrid } from "./source";
import { addUniqueSheet, writeValuesInChunks } from "./summary";
import { asLiteral, columnLetter } from "./text";

// The pane's "Add assessors' files…": each chosen workbook's sheets inserted into the open
// workbook (Workbook.insertWorksheetsFromBase64, ExcelApi 1.13), read back, and the gathered table
// written as a new sheet. The assessors' sheets stay in the workbook as they came: the record of
// what each one sent.

/** An Office error's code, e.g. "UnsupportedFeature"; anything else is not Excel's refusal. */
function officeCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/**
 * One workbook: inserted in a round trip of its own, since its base64 text alone can come near
 * Excel on the web's 5 MB request limit (learn.microsoft.com: "Resource limits and performance
 * optimization for Office Add-ins"). The returned ids name the new sheets: Excel may rename one
 * whose name is taken, so the file's own sheet names are never used to find them.
 */
async function insertOne(
  run: ExcelRun,
  capabilities: Capabilities,
  file: ChosenWorkbook
): Promise<InsertedFile> {
  let sheets: { id: string; name: string; visible: boolean }[];
  try {
    sheets = await run(async (context) => {
      const ids = context.workbook.insertWorksheetsFromBase64(file.base64, {
        positionType: "End",
      });
      await context.sync();
      const inserted = ids.value.map((id) => {
        const sheet = context.workbook.worksheets.getItem(id);
        sheet.load("id,name,visibility");
        return sheet;
      });
      await context.sync();
      return inserted.map((s) => ({ id: s.id, name: s.name, visible: s.visibility === "Visible" }));
    });
  } catch (error) {
    const code = officeCode(error);
    if (code === null) throw error;
    return { file: file.name, refused: code };
  }
  const read: InsertedSheet[] = [];
  for (const sheet of sheets) {
    const own = isOwnSheet(sheet, null);
    // Hidden and own sheets are not data: their cells are not read at all.
    const grid = sheet.visible && !own ? await readSheetGrid(run, capabilities, sheet.id) : null;
    read.push({ name: sheet.name, visible: sheet.visible, own, grid });
  }
  return { file: file.name, sheets: read };
}

/** Inserts the workbooks one after another; one Excel refuses does not stop the others. */
export async function insertWorkbooks(
  run: ExcelRun,
  capabilities: Capabilities,
  files: readonly ChosenWorkbook[]
): Promise<InsertedFile[]> {
  const out: InsertedFile[] = [];
  for (const file of files) out.push(await insertOne(run, capabilities, file));
  return out;
}

/**
 * The gathered table on a new sheet: the sheets' names (for a unique one), then the header and
 * rows in chunks under the request limit, and the table over them. Every string is written as
 * text (asLiteral), so a score typed "2.5" or "#N/A" stays what the assessor typed for the check.
 */
export function addGatheredSheet(
  run: ExcelRun,
  layout: GatheredSheetLayout
): Promise<{ sheet: string; rows: number }> {
  return run(async (context) => {
    const { sheet, name } = await addUniqueSheet(context, layout.sheetName);
    const lastColumn = columnLetter(layout.headers.length - 1);
    const cells = [layout.headers, ...layout.rows].map((row) => row.map((v) => asLiteral(v)));
    await writeValuesInChunks(context, sheet, cells, layout.headers.length);
    sheet.tables.add(`A1:${lastColumn}${layout.rows.length + 1}`, true);
    sheet.getRange(`A1:${lastColumn}1`).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return { sheet: name, rows: layout.rows.length };
  });
}
