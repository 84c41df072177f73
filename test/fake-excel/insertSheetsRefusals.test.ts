import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { openXlsx } from "../../src/files/xlsxPackage";
import {
  ASSETS,
  ISSYK_KUL,
  workbook,
  xlsx,
  b64,
  names,
  failure,
  insert,
  withSheetPart,
} from "../support/insertSheets";

// Workbook.insertWorksheetsFromBase64 in the in-memory Excel (src/fake-excel/insertSheets.ts):
// what Excel refuses to insert; each test pins one rule, with a file built here or one of the real round samples.

describe("insertWorksheetsFromBase64: what is not an .xlsx", () => {
  const csv = Buffer.from("LSG,Docs\nAk-Suu,2\n");
  const cases: [string, () => Promise<string>][] = [
    ["text that is not Base64", async () => "not base64!"],
    ["a data URL (prefix not stripped)", async () => `data:;base64,${b64(ISSYK_KUL)}`],
    ["Base64 with a line break", async () => b64(ISSYK_KUL).replace(/(.{76})/, "$1\n")],
    ["an empty string", async () => ""],
    ["a CSV", async () => b64(csv)],
    ["a damaged zip", async () => b64(ISSYK_KUL.subarray(0, ISSYK_KUL.length - 200))],
    [
      "a workbook encrypted with a password",
      async () =>
        b64(
          Buffer.concat([
            Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
            Buffer.alloc(504),
            Buffer.from("EncryptedPackage", "utf16le"),
          ])
        ),
    ],
  ];
  it.each(cases)("refuses %s with InvalidArgument, inserting nothing", async (_name, make) => {
    const excel = workbook("Data");
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(await make());
        context.workbook.worksheets.add("Later"); // queued after it: never runs
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(/^The argument is invalid or missing or has an incorrect format/);
    expect(names(excel)).toEqual(["Data"]);
  });
});

describe("insertWorksheetsFromBase64: Excel on the web refuses charts, comments, PivotTables, slicers", () => {
  let withCharts: Buffer;
  beforeAll(async () => {
    // The command line's results workbook: its Summary sheet holds native charts.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "insert-sheets-"));
    const out = path.join(dir, "results.xlsx");
    const code = await main([path.join(ASSETS, "sample-lsg-assessments.csv"), "--out", out], {
      stdout: () => undefined,
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    withCharts = fs.readFileSync(out);
  });

  it("refuses a workbook with charts on the web, inserting none of its sheets", async () => {
    const excel = workbook("Data");
    const error = await failure(insert(excel, b64(withCharts)));
    expect(error.code).toBe("UnsupportedFeature");
    expect(error.message).toMatch(/^The operation failed because the source worksheet contains/);
    expect(error.message).toContain("a chart");
    expect(names(excel)).toEqual(["Data"]);
  });

  it("inserts the same workbook on the desktop, values only", async () => {
    const excel = workbook("Sheet1");
    excel.model.platform = "desktop";
    const book = openXlsx(withCharts);
    const ids = await insert(excel, b64(withCharts));
    expect(ids.map((id) => excel.model.sheetById(id)!.name)).toEqual(
      book.sheets.map((s) => s.name)
    );
  });

  it("on the web, inserts the sheets without charts when only those are asked for", async () => {
    const book = openXlsx(withCharts);
    const plain = book.sheets[0].name; // the data sheet, no drawing
    const excel = workbook("Sheet1");
    const ids = await insert(excel, b64(withCharts), { sheetNamesToInsert: [plain] });
    expect(ids.map((id) => excel.model.sheetById(id)!.name)).toEqual([plain]);
  });

  it("refuses a sheet with notes (legacy comments) on the web, inserts it on the desktop", async () => {
    const file = b64(
      await xlsx((book) => {
        const sheet = book.addWorksheet("Noted");
        sheet.getCell("A1").value = 1;
        sheet.getCell("A1").note = "checked by the assessor";
      })
    );
    const web = workbook("Data");
    const error = await failure(insert(web, file));
    expect(error.code).toBe("UnsupportedFeature");
    expect(error.message).toContain("comments (notes)");
    expect(names(web)).toEqual(["Data"]);
    const desktop = workbook("Data");
    desktop.model.platform = "desktop";
    expect(await insert(desktop, file)).toHaveLength(1);
  });

  const parts: [string, string, string][] = [
    [
      "a PivotTable",
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable",
      "../pivotTables/pivotTable1.xml",
    ],
    [
      "a slicer",
      "http://schemas.microsoft.com/office/2007/relationships/slicer",
      "../slicers/slicer1.xml",
    ],
    [
      "threaded comments",
      "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
      "../threadedComments/threadedComment1.xml",
    ],
  ];
  it.each(parts)("refuses a sheet with %s on the web only", async (what, type, target) => {
    const plain = await xlsx((book) => (book.addWorksheet("S").getCell("A1").value = 1));
    const file = b64(await withSheetPart(plain, type, target));
    const web = workbook("Data");
    const error = await failure(insert(web, file));
    expect(error.code).toBe("UnsupportedFeature");
    expect(error.message).toContain(what);
    expect(names(web)).toEqual(["Data"]);
    const desktop = workbook("Data");
    desktop.model.platform = "desktop";
    expect(await insert(desktop, file)).toHaveLength(1);
    // The same file without the part is inserted on the web.
    expect(await insert(workbook("Data"), b64(plain))).toHaveLength(1);
  });
});
