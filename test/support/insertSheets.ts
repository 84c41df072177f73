import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FakeExcel, FakeOfficeError, WorkbookModel } from "../../src/fake-excel";

// What the tests of Workbook.insertWorksheetsFromBase64 in the in-memory Excel share
// (test/fake-excel/insertSheets*.test.ts): files built here, the real round samples, one call.

export const ASSETS = path.resolve(__dirname, "../../assets");
export const ISSYK_KUL = fs.readFileSync(path.join(ASSETS, "round-2025-issyk-kul.xlsx"));
export const JALAL_ABAD = fs.readFileSync(path.join(ASSETS, "round-2025-jalal-abad.xlsx"));
export const ROUND = "Раунд 2025"; // the one sheet of both samples

export function workbook(...names: string[]): FakeExcel {
  const model = new WorkbookModel();
  for (const name of names) model.addSheet(name);
  return new FakeExcel(model);
}

export async function xlsx(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A workbook of three sheets: A (visible), B (hidden), C (very hidden), a value in each. */
export function threeSheets(book: ExcelJS.Workbook): void {
  book.addWorksheet("A").getCell("A1").value = "in A";
  book.addWorksheet("B", { state: "hidden" }).getCell("A1").value = "in B";
  book.addWorksheet("C", { state: "veryHidden" }).getCell("A1").value = "in C";
}

export const b64 = (bytes: Buffer) => bytes.toString("base64");
export const names = (excel: FakeExcel) => excel.model.sheets.map((s) => s.name);

export async function failure(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FakeOfficeError);
    return error as FakeOfficeError;
  }
  throw new Error("expected the call to fail");
}

export function insert(excel: FakeExcel, base64: string, options?: object): Promise<string[]> {
  return excel.run(async (context) => {
    const ids = context.workbook.insertWorksheetsFromBase64(base64, options);
    await context.sync();
    return ids.value;
  });
}

/** Adds a relationship (and an empty part) to sheet1 of a package, as Excel writes them. */
export async function withSheetPart(bytes: Buffer, type: string, target: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const relsPath = "xl/worksheets/_rels/sheet1.xml.rels";
  const rels =
    (await zip.file(relsPath)?.async("string")) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const rel = `<Relationship Id="rIdExtra1" Type="${type}" Target="${target}"/>`;
  zip.file(relsPath, rels.replace("</Relationships>", `${rel}</Relationships>`));
  zip.file(path.posix.join("xl/worksheets", target), "<x/>");
  return zip.generateAsync({ type: "nodebuffer" });
}
