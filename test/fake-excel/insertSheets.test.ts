import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { openXlsx } from "../../src/files/xlsxPackage";
import { readSheetGrid } from "../../src/files/xlsxSheet";
import {
  FakeExcel,
  FakeOfficeError,
  WorkbookModel,
  type FakeRequestContext,
} from "../../src/fake-excel";

// Workbook.insertWorksheetsFromBase64 in the in-memory Excel (src/fake-excel/insertSheets.ts):
// each test pins one rule, with a file built here or one of the real round samples.

const ASSETS = path.resolve(__dirname, "../../assets");
const ISSYK_KUL = fs.readFileSync(path.join(ASSETS, "round-2025-issyk-kul.xlsx"));
const JALAL_ABAD = fs.readFileSync(path.join(ASSETS, "round-2025-jalal-abad.xlsx"));
const ROUND = "Раунд 2025"; // the one sheet of both samples

function workbook(...names: string[]): FakeExcel {
  const model = new WorkbookModel();
  for (const name of names) model.addSheet(name);
  return new FakeExcel(model);
}

async function xlsx(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A workbook of three sheets: A (visible), B (hidden), C (very hidden), a value in each. */
function threeSheets(book: ExcelJS.Workbook): void {
  book.addWorksheet("A").getCell("A1").value = "in A";
  book.addWorksheet("B", { state: "hidden" }).getCell("A1").value = "in B";
  book.addWorksheet("C", { state: "veryHidden" }).getCell("A1").value = "in C";
}

const b64 = (bytes: Buffer) => bytes.toString("base64");
const names = (excel: FakeExcel) => excel.model.sheets.map((s) => s.name);

async function failure(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FakeOfficeError);
    return error as FakeOfficeError;
  }
  throw new Error("expected the call to fail");
}

function insert(excel: FakeExcel, base64: string, options?: object): Promise<string[]> {
  return excel.run(async (context) => {
    const ids = context.workbook.insertWorksheetsFromBase64(base64, options);
    await context.sync();
    return ids.value;
  });
}

/** Adds a relationship (and an empty part) to sheet1 of a package, as Excel writes them. */
async function withSheetPart(bytes: Buffer, type: string, target: string): Promise<Buffer> {
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

describe("insertWorksheetsFromBase64: the real round samples", () => {
  it("inserts both files' sheets at the end, renamed, with their values, tables and new IDs", async () => {
    const excel = workbook("Data", ROUND);
    excel.model.sheetByName(ROUND)!.write({ top: 0, left: 0, bottom: 0, right: 0 }, "mine");
    const [first, second] = await excel.run(async (context) => {
      const a = context.workbook.insertWorksheetsFromBase64(b64(ISSYK_KUL));
      const b = context.workbook.insertWorksheetsFromBase64(b64(JALAL_ABAD), {
        positionType: "End",
      });
      await context.sync();
      return [a.value, b.value];
    });
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(names(excel)).toEqual(["Data", ROUND, `${ROUND} (2)`, `${ROUND} (3)`]);
    // The user's own sheet of that name is untouched.
    expect(
      excel.model.sheetByName(ROUND)!.values({ top: 0, left: 0, bottom: 0, right: 0 })
    ).toEqual([["mine"]]);

    // Each new sheet holds what our reader (src/files) reads from its file, cell for cell.
    const read = await excel.run(async (context) => {
      const loaded = [first[0], second[0]].map((id) => {
        const sheet = context.workbook.worksheets.getItem(id).load("visibility");
        return { sheet, used: sheet.getUsedRange(true).load("values") };
      });
      await context.sync();
      return loaded.map(({ sheet, used }) => ({
        visibility: sheet.visibility,
        values: used.values,
      }));
    });
    [ISSYK_KUL, JALAL_ABAD].forEach((bytes, i) => {
      const book = openXlsx(bytes);
      const grid = readSheetGrid(book, book.sheets[0]);
      const width = Math.max(...grid.values.map((line) => line.length));
      const expected = grid.values.map((line) =>
        Array.from({ length: width }, (_, c) => line[c] ?? "")
      );
      expect(read[i].visibility).toBe("Visible");
      expect(read[i].values).toEqual(expected);
    });
    // A known cell: Issyk-Kul's first LSG has Documents (E11) = 2.
    const issykKul = excel.model.sheetById(first[0])!;
    expect(issykKul.valueAt(10, 4)).toBe(2);
    // Row 9 is empty in the file; the rows hold no holes (the demo's formula engine maps over them).
    expect(Object.keys(issykKul.cells)).toHaveLength(issykKul.cells.length);
    expect(issykKul.cells[8]).toEqual([]);
    // Both files' tables come along; the second gets a new name (names are unique per workbook).
    const tables = excel.model.tables.map((t) => [t.name, t.sheetId, t.area]);
    expect(tables).toEqual([
      ["GenderScorecardRound", first[0], { top: 9, left: 0, bottom: 29, right: 10 }],
      ["GenderScorecardRound2", second[0], { top: 9, left: 0, bottom: 29, right: 10 }],
    ]);
  });

  it("returns IDs of sheets the worksheet collection then lists, after the sheets already there", async () => {
    const excel = workbook("Data");
    const ids = await insert(excel, b64(ISSYK_KUL));
    const listed = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id, items/name, items/position");
      await context.sync();
      return sheets.items.map((s) => [s.id, s.name, s.position]);
    });
    expect(listed).toEqual([
      [excel.model.sheets[0].id, "Data", 0],
      [ids[0], ROUND, 1],
    ]);
    expect(ids[0]).not.toBe(excel.model.sheets[0].id);
  });
});

