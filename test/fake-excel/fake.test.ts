import { FakeExcel, FakeOfficeError } from "../../src/fake-excel";
import { refusalCode, smallWorkbook } from "../support/fakeWorkbooks";

function workbook(): FakeExcel {
  return smallWorkbook().excel;
}

describe("load and sync, as Office.js", () => {
  it("throws PropertyNotLoaded for a property not loaded, or loaded but not yet synced", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:C3");
      expect(() => range.values).toThrow(/call the load method/);
      range.load("values");
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values).toEqual([
        ["LSG", "Docs", "Budget"],
        ["A", 1, 2],
        ["B", 3, 0],
      ]);
      expect(() => range.address).toThrow(FakeOfficeError);
    });
  });

  it("applies writes only at sync, in order", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("B2");
      cell.values = [[7]];
      expect(excel.model.sheets[0].valueAt(1, 1)).toBe(1);
      await context.sync();
      expect(excel.model.sheets[0].valueAt(1, 1)).toBe(7);
    });
  });

  it("rejects a values array of the wrong shape at sync", async () => {
    const excel = workbook();
    expect(
      await refusalCode(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2, 3]];
          await context.sync();
        })
      )
    ).toBe("InvalidArgument");
  });

  it("stores values as if typed: '=' makes a formula, an apostrophe keeps text, null leaves the cell", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:A5").values = [
        ["=1+1"],
        ["'=1+1"],
        ["12"],
        [null],
      ];
      await context.sync();
    });
    const sheet = excel.model.sheets[0];
    expect(sheet.cell(1, 0)?.formula).toBe("=1+1");
    expect(sheet.cell(2, 0)).toEqual({ value: "=1+1" });
    expect(sheet.valueAt(3, 0)).toBe(12);
    expect(sheet.valueAt(4, 0)).toBe("");
  });

  it("fails getItem for a missing sheet at sync, and gives a null object for getItemOrNullObject", async () => {
    const excel = workbook();
    expect(
      await refusalCode(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Nope").load("name");
          await context.sync();
        })
      )
    ).toBe("ItemNotFound");
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => sheet.isNullObject).toThrow(FakeOfficeError);
      sheet.load("name");
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it("counts syncs and refuses requests over the payload limit", async () => {
    const excel = new FakeExcel(workbook().model, 1000);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await context.sync();
    });
    expect(excel.metrics.syncs).toBe(1);
    expect(
      await refusalCode(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A1:A100").values = Array.from(
            { length: 100 },
            () => ["x".repeat(20)]
          );
          await context.sync();
        })
      )
    ).toBe("RequestPayloadSizeLimitExceeded");
  });
});

describe("workbook objects", () => {
  it("finds tables under a range, and adding a table column shifts the cells to its right", async () => {
    const excel = workbook();
    const sheet = excel.model.sheets[0];
    sheet.write({ top: 1, left: 4, bottom: 1, right: 4 }, [["beside"]]);
    excel.model.addTable(sheet, { top: 0, left: 0, bottom: 2, right: 2 }, "LSGs");
    await excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("Data").getRange("B2").getTables(false);
      tables.load("items/name");
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(["LSGs"]);
      tables.items[0].columns.add(null, undefined, "Total");
      await context.sync();
    });
    expect(excel.model.tables[0].area.right).toBe(3);
    expect(sheet.valueAt(0, 3)).toBe("Total");
    expect(sheet.valueAt(1, 5)).toBe("beside");
  });

  it("binds charts to ranges: series follow the cells", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("ColumnStacked", ws.getRange("A1:C3"), "Columns");
      chart.title.text = "Scores";
      await context.sync();
    });
    const chart = excel.model.charts[0];
    expect(chart).toMatchObject({ type: "ColumnStacked", title: "Scores" });
    expect(excel.model.chartSeries(chart)).toEqual([
      { name: "Docs", categories: ["A", "B"], values: [1, 3] },
      { name: "Budget", categories: ["A", "B"], values: [2, 0] },
    ]);
    excel.model.sheets[0].write({ top: 1, left: 1, bottom: 1, right: 1 }, [[2]]);
    expect(excel.model.chartSeries(chart)[0].values).toEqual([2, 3]);
  });

  it("keeps settings as JSON and conditional formats on their range", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      context.workbook.settings.add("k", { a: [1, "б"] });
      const cf = context.workbook.worksheets
        .getItem("Data")
        .getRange("A2:A3")
        .conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = "#C6EFCE";
      cf.textComparison.rule = { operator: "Contains", text: "A" };
      await context.sync();
      const setting = context.workbook.settings.getItemOrNullObject("k");
      setting.load("value");
      await context.sync();
      expect(setting.value).toEqual({ a: [1, "б"] });
    });
    expect(excel.model.conditionalFormats).toEqual([
      expect.objectContaining({
        type: "ContainsText",
        fill: "#C6EFCE",
        rule: { operator: "Contains", text: "A" },
      }),
    ]);
  });

  it("reports the used range, or a null object for an empty sheet", async () => {
    const excel = workbook();
    excel.model.addSheet("Empty");
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
      used.load("address");
      const none = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      none.load("address");
      await context.sync();
      expect(used.address).toBe("Data!A1:C3");
      expect(none.isNullObject).toBe(true);
    });
  });
});
