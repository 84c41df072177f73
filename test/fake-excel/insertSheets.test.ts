import ExcelJS from "exceljs";
import { openXlsx } from "../../src/files/xlsxPackage";
import { readSheetGrid } from "../../src/files/xlsxSheet";
import {
  ISSYK_KUL,
  JALAL_ABAD,
  ROUND,
  workbook,
  xlsx,
  threeSheets,
  b64,
  names,
  failure,
  insert,
} from "../support/insertSheets";

// Workbook.insertWorksheetsFromBase64 in the in-memory Excel (src/fake-excel/insertSheets.ts):
// which sheets, where, named how, and their cells; each test pins one rule, with a file built here or one of the real round samples.

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

  it("on the web, gives #REF! for a formula reaching another sheet or a table, on the desktop its result", async () => {
    const file = await xlsx((book) => {
      book.addWorksheet("Scores").getCell("A1").value = 2;
      const sheet = book.addWorksheet("Copy");
      sheet.getCell("A1").value = { formula: "Scores!A1", result: 2 };
      sheet.getCell("B1").value = { formula: "SUM(Products[Price])", result: 7 };
      sheet.getCell("C1").value = { formula: "A1+1", result: 3 };
    });
    const read = async (platform: "web" | "desktop") => {
      const excel = workbook("Data");
      excel.model.platform = platform;
      const ids = await insert(excel, b64(file), { sheetNamesToInsert: ["Copy"] });
      return excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(ids[0]).getRange("A1:C1");
        range.load("values, formulas");
        await context.sync();
        return { values: range.values[0], formulas: range.formulas[0] };
      });
    };
    // office-js #2809 and #5911: links between sheets, and table references, break on the web.
    expect(await read("web")).toEqual({
      values: ["#REF!", "#REF!", 3],
      formulas: ["=Scores!A1", "=SUM(Products[Price])", "=A1+1"],
    });
    expect((await read("desktop")).values).toEqual([2, 7, 3]);
  });
});