describe("insertWorksheetsFromBase64: which sheets, where, named how", () => {
  it("inserts all sheets in the file's order, hidden and very hidden ones still hidden", async () => {
    const excel = workbook("Data");
    const ids = await insert(excel, b64(await xlsx(threeSheets)));
    expect(ids.map((id) => excel.model.sheetById(id)!.name)).toEqual(["A", "B", "C"]);
    expect(ids.map((id) => excel.model.sheetById(id)!.visible)).toEqual([true, false, false]);
    const visibility = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ids[2]);
      sheet.load("visibility");
      await context.sync();
      return sheet.visibility;
    });
    expect(visibility).toBe("Hidden");
  });

  it("inserts only sheetNamesToInsert, in the file's order; [] means all", async () => {
    const file = b64(await xlsx(threeSheets));
    const excel = workbook("Data");
    const ids = await insert(excel, file, { sheetNamesToInsert: ["C", "A"] });
    expect(ids.map((id) => excel.model.sheetById(id)!.name)).toEqual(["A", "C"]);
    expect(names(excel)).toEqual(["Data", "A", "C"]);
    const all = workbook("Data");
    expect(await insert(all, file, { sheetNamesToInsert: [] })).toHaveLength(3);
  });

  it("refuses a name the file does not hold (exact match), inserting nothing", async () => {
    const file = b64(await xlsx(threeSheets));
    const excel = workbook("Data");
    for (const wanted of ["Z", "a"]) {
      const error = await failure(insert(excel, file, { sheetNamesToInsert: ["A", wanted] }));
      expect(error.code).toBe("InvalidArgument");
      expect(error.message).toContain(`no worksheet named "${wanted}"`);
    }
    expect(names(excel)).toEqual(["Data"]);
  });

  it("inserts at the beginning, before or after a sheet given by name, ID or Worksheet", async () => {
    const file = b64(await xlsx((book) => book.addWorksheet("New")));
    const excel = workbook("S1", "S2", "S3");
    await insert(excel, file, { positionType: "Beginning" });
    expect(names(excel)).toEqual(["New", "S1", "S2", "S3"]);
    await insert(excel, file, { positionType: "After", relativeTo: "S2" });
    expect(names(excel)).toEqual(["New", "S1", "S2", "New (2)", "S3"]);
    await insert(excel, file, { positionType: "Before", relativeTo: excel.model.sheets[4].id });
    expect(names(excel)).toEqual(["New", "S1", "S2", "New (2)", "New (3)", "S3"]);
    await excel.run(async (context) => {
      const s1 = context.workbook.worksheets.getItem("S1");
      context.workbook.insertWorksheetsFromBase64(file, { positionType: "Before", relativeTo: s1 });
      await context.sync();
    });
    expect(names(excel)).toEqual(["New", "New (4)", "S1", "S2", "New (2)", "New (3)", "S3"]);
  });

  it("refuses Before/After without relativeTo, and a relativeTo that is not a sheet", async () => {
    const file = b64(await xlsx((book) => book.addWorksheet("New")));
    const excel = workbook("S1");
    expect((await failure(insert(excel, file, { positionType: "After" }))).code).toBe(
      "InvalidArgument"
    );
    expect((await failure(insert(excel, file, { positionType: "None" }))).code).toBe(
      "InvalidArgument"
    );
    const missing = await failure(insert(excel, file, { positionType: "After", relativeTo: "S9" }));
    expect(missing.code).toBe("ItemNotFound");
    expect(names(excel)).toEqual(["S1"]);
  });

  it("names a sheet whose name is taken 'Name (2)', 'Name (3)'…, regardless of case, within 31 characters", async () => {
    const long = "L".repeat(31);
    const file = b64(
      await xlsx((book) => {
        book.addWorksheet("data");
        book.addWorksheet(long);
      })
    );
    const excel = workbook("Data", `${long.slice(0, 27)} (2)`, long);
    const ids = await insert(excel, file);
    const inserted = ids.map((id) => excel.model.sheetById(id)!.name);
    expect(inserted).toEqual(["data (2)", `${long.slice(0, 27)} (3)`]);
    expect(inserted.every((name) => name.length <= 31)).toBe(true);
  });
});

