import fs from "fs";
import path from "path";
import { parseCsv } from "../../src/files/csv";
import { FakeExcel, FakeOfficeError, WorkbookModel, type SheetModel } from "../../src/fake-excel";
import { ALL_CAPABILITIES, type Capabilities } from "../../src/excel/capabilities";
import { createWorkbookHost, type WorkbookHost } from "../../src/excel/host";
import type { ExcelRun } from "../../src/excel/run";
import { TWO_RATERS } from "./twoRaters";

export const SAMPLE_CSV = path.resolve(__dirname, "../../assets/sample-lsg-assessments.csv");

/** Writes rows into a sheet as a user typing them would (numbers as numbers). */
export function fill(
  sheet: SheetModel,
  rows: readonly (readonly unknown[])[],
  top = 0,
  left = 0
): void {
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) =>
    [...r, ...Array(width - r.length).fill(null)].map((v) => (v === null ? "" : v))
  );
  sheet.write({ top, left, bottom: top + rows.length - 1, right: left + width - 1 }, padded);
}

export interface FakeWorkbook {
  excel: FakeExcel;
  sheet: SheetModel;
  model: WorkbookModel;
}

/** A workbook of one sheet holding these rows from A1, typed in as a user would. */
export function workbookFromRows(
  rows: readonly (readonly unknown[])[],
  sheetName = "Data"
): FakeWorkbook {
  const model = new WorkbookModel();
  const sheet = model.addSheet(sheetName);
  fill(sheet, rows);
  return { excel: new FakeExcel(model), sheet, model };
}

/** A workbook of one sheet holding a CSV's cells from A1, typed in as a user would. */
export function workbookFromCsv(csv: string, sheetName: string): FakeWorkbook {
  return workbookFromRows(parseCsv(csv).values, sheetName);
}

/** Two LSGs, two indicators, on a sheet "Data" from A1: the least a test of the fake Excel reads. */
export function smallWorkbook(): { excel: FakeExcel; sheet: SheetModel } {
  const model = new WorkbookModel();
  const sheet = model.addSheet("Data");
  sheet.write({ top: 0, left: 0, bottom: 2, right: 2 }, [
    ["LSG", "Docs", "Budget"],
    ["A", 1, 2],
    ["B", 3, 0],
  ]);
  return { excel: new FakeExcel(model), sheet };
}

/** The sample's 40 LSGs on a sheet "Data" starting at A1, selection on A1. */
export function sampleWorkbook(): { excel: FakeExcel; sheet: SheetModel } {
  return workbookFromCsv(fs.readFileSync(SAMPLE_CSV, "utf8"), "Data");
}

/** The two raters' sample on a sheet "Raters" starting at A1. */
export function twoRatersWorkbook(): ReturnType<typeof workbookFromCsv> {
  return workbookFromCsv(fs.readFileSync(TWO_RATERS, "utf8"), "Raters");
}

/** An Excel with none of the features the pane asks for: older than ExcelApi 1.6. */
export const NO_CAPABILITIES = Object.fromEntries(
  Object.keys(ALL_CAPABILITIES).map((feature) => [feature, false])
) as unknown as Capabilities;

export function hostFor(
  excel: FakeExcel,
  capabilities: Capabilities = ALL_CAPABILITIES,
  displayLanguage = "en-US"
): WorkbookHost {
  return createWorkbookHost(
    excel.run.bind(excel) as unknown as ExcelRun,
    capabilities,
    () => displayLanguage
  );
}

/** The sample workbook and the pane's host on it, every capability there. */
export function sampleHost(): { excel: FakeExcel; sheet: SheetModel; host: WorkbookHost } {
  const { excel, sheet } = sampleWorkbook();
  return { excel, sheet, host: hostFor(excel) };
}

/**
 * The code and message a call to the in-memory Excel is refused with; the test fails when the call
 * succeeds or fails with anything but an Office error.
 */
export async function refusal(
  promise: Promise<unknown>
): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FakeOfficeError);
    const { code, message } = error as FakeOfficeError;
    return { code, message };
  }
  throw new Error("expected the call to fail");
}

/** The code alone of {@link refusal}. */
export async function refusalCode(promise: Promise<unknown>): Promise<string> {
  return (await refusal(promise)).code;
}
