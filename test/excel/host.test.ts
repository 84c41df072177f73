import type { WorkbookHost } from "../../src/excel/host";
import {
  fill,
  hostFor,
  NO_CAPABILITIES,
  sampleHost,
  sampleWorkbook,
} from "../support/fakeWorkbooks";
import { applyWith, detect } from "../support/paneSteps";
import type { FakeExcel, SheetModel } from "../../src/fake-excel";

function column(sheet: SheetModel, col: number, from: number, to: number): unknown[] {
  return Array.from({ length: to - from + 1 }, (_, i) => sheet.valueAt(from + i, col));
}

describe("detect → check → apply → summary on the sample", () => {
  let excel: FakeExcel;
  let sheet: SheetModel;
  let host: WorkbookHost;
  beforeEach(() => ({ excel, sheet, host } = sampleHost()));

  it("reads the used range when nothing is selected, in a constant number of round trips", async () => {
    const { source, report } = await detect(host);
    expect(source).toMatchObject({
      kind: "usedRange",
      sheetName: "Data",
      tableName: null,
      address: "Data!A1:H41",
    });
    expect(report.table.summary).toMatchObject({ assessed: 40, scored: 39, incomplete: 1 });
    // Find, values, merged cells (asked for on their own: Excel may refuse them).
    expect(excel.metrics.syncs).toBe(3);
  });

  it("writes Total, Coverage and Category next to the data, coloured, and a Summary sheet with native charts", async () => {
    const { source, report } = await detect(host);
    const outcome = await applyWith(host, { source, report });
    expect(outcome).toEqual({
      kind: "done",
      columns: "I:K",
      rows: 40,
      summarySheet: "Summary",
      charts: 3,
    });
    expect([sheet.valueAt(0, 8), sheet.valueAt(0, 9), sheet.valueAt(0, 10)]).toEqual([
      "Total",
      "Coverage",
      "Category",
    ]);
    expect([sheet.valueAt(1, 8), sheet.valueAt(1, 9), sheet.valueAt(1, 10)]).toEqual([
      3,
      2,
      "gender-addressing policy",
    ]);
    expect([sheet.valueAt(20, 8), sheet.valueAt(20, 9), sheet.valueAt(20, 10)]).toEqual([
      "",
      "",
      "not scored",
    ]);
    const totals = column(sheet, 8, 1, 40).filter((v) => v !== "");
    expect(totals).toHaveLength(39);
    expect(excel.model.conditionalFormats.map((cf) => [cf.rule?.text, cf.fill])).toEqual([
      ["gender-positive policy", "#C6EFCE"],
      ["gender-addressing policy", "#FFEB9C"],
      ["gender-blind policy", "#FFC7CE"],
    ]);

    const summary = excel.model.sheetByName("Summary")!;
    const texts = summary.values({ top: 0, left: 0, bottom: 60, right: 10 }).flat();
    expect(texts).toContain(report.finding);
    expect(texts).toContain("40 LSGs read, 39 scored, 1 incomplete.");
    const charts = excel.model.charts.filter((c) => c.sheetId === summary.id);
    expect(charts.map((c) => [c.name, c.type])).toEqual([
      ["GenderScorecard.categories", "Doughnut"],
      ["GenderScorecard.byOblast", "ColumnStacked"],
      ["GenderScorecard.indicators", "BarClustered"],
    ]);
    expect(excel.model.chartSeries(charts[0])).toEqual([
      {
        name: "LSGs",
        categories: ["gender-positive policy", "gender-addressing policy", "gender-blind policy"],
        values: [3, 25, 11],
      },
    ]);
    expect(excel.model.chartSeries(charts[1]).map((s) => [s.name, s.categories, s.values])).toEqual(
      [
        ["positive", ["Issyk-Kul", "Jalal-Abad"], [2, 1]],
        ["addressing", ["Issyk-Kul", "Jalal-Abad"], [12, 13]],
        ["blind", ["Issyk-Kul", "Jalal-Abad"], [5, 6]],
      ]
    );
    expect(
      excel.model.chartSeries(charts[2])[0].values.map((v) => Math.round(Number(v) * 100) / 100)
    ).toEqual([1.9, 0.74, 0.51]);
  });

  it("re-runs in place after an edit: same columns, same sheet, charts replaced not duplicated", async () => {
    let { source, report } = await detect(host);
    await applyWith(host, { source, report });
    sheet.write({ top: 1, left: 4, bottom: 1, right: 6 }, [[3, 3, 3]]); // Теплоключенский АО: 9 now
    ({ source, report } = await detect(host));
    const outcome = await applyWith(host, { source, report });
    expect(outcome).toMatchObject({ kind: "done", columns: "I:K", summarySheet: "Summary" });
    expect([sheet.valueAt(1, 8), sheet.valueAt(1, 10)]).toEqual([9, "gender-positive policy"]);
    expect(sheet.valueAt(0, 11)).toBe("");
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data", "Summary"]);
    expect(excel.model.charts).toHaveLength(3);
    expect(excel.model.conditionalFormats).toHaveLength(3);
    expect(excel.model.chartSeries(excel.model.charts[0])[0].values).toEqual([4, 24, 11]);
  });

  it("leaves nothing behind from a larger earlier run", async () => {
    let { source, report } = await detect(host);
    await applyWith(host, { source, report });
    sheet.clear({ top: 31, left: 0, bottom: 40, right: 7 }, "All"); // the last ten LSGs removed
    ({ source, report } = await detect(host));
    await applyWith(host, { source, report });
    expect(column(sheet, 8, 31, 40).every((v) => v === "")).toBe(true);
    expect(column(sheet, 10, 31, 40).every((v) => v === "")).toBe(true);
    expect(sheet.valueAt(30, 10)).not.toBe("");
  });

  it("asks before overwriting the user's cells, writes nothing until then, and overwrites with consent", async () => {
    sheet.write({ top: 4, left: 9, bottom: 4, right: 9 }, [["my note"]]);
    const { source, report } = await detect(host);
    // The note widened the used range: the results go to the right of it, so nothing is in the way.
    expect(source.address).toBe("Data!A1:J41");
    sheet.write({ top: 9, left: 11, bottom: 9, right: 11 }, [["keep me"]]);
    const refused = await applyWith(host, { source, report });
    expect(refused).toEqual({ kind: "needs-consent", occupied: { count: 1, cells: ["L10"] } });
    expect(sheet.valueAt(0, 10)).toBe("");
    expect(excel.model.sheetByName("Summary")).toBeUndefined();
    const done = await applyWith(host, { source, report, overwrite: true });
    expect(done).toMatchObject({ kind: "done", columns: "K:M" });
    expect([sheet.valueAt(9, 10), sheet.valueAt(9, 11)]).toEqual([5, 2]); // Бостери айыл аймагы: 3+2+0, two indicators
  });

  it("writes live formulas when asked", async () => {
    const { source, report } = await detect(host, "ru");
    await applyWith(host, { source, report, mode: "formulas", lang: "ru" });
    // One contiguous range: blank optional arguments may arrive as 0 (office-js #5262).
    expect(sheet.cell(1, 8)?.formula).toBe("=LSG.GENDERSCORE(E2:G2)");
    expect(sheet.cell(1, 9)?.formula).toBe("=LSG.COVERAGE(E2:G2)");
    expect(sheet.cell(1, 10)?.formula).toBe('=LSG.POLICYCATEGORY(I2,"ru")');
    expect(sheet.valueAt(0, 8)).toBe("Итоговый балл");
    expect(excel.model.sheetByName("Сводка")).toBeDefined();
  });

  it("never lets a name from the user's cells become a formula on the summary sheet", async () => {
    sheet.write({ top: 1, left: 1, bottom: 2, right: 1 }, [["'=2+2"], ["'=2+2"]]);
    const { source, report } = await detect(host);
    await applyWith(host, { source, report });
    const summary = excel.model.sheetByName("Summary")!;
    const cells = summary.cells.flat().filter((c) => c && (c.value === "=2+2" || c.formula));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c!.formula === undefined)).toBe(true);
  });

  it("does without conditional formats where Excel lacks them", async () => {
    const old = hostFor(excel, { ...NO_CAPABILITIES, core: true });
    const { source, report } = await detect(old);
    expect(await applyWith(old, { source, report })).toMatchObject({ kind: "done" });
    expect(excel.model.conditionalFormats).toHaveLength(0);
  });

  it("remembers column choices in the workbook", async () => {
    const { source } = await detect(host);
    await host.saveColumnChoices(source.sheetId, {
      documents: "E",
      mechanism: "F",
      budget: "G",
      lsg: "B",
    });
    const again = await host.readSource();
    expect(again!.state?.mappings?.[source.sheetId]).toEqual({
      documents: "E",
      mechanism: "F",
      budget: "G",
      lsg: "B",
    });
  });

  it("selects a problem's cell", async () => {
    await host.selectCell(excel.model.sheets[0].id, "E21");
    expect(excel.model.selection).toEqual({
      sheetId: excel.model.sheets[0].id,
      area: { top: 20, left: 4, bottom: 20, right: 4 },
    });
  });
});

describe("an Excel table under the selection", () => {
  it("reads the table and adds the result columns to it", async () => {
    const { excel, sheet } = sampleWorkbook();
    excel.model.addTable(sheet, { top: 0, left: 0, bottom: 40, right: 7 }, "LSGs");
    fill(sheet, [["beside the table"]], 5, 8);
    excel.model.selection = { sheetId: sheet.id, area: { top: 3, left: 2, bottom: 3, right: 2 } };
    const host = hostFor(excel);
    const { source, report } = await detect(host);
    expect(source).toMatchObject({ kind: "table", tableName: "LSGs", address: "Data!A1:H41" });
    const outcome = await applyWith(host, { source, report });
    expect(outcome).toMatchObject({ kind: "done", columns: "I:K" });
    expect(excel.model.tables[0].area).toEqual({ top: 0, left: 0, bottom: 40, right: 10 });
    expect(sheet.valueAt(5, 11)).toBe("beside the table");
    // A second run finds its own columns inside the table and does not add more.
    const again = await detect(host);
    await applyWith(host, again);
    expect(excel.model.tables[0].area.right).toBe(10);
  });
});
