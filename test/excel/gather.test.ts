import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { FakeExcel, WorkbookModel } from "../../src/fake-excel";
import { analyse, gatheredSheetLayout, gatherInserted, type InsertedFile } from "../../src/report";
import { readAssessmentTable } from "../../src/sheets";
import { main } from "../../src/cli/main";
import { fill, hostFor } from "../support/fakeWorkbooks";

// WorkbookHost.insertWorkbooks and addGatheredSheet on the in-memory Excel, which models
// Workbook.insertWorksheetsFromBase64 (src/fake-excel/insertSheets.ts).

const asset = (name: string) => path.resolve(__dirname, "../../assets", name);
const base64 = (file: string) => fs.readFileSync(file).toString("base64");

function emptyWorkbook() {
  const model = new WorkbookModel();
  fill(model.addSheet("Data"), [["LSG"]]);
  return { model, excel: new FakeExcel(model) };
}

async function workbookWith(sheets: { name: string; rows: unknown[][]; hidden?: boolean }[]) {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, hidden } of sheets) {
    const sheet = workbook.addWorksheet(name, hidden ? { state: "hidden" } : {});
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

const ROWS = [
  ["LSG", "Documents", "Mechanism", "Budget"],
  ["Ак-Суу", 1, 2, 3],
];

describe("insertWorkbooks", () => {
  it("adds every sheet at the end, reads the visible ones by id, even when Excel renamed them", async () => {
    const { model, excel } = emptyWorkbook();
    const b64 = await workbookWith([
      { name: "Data", rows: ROWS },
      { name: "Old", rows: ROWS, hidden: true },
      { name: "Summary", rows: ROWS },
    ]);
    const [inserted] = await hostFor(excel).insertWorkbooks([{ name: "a.xlsx", base64: b64 }]);
    expect(model.sheets.map((s) => s.name)).toEqual(["Data", "Data (2)", "Old", "Summary"]);
    if (!("sheets" in inserted)) throw new Error(inserted.refused);
    expect(inserted.sheets.map((s) => [s.name, s.visible, s.own, s.grid !== null])).toEqual([
      ["Data (2)", true, false, true],
      // Hidden and the add-in's own sheets are inserted (the file as it came) but not read.
      ["Old", false, false, false],
      ["Summary", true, true, false],
    ]);
    expect(inserted.sheets[0].grid!.values).toEqual(ROWS);
  });

  it("goes on past a file Excel refuses, naming Excel's reason", async () => {
    const { model, excel } = emptyWorkbook();
    // The command line's results workbook carries charts, which Excel on the web will not insert.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-"));
    const out = path.join(dir, "results.xlsx");
    const code = await main([asset("sample-lsg-assessments.csv"), "--out", out], {
      stdout: () => undefined,
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    const files = [
      { name: "results.xlsx", base64: base64(out) },
      { name: "notes.xlsx", base64: Buffer.from("not a workbook").toString("base64") },
      { name: "ik.xlsx", base64: base64(asset("round-2025-issyk-kul.xlsx")) },
    ];
    const inserted = await hostFor(excel).insertWorkbooks(files);
    expect(inserted.map((f) => ("refused" in f ? [f.file, f.refused] : [f.file, "ok"]))).toEqual([
      ["results.xlsx", "UnsupportedFeature"],
      ["notes.xlsx", "InvalidArgument"],
      ["ik.xlsx", "ok"],
    ]);
    // Nothing of a refused file was inserted.
    expect(model.sheets).toHaveLength(2);
  });

  it("asks Excel in a constant number of round trips per file, within the request limit", async () => {
    const counts: number[] = [];
    for (const name of ["round-2025-issyk-kul.xlsx", "round-2025-jalal-abad.xlsx"]) {
      const { excel } = emptyWorkbook();
      await hostFor(excel).insertWorkbooks([{ name, base64: base64(asset(name)) }]);
      counts.push(excel.metrics.syncs);
      expect(excel.metrics.largestRequest).toBeLessThan(5 * 1024 * 1024);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(5);
  });
});

describe("a score computed from another sheet", () => {
  it("on Excel on the web comes through as #REF! and is refused, never counted", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Raw").addRows([["Budget points"], [3]]);
    workbook.addWorksheet("Scores").addRows([
      ["LSG", "Documents", "Mechanism", "Budget"],
      ["Ак-Суу", 1, 2, { formula: "Raw!A2", result: 3 }],
    ]);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const { excel } = emptyWorkbook();
    const inserted = await hostFor(excel).insertWorkbooks([{ name: "a.xlsx", base64 }]);
    const { table } = gatherInserted(null, inserted, "en");
    const layout = gatheredSheetLayout(table!, "en");
    const grid = { values: [layout.headers, ...layout.rows], firstRow: 1, firstColumn: 0 };
    const [row] = analyse(readAssessmentTable(grid), "en").table.rows;
    expect(row.assessment.total).toBeNull();
    expect(row.problems.map((p) => [p.kind, p.value])).toEqual([["excel-error", "#REF!"]]);
  });
});

describe("addGatheredSheet", () => {
  async function layoutOfSamples() {
    const { excel } = emptyWorkbook();
    const host = hostFor(excel);
    const inserted: InsertedFile[] = await host.insertWorkbooks(
      ["round-2025-issyk-kul.xlsx", "round-2025-jalal-abad.xlsx"].map((name) => ({
        name,
        base64: base64(asset(name)),
      }))
    );
    const { table } = gatherInserted(null, inserted, "en");
    return { excel, host, layout: gatheredSheetLayout(table!, "en") };
  }

  it("writes the table as typed: names and round labels stay text, scores stay numbers", async () => {
    const { excel, host, layout } = await layoutOfSamples();
    const done = await host.addGatheredSheet(layout);
    expect(done).toEqual({ sheet: "Gathered", rows: 40 });
    const sheet = excel.model.sheetByName("Gathered")!;
    const cells = sheet.values({ top: 0, left: 0, bottom: 40, right: layout.headers.length - 1 });
    expect(cells[0]).toEqual(layout.headers);
    const round = layout.headers.indexOf("Year / round");
    expect(cells.slice(1).every((r) => r[round] === "2025")).toBe(true);
    const mechanism = layout.headers.indexOf("Mechanism");
    expect(cells.slice(1).some((r) => r[mechanism] === 2.5)).toBe(true);
    const table = excel.model.tables.find((t) => t.sheetId === sheet.id)!;
    expect(table.area).toMatchObject({ top: 0, left: 0, bottom: 40 });
    // Never over a sheet: a second gathering gets a name of its own.
    expect((await host.addGatheredSheet(layout)).sheet).toBe("Gathered (2)");
  });

  it("keeps each request under Excel on the web's 5 MB limit for a large gathered table", async () => {
    const { excel, host, layout } = await layoutOfSamples();
    // 10,000 rows with wordy names: about 6.5 MB of cells, more than one request may carry.
    const wordy = layout.rows.map((r) =>
      r.map((v, i) => (i === 4 ? `${v} ${"ж".repeat(300)}` : v))
    );
    const many = { ...layout, rows: Array.from({ length: 250 }, () => wordy).flat() };
    expect(many.rows.length).toBe(10000);
    excel.resetMetrics();
    await host.addGatheredSheet(many);
    expect(excel.metrics.largestRequest).toBeLessThan(5 * 1024 * 1024);
    expect(excel.model.sheetByName("Gathered")!.valueAt(10000, 4)).toBe(wordy[39][4]);
  });
});
