import { analyse } from "../../src/report";
import { readAssessmentTable } from "../../src/sheets";
import type { Area, SheetModel } from "../../src/fake-excel";
import { bigWorkbook } from "../support/bigWorkbook";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";
import { applyWith } from "../support/paneSteps";

// How the pane reads what the user points at, where Excel is stricter than a kind workbook:
// merged areas it will not list, selections of whole columns, selections of several areas.

const WHOLE_COLUMNS_A_TO_H: Area = { top: 0, left: 0, bottom: 1_048_575, right: 7 };
const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

describe("merged cells", () => {
  function mergedLabels(pairs: number) {
    // One oblast label merged over each pair of rows, as people lay out a printed list.
    const excel = bigWorkbook(2 * pairs, (i) => [i % 4, (i + 1) % 4, (i + 2) % 4]);
    const sheet = excel.model.sheets[0];
    for (let k = 0; k < pairs; k++) {
      sheet.merges.push({ top: 1 + 2 * k, left: 0, bottom: 2 + 2 * k, right: 0 });
      sheet.write({ top: 2 + 2 * k, left: 0, bottom: 2 + 2 * k, right: 0 }, [[""]]);
    }
    return { excel, sheet };
  }

  it("reads the merges of an ordinary sheet, in a round trip of their own", async () => {
    const { excel } = mergedLabels(300);
    const source = (await hostFor(excel).readSource())!;
    expect(source.warnings).toEqual([]);
    expect(source.grid.merges).toHaveLength(300);
    expect(source.grid.merges![0]).toEqual({ top: 1, left: 0, bottom: 2, right: 0 });
    // Find, values, merges.
    expect(excel.metrics.syncs).toBe(3);
  });

  it("reads the values without the merges, and says so, when Excel will not list more than 512", async () => {
    const { excel } = mergedLabels(600);
    const source = (await hostFor(excel).readSource())!;
    expect(source.warnings).toEqual(["mergesUnread"]);
    expect(source.grid.merges).toEqual([]);
    expect(source.grid.values).toHaveLength(1201);
    expect(source.grid.values[1200][2]).toBe("Айыл аймагы 1199");
    const report = analyse(readAssessmentTable(source.grid), "en");
    expect(report.table.summary).toMatchObject({ assessed: 1200, scored: 1200 });
  });
});

describe("a selection of whole columns or of the whole sheet", () => {
  let excel: ReturnType<typeof sampleWorkbook>["excel"];
  let sheet: SheetModel;
  beforeEach(() => ({ excel, sheet } = sampleWorkbook()));

  it.each([
    ["A:H", WHOLE_COLUMNS_A_TO_H],
    ["Ctrl+A", WHOLE_SHEET],
  ])(
    "%s is read and written only where it meets the data, not down to row 1,048,576",
    async (_, area) => {
      excel.model.selection = { sheetId: sheet.id, area };
      const host = hostFor(excel);
      const source = (await host.readSource())!;
      expect(source).toMatchObject({ kind: "selection", address: "Data!A1:H41" });
      expect(source.grid.values).toHaveLength(41);
      expect(excel.metrics.syncs).toBe(3);

      const report = analyse(readAssessmentTable(source.grid), "en");
      const outcome = await applyWith(host, { source, report });
      expect(outcome).toMatchObject({ kind: "done", columns: "I:K", rows: 40 });
      expect(sheet.usedArea(false)).toEqual({ top: 0, left: 0, bottom: 40, right: 10 });
      expect(sheet.cells.length).toBeLessThanOrEqual(41);
    },
    20_000
  );

  it("keeps a selection of some columns, cut to the rows that hold data", async () => {
    // C:G: LSG, year and the three scores, without the oblast and district columns.
    excel.model.selection = {
      sheetId: sheet.id,
      area: { top: 0, left: 2, bottom: 1_048_575, right: 6 },
    };
    const source = (await hostFor(excel).readSource())!;
    expect(source).toMatchObject({ kind: "selection", address: "Data!C1:G41" });
    expect(source.grid.firstColumn).toBe(2);
  });
});

describe("a selection of several areas (Ctrl+click)", () => {
  it("reads the used range instead, and says why", async () => {
    const { excel, sheet } = sampleWorkbook();
    const a = { top: 0, left: 0, bottom: 9, right: 2 };
    const b = { top: 0, left: 4, bottom: 9, right: 6 };
    excel.model.selection = { sheetId: sheet.id, area: b, areas: [a, b] };
    const source = (await hostFor(excel).readSource())!;
    expect(source).toMatchObject({
      kind: "usedRange",
      address: "Data!A1:H41",
      warnings: ["severalAreas"],
    });
    expect(analyse(readAssessmentTable(source.grid), "en").table.summary).toMatchObject({
      assessed: 40,
    });
  });
});
