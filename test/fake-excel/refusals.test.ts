import type { FakeRequestContext } from "../../src/fake-excel";
import { refusal, smallWorkbook } from "../support/fakeWorkbooks";

// The in-memory Excel refuses what Excel refuses, with Excel's codes: the add-in is tested against
// the failures its users meet (each rule's Microsoft page is cited where the fake enforces it).

describe("merged areas", () => {
  it("lists up to 512 merged areas and fails the request beyond, as Range.getMergedAreasOrNullObject", async () => {
    const { excel, sheet } = smallWorkbook();
    for (let i = 0; i < 512; i++) sheet.merges.push({ top: i, left: 5, bottom: i, right: 6 });
    const count = () =>
      excel.run(async (context) => {
        const areas = context.workbook.worksheets
          .getItem("Data")
          .getRange("A1:H1000")
          .getMergedAreasOrNullObject();
        areas.load("areaCount");
        await context.sync();
        return areas.areaCount;
      });
    expect(await count()).toBe(512);
    sheet.merges.push({ top: 600, left: 5, bottom: 600, right: 6 });
    expect((await refusal(count())).code).toBe("GeneralException");
  });
});

describe("the selection", () => {
  it("refuses getSelectedRange when several areas are selected, with InvalidSelection", async () => {
    const { excel, sheet } = smallWorkbook();
    const a = { top: 0, left: 0, bottom: 2, right: 0 };
    const b = { top: 0, left: 2, bottom: 2, right: 2 };
    excel.model.selection = { sheetId: sheet.id, area: b, areas: [a, b] };
    const read = excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      return range.address;
    });
    expect(await refusal(read)).toEqual({
      code: "InvalidSelection",
      message: "The current selection is invalid for this operation.",
    });
    excel.model.selection = { sheetId: sheet.id, area: b, areas: [b] };
    expect(
      await excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return range.address;
      })
    ).toBe("Data!C1:C3");
  });

  it("models whole columns and the whole sheet as Excel's unbounded ranges, without allocating them", async () => {
    const { excel, sheet } = smallWorkbook();
    const rowsBefore = sheet.cells.length;
    const load = (area: { top: number; left: number; bottom: number; right: number }) => {
      excel.model.selection = { sheetId: sheet.id, area };
      return excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address,rowCount,columnCount,values,formulas");
        await context.sync();
        return {
          address: range.address,
          rows: range.rowCount,
          columns: range.columnCount,
          values: range.values,
          formulas: range.formulas,
        };
      });
    };
    // A:G, and Ctrl+A: cell-level properties of unbounded ranges read as null.
    expect(await load({ top: 0, left: 0, bottom: 1_048_575, right: 6 })).toEqual({
      address: "Data!A:G",
      rows: 1_048_576,
      columns: 7,
      values: null,
      formulas: null,
    });
    expect(await load({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 })).toMatchObject({
      address: "Data!1:1048576",
      rows: 1_048_576,
      columns: 16_384,
      values: null,
    });
    expect(sheet.cells.length).toBe(rowsBefore);

    // They cannot be written cell by cell; ranges past the grid do not exist; a bounded read is
    // limited to five million cells.
    const write = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A:G").values = [["x"]];
      await context.sync();
    });
    expect((await refusal(write)).code).toBe("InvalidArgument");
    const beyond = excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Data")
        .getRangeByIndexes(1_048_570, 0, 10, 1);
      range.load("address");
      await context.sync();
    });
    expect((await refusal(beyond)).code).toBe("InvalidArgument");
    const huge = excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:E1048575");
      range.load("values");
      await context.sync();
    });
    expect((await refusal(huge)).code).toBe("RangeExceedsLimit");
    expect(sheet.cells.length).toBe(rowsBefore);
  });
});

describe("Excel says no", () => {
  it("refuses changes to a protected sheet or workbook with AccessDenied at sync; what ran before stays", async () => {
    const { excel, sheet } = smallWorkbook();
    const other = excel.model.addSheet("Notes");
    sheet.isProtected = true;
    const write = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["kept"]];
      context.workbook.worksheets.getItem("Data").getRange("D1").values = [["refused"]];
      context.workbook.worksheets.getItem("Notes").getRange("A2").values = [["never run"]];
      await context.sync();
    });
    expect(await refusal(write)).toEqual({
      code: "AccessDenied",
      message: "You cannot perform the requested operation.",
    });
    expect([other.valueAt(0, 0), sheet.valueAt(0, 3), other.valueAt(1, 0)]).toEqual([
      "kept",
      "",
      "",
    ]);
    // Reading a protected sheet is allowed.
    expect(
      await excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A2");
        range.load("values");
        await context.sync();
        return range.values;
      })
    ).toEqual([["A"]]);

    excel.model.isProtected = true;
    const add = excel.run(async (context) => {
      context.workbook.worksheets.add("Summary");
      await context.sync();
    });
    expect((await refusal(add)).code).toBe("AccessDenied");
    expect(excel.model.sheetByName("Summary")).toBeUndefined();
  });

  it("fails every request while a cell is being edited, unless the run asks to wait (delayForCellEdit)", async () => {
    const { excel, sheet } = smallWorkbook();
    excel.model.beginCellEdit();
    const write = (value: string) => async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Data").getRange("D1").values = [[value]];
      await context.sync();
    };
    expect(await refusal(excel.run(write("refused")))).toEqual({
      code: "InvalidOperationInCellEditMode",
      message:
        "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
    });
    expect(sheet.valueAt(0, 3)).toBe("");

    let done = false;
    const waiting = excel
      .run({ delayForCellEdit: true }, write("waited"))
      .then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([done, sheet.valueAt(0, 3)]).toEqual([false, ""]);
    excel.model.endCellEdit();
    await waiting;
    expect(sheet.valueAt(0, 3)).toBe("waited");
  });

  it("refuses a write over cells a co-author is changing, with Conflict", async () => {
    const { excel, sheet } = smallWorkbook();
    sheet.coauthorEdits = [{ top: 1, left: 3, bottom: 1, right: 3 }];
    const write = (address: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange(address).values = [["x"], ["y"]];
        await context.sync();
      });
    expect((await refusal(write("D1:D2"))).code).toBe("Conflict");
    expect(sheet.valueAt(0, 3)).toBe("");
    await write("E1:E2");
    expect(sheet.valueAt(1, 4)).toBe("y");
  });

  it("gives ItemNotFound for a sheet deleted between two requests of one run", async () => {
    const { excel, sheet } = smallWorkbook();
    excel.model.addSheet("Other");
    const run = excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem(sheet.id);
      data.load("name");
      await context.sync();
      excel.model.deleteSheet(sheet); // the user deletes it while the add-in works
      data.getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(await refusal(run)).toEqual({
      code: "ItemNotFound",
      message: "The requested worksheet doesn't exist.",
    });
  });
});