describe("insertWorksheetsFromBase64: cells", () => {
  it("keeps values as Excel shows them: text stays text, formulas with their results, merges", async () => {
    const file = await xlsx((book) => {
      const sheet = book.addWorksheet("Cells");
      sheet.getCell("A1").value = 3;
      sheet.getCell("B1").value = "007";
      sheet.getCell("C1").value = "=1+1"; // text that looks like a formula
      sheet.getCell("D1").value = true;
      sheet.getCell("A2").value = { formula: "A1*2", result: 6 };
      sheet.getCell("B2").value = { error: "#N/A" };
      sheet.getCell("C2").value = {
        formula: "SUM(A1:A2)",
        result: 9,
        shareType: "shared",
        ref: "C2:C3",
      } as ExcelJS.CellValue;
      sheet.getCell("C3").value = { sharedFormula: "C2", result: 15 } as ExcelJS.CellValue;
      sheet.getCell("A3").value = new Date(Date.UTC(2025, 0, 31));
      sheet.getCell("A4").value = "merged";
      sheet.mergeCells("A4:B4");
    });
    const excel = workbook("Data");
    const [id] = await insert(excel, b64(file));
    const read = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(id).getRange("A1:D4");
      range.load("values, formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(read.values).toEqual([
      [3, "007", "=1+1", true],
      [6, "#N/A", 9, ""],
      [45688, "", 15, ""],
      ["merged", "", "", ""],
    ]);
    expect(read.formulas[1][0]).toBe("=A1*2");
    expect(read.formulas[1][2]).toBe("=SUM(A1:A2)");
    expect(read.formulas[2][2]).toBe("=SUM(A2:A3)");
    // Text that looks like a formula is not one.
    expect(read.formulas[0][2]).toBe("=1+1");
    expect(excel.model.sheetById(id)!.cell(0, 2)!.formula).toBeUndefined();
    expect(excel.model.sheetById(id)!.merges).toEqual([{ top: 3, left: 0, bottom: 3, right: 1 }]);
  });
});

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

describe("insertWorksheetsFromBase64: the request", () => {
  it("has no value before its sync, nor after a sync that failed", async () => {
    const excel = workbook("Data");
    const file = b64(ISSYK_KUL);
    await excel.run(async (context: FakeRequestContext) => {
      const ids = context.workbook.insertWorksheetsFromBase64(file);
      const early = (() => {
        try {
          return ids.value;
        } catch (error) {
          return error as FakeOfficeError;
        }
      })();
      expect(early).toBeInstanceOf(FakeOfficeError);
      expect((early as FakeOfficeError).code).toBe("ValueNotLoaded");
      expect(names(excel)).toEqual(["Data"]); // nothing happens before the sync
      await context.sync();
      expect(ids.value).toEqual([excel.model.sheets[1].id]);
    });
    let bad: { value: string[] } | undefined;
    const refused = await failure(
      excel.run(async (context) => {
        bad = context.workbook.insertWorksheetsFromBase64("x");
        await context.sync();
      })
    );
    expect(refused.code).toBe("InvalidArgument");
    expect(() => bad!.value).toThrow(/has not been loaded yet/);
  });

  it("runs in order with the batch's other calls", async () => {
    const excel = workbook("Data");
    const file = b64(await xlsx((book) => book.addWorksheet("New")));
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Before");
      context.workbook.insertWorksheetsFromBase64(file);
      context.workbook.worksheets.add("After");
      await context.sync();
    });
    expect(names(excel)).toEqual(["Data", "Before", "New", "After"]);
  });

  it("is refused on a workbook whose structure is protected, with AccessDenied", async () => {
    const excel = workbook("Data");
    excel.model.isProtected = true;
    expect((await failure(insert(excel, b64(ISSYK_KUL)))).code).toBe("AccessDenied");
    expect(names(excel)).toEqual(["Data"]);
  });

  /** A real .xlsx of about `size` bytes: a sheet and a stored (not deflated) part of random bytes. */
  async function xlsxOfSize(size: number): Promise<Buffer> {
    const zip = await JSZip.loadAsync(
      await xlsx((book) => (book.addWorksheet("Big").getCell("A1").value = 1))
    );
    const filler = crypto.randomBytes(size - 8_000);
    zip.file("xl/media/filler.bin", filler, { compression: "STORE" });
    return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
  }

  it("counts the Base64 string in the 5 MB request: a 4 MB file fails the sync, 3.5 MB passes", async () => {
    const big = await xlsxOfSize(4 * 1024 * 1024);
    expect(b64(big).length).toBeGreaterThan(5 * 1024 * 1024);
    const excel = workbook("Data");
    const error = await failure(insert(excel, b64(big)));
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.metrics.largestRequest).toBeGreaterThan(b64(big).length);
    expect(names(excel)).toEqual(["Data"]);

    const smaller = await xlsxOfSize(3.5 * 1024 * 1024);
    expect(await insert(excel, b64(smaller))).toHaveLength(1);
    expect(names(excel)).toEqual(["Data", "Big"]);
  });
});
