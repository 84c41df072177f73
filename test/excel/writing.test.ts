import { METHOD_2015 } from "../../src/rubric";
import { parseArea, type FakeExcel, type Scalar, type SheetModel } from "../../src/fake-excel";
import { coverage, genderScore, policyCategory } from "../../src/functions/functions";
import {
  installCustomFunctionsRuntime,
  uninstallCustomFunctionsRuntime,
} from "../support/customFunctionsRuntime";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";
import { applyOnce, applyWith, detect } from "../support/paneSteps";

// How the pane writes to a strict in-memory Excel: table headers Excel renames, suspended
// calculation, charts reading their labels, text Excel would parse, and state saved meanwhile.

/** Every cell of a sheet, as shown. */
function shown(sheet: SheetModel): Scalar[] {
  const used = sheet.usedArea(true);
  return used ? sheet.values(used).flat() : [];
}

describe("an Excel table that already has a column named like one of ours", () => {
  it("recognises its own columns after Excel renamed one, and never adds them again", async () => {
    const { excel, sheet } = sampleWorkbook();
    sheet.write({ top: 0, left: 7, bottom: 0, right: 7 }, [["Category"]]); // the user's own column
    excel.model.addTable(sheet, { top: 0, left: 0, bottom: 40, right: 7 }, "LSGs");
    excel.model.selection = { sheetId: sheet.id, area: { top: 3, left: 2, bottom: 3, right: 2 } };
    const host = hostFor(excel);
    for (let run = 0; run < 3; run++)
      expect(await applyOnce(host)).toMatchObject({ kind: "done", columns: "I:K" });
    expect(excel.model.tables[0].area.right).toBe(10);
    expect(sheet.values({ top: 0, left: 7, bottom: 1, right: 10 })).toEqual([
      ["Category", "Total", "Coverage", "Category2"],
      ["", 3, 2, "gender-addressing policy"],
    ]);
    const state = excel.model.settings.get("GenderScorecard.state") as {
      output: { headers: string[] };
    };
    expect(state.output.headers).toEqual(["Total", "Coverage", "Category2"]);
  });
});

/** A formula engine for the add-in's own functions, reading the cells as Excel passes them. */
function attachEngine(excel: FakeExcel): void {
  const functions: Record<string, (...args: never[]) => unknown[][]> = {
    GENDERSCORE: genderScore as never,
    COVERAGE: coverage as never,
    POLICYCATEGORY: policyCategory as never,
  };
  excel.model.formulaEngine = (sheet, _row, _column, formula) => {
    const call = formula.match(/^=LSG\.([A-Z]+)\((.*)\)$/);
    if (!call) return null;
    const args = call[2].split(",").map((arg) => {
      if (arg.startsWith('"')) return arg.slice(1, -1);
      return sheet.values(parseArea(arg)).map((line) => line.map((v) => (v === "" ? null : v)));
    });
    const result = functions[call[1]](...(args as never[]))[0][0];
    return result && typeof result === "object"
      ? (result as { code: string }).code
      : (result as Scalar);
  };
}

describe("live formulas written while calculation is suspended", () => {
  beforeEach(() => installCustomFunctionsRuntime());
  afterEach(() => uninstallCustomFunctionsRuntime());

  it("are calculated before anything reads them: the category formula sees its total", async () => {
    const { excel, sheet } = sampleWorkbook();
    attachEngine(excel);
    const host = hostFor(excel);
    expect(await applyOnce(host, "formulas")).toMatchObject({ kind: "done", columns: "I:K" });
    expect(excel.metrics.calculationSuspended).toBeGreaterThan(0);
    const read = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("I2:K3");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(read).toEqual([
      [3, 2, "gender-addressing policy"],
      [1, 1, "gender-blind policy"],
    ]);
    expect(sheet.valueAt(20, 10)).toBe("#N/A"); // the LSG with a blank score
  });
});

describe("the chart of categories per round", () => {
  it("draws the rounds (2019, 2023) as its categories, not as one more series", async () => {
    const { excel, sheet } = sampleWorkbook();
    for (let row = 21; row <= 40; row++)
      sheet.write({ top: row, left: 3, bottom: row, right: 3 }, [[2023]]);
    await applyOnce(hostFor(excel));
    const chart = excel.model.charts.find((c) => c.name === "GenderScorecard.byRound")!;
    const series = excel.model.chartSeries(chart);
    expect(series.map((s) => s.name)).toEqual(["positive", "addressing", "blind"]);
    expect(series[0].categories).toEqual(["2019", "2023"]);
  });
});

describe("text from the user's cells that Excel would parse", () => {
  const TEXTS = ["1/2", "50%", "TRUE", "1e3", "01.02", "=1+1", "-x", "007"];

  it("stays text on the Summary, Reconcile and Scorecards sheets", async () => {
    const { excel, sheet } = sampleWorkbook();
    // Names, notes and an oblast typed as text (with an apostrophe) in the user's cells.
    TEXTS.forEach((text, i) => {
      sheet.write({ top: 1 + i, left: 2, bottom: 1 + i, right: 2 }, [[`'${text}`]]);
      sheet.write({ top: 1 + i, left: 7, bottom: 1 + i, right: 7 }, [[`'${text}`]]);
    });
    for (let row = 1; row <= 20; row++)
      sheet.write({ top: row, left: 0, bottom: row, right: 0 }, [["'01.02"]]);
    const host = hostFor(excel);
    const { source, report } = await detect(host);
    expect(report.table.rows.slice(0, TEXTS.length).map((r) => r.source.lsg)).toEqual(TEXTS);
    await applyWith(host, {
      source,
      report,
      reconcile: [["LSG", "District", "Note"], [...TEXTS.slice(0, 3)], [...TEXTS.slice(3, 6)]],
    });
    await host.makeScorecards(source, report, "en");

    const summary = shown(excel.model.sheetByName("Summary")!);
    expect(summary).toContain("01.02");
    expect(summary).not.toContain(1.02);
    expect(shown(excel.model.sheetByName("Reconcile")!)).toEqual([
      "LSG",
      "District",
      "Note",
      ...TEXTS.slice(0, 6),
    ]);
    const cards = excel.model.sheetByName("Scorecards")!;
    for (const text of TEXTS) expect(shown(cards)).toContain(text);
    expect(cards.cells.flat().some((cell) => cell?.formula !== undefined)).toBe(false);
  });
});

describe("choices saved after the pane loaded", () => {
  it("survive Apply, the scorecards and a reload: a column correction and an edited method", async () => {
    const { excel } = sampleWorkbook();
    const host = hostFor(excel);
    const { source, report } = await detect(host);
    // The user corrects a column after the pane read the workbook; the pane keeps its old source.
    await host.saveColumnChoices(source.sheetId, { lsg: "D" });
    const method = { ...METHOD_2015, title: { ...METHOD_2015.title, en: "Edited method" } };
    await host.saveMethod(method);
    await applyWith(host, { source, report });
    await host.makeScorecards(source, report, "en");
    const reloaded = await host.readSource();
    expect(reloaded!.state?.mappings?.[source.sheetId]).toEqual({ lsg: "D" });
    expect(reloaded!.state?.method).toEqual(JSON.parse(JSON.stringify(method)));
    expect(reloaded!.state?.scorecardsSheetId).toBeDefined();
    expect(reloaded!.state?.output?.columns).toEqual([8, 9, 10]);
  });
});
