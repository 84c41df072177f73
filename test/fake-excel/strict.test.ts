import { FakeExcel, WorkbookModel, type SheetModel } from "../../src/fake-excel";

// The in-memory Excel where it is as strict as Excel about what the add-in writes: typed strings
// parsed, table headers kept unique, suspended calculation, and how a chart reads its source.

function workbook(): { excel: FakeExcel; sheet: SheetModel } {
  const model = new WorkbookModel();
  const sheet = model.addSheet("Data");
  return { excel: new FakeExcel(model), sheet };
}

/** Writes one column of strings through Range.values and returns what the cells hold. */
async function typed(
  inputs: string[],
  format?: string
): Promise<{ values: unknown[]; formulas: unknown[] }> {
  const { excel, sheet } = workbook();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem("Data")
      .getRangeByIndexes(0, 0, inputs.length, 1);
    if (format) range.numberFormat = inputs.map(() => [format]);
    range.values = inputs.map((v) => [v]);
    await context.sync();
  });
  return {
    values: inputs.map((_, r) => sheet.valueAt(r, 0)),
    formulas: inputs.map((_, r) => sheet.cell(r, 0)?.formula),
  };
}

describe("strings written through Range.values are parsed as typed", () => {
  it("turns dates, percentages, booleans, scientific notation, leading zeros and grouped numbers into values", async () => {
    const { values } = await typed([
      "1/2/2019",
      "2019-01-02",
      "01.02.2019",
      "50%",
      "TRUE",
      "false",
      "1e3",
      "007",
      "01.02",
      "1,000",
      "(5)",
      "$5",
      "1 1/2",
      "10:30",
      "2019",
    ]);
    expect(values).toEqual([
      43467,
      43467,
      43497,
      0.5,
      true,
      false,
      1000,
      7,
      1.02,
      1000,
      -5,
      5,
      1.5,
      0.4375,
      2019,
    ]);
    const { values: yearless } = await typed(["1/2", "2-Jan", "Jan 2"]);
    expect(yearless.every((v) => typeof v === "number")).toBe(true);
  });

  it("makes formulas of text starting with =, + or -, and keeps other text", async () => {
    const { values, formulas } = await typed(["=1+1", "+x", "-x", "Ак-Суу", "13/45", "-", "a/b"]);
    expect(formulas).toEqual(["=1+1", "=+x", "=-x", undefined, undefined, undefined, undefined]);
    expect(values.slice(3)).toEqual(["Ак-Суу", "13/45", "-", "a/b"]);
  });

  it("keeps text after a leading apostrophe, and anything written into a Text (@) cell", async () => {
    const quoted = await typed(["'1/2", "'50%", "'TRUE", "'007", "'=1+1"]);
    expect(quoted.values).toEqual(["1/2", "50%", "TRUE", "007", "=1+1"]);
    const asText = await typed(["1/2", "50%", "TRUE", "007", "=1+1"], "@");
    expect(asText.values).toEqual(["1/2", "50%", "TRUE", "007", "=1+1"]);
    expect(asText.formulas.every((f) => f === undefined)).toBe(true);
  });
});

describe("table column names stay unique", () => {
  it("renames a column added with a name the table already has, and a header written equal to another", async () => {
    const { excel, sheet } = workbook();
    sheet.write({ top: 0, left: 0, bottom: 1, right: 1 }, [
      ["LSG", "Category"],
      ["A", "x"],
    ]);
    excel.model.addTable(sheet, { top: 0, left: 0, bottom: 1, right: 1 }, "T");
    const names = await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      const added = table.columns.add(undefined, undefined, "category");
      added.load("name");
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["Category"]];
      await context.sync();
      return added.name;
    });
    expect(names).toBe("category2");
    expect([sheet.valueAt(0, 0), sheet.valueAt(0, 1), sheet.valueAt(0, 2)]).toEqual([
      "Category3",
      "Category",
      "category2",
    ]);
  });

  it("names duplicate and blank headers when a table is made from a range", () => {
    const { excel, sheet } = workbook();
    sheet.write({ top: 0, left: 0, bottom: 1, right: 2 }, [
      ["Year", "Year", ""],
      [1, 2, 3],
    ]);
    excel.model.addTable(sheet, { top: 0, left: 0, bottom: 1, right: 2 }, "T");
    expect(sheet.values({ top: 0, left: 0, bottom: 0, right: 2 })).toEqual([
      ["Year", "Year2", "Column3"],
    ]);
  });
});

describe("suspended calculation", () => {
  function engine(model: WorkbookModel): void {
    // A tiny engine: =A1*2 style formulas over one cell.
    model.formulaEngine = (sheet, _row, _column, formula) => {
      const m = formula.match(/^=([A-Z])(\d+)\*2$/);
      if (!m) return null;
      const value = sheet.valueAt(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
      return typeof value === "number" ? value * 2 : "";
    };
  }

  it("leaves formulas written while calculation is suspended uncalculated until the add-in recalculates", async () => {
    const { excel, sheet } = workbook();
    engine(excel.model);
    sheet.write({ top: 0, left: 0, bottom: 0, right: 0 }, [[21]]);
    await excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("B1:C1").formulas = [["=A1*2", "=A1*2"]];
      await context.sync();
      const shown = ws.getRange("B1:C1");
      shown.load("values");
      await context.sync();
      expect(shown.values).toEqual([["", ""]]);
      ws.getRange("B1").calculate();
      await context.sync();
      expect([sheet.valueAt(0, 1), sheet.valueAt(0, 2)]).toEqual([42, ""]);
      context.workbook.application.calculate("Recalculate");
      await context.sync();
      // The suspension ended with its sync: a formula written now is calculated as usual.
      ws.getRange("D1").formulas = [["=A1*2"]];
      await context.sync();
    });
    expect([sheet.valueAt(0, 2), sheet.valueAt(0, 3)]).toEqual([42, 42]);
  });
});

describe("charts read their source as Excel does", () => {
  async function chartOver(rows: (string | number)[][], labelsAsText: boolean) {
    const { excel } = workbook();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const range = ws.getRangeByIndexes(0, 0, rows.length, rows[0].length);
      range.values = rows.map((r, i) =>
        r.map((v, c) => (labelsAsText && c === 0 && i > 0 ? `'${v}` : v))
      );
      ws.charts.add("ColumnStacked", range, "Columns");
      await context.sync();
    });
    return excel.model
      .chartSeries(excel.model.charts[0])
      .map((s) => [s.name, s.categories, s.values]);
  }

  it("takes a first column of numbers (years) as a data series, not as categories", async () => {
    const rows = [
      ["Round", "positive", "blind"],
      [2019, 3, 11],
      [2023, 5, 9],
    ];
    expect(await chartOver(rows, false)).toEqual([
      ["Round", [1, 2], [2019, 2023]],
      ["positive", [1, 2], [3, 5]],
      ["blind", [1, 2], [11, 9]],
    ]);
    expect(await chartOver(rows, true)).toEqual([
      ["positive", ["2019", "2023"], [3, 5]],
      ["blind", ["2019", "2023"], [11, 9]],
    ]);
    // With the top-left cell blank, Excel takes the numbers as categories.
    const blankCorner = [["", "positive"], ...rows.slice(1).map((r) => r.slice(0, 2))];
    expect(await chartOver(blankCorner, false)).toEqual([["positive", [2019, 2023], [3, 5]]]);
  });
});
