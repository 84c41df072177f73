import path from "path";
import ExcelJS from "exceljs";
import type { JsonReport } from "../../src/report";
import { runCli, tempDir } from "./run";

/** A workbook as monitoring groups merge theirs, written by ExcelJS as Excel would save it. */
async function mergedWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  sheet.addRow(["Oblast", "District", "LSG", "Round", "Documents", "Mechanism", "Budget"]);
  sheet.addRow(["Chui", "Alamudun", "A", "2019", 2, null, null]);
  sheet.addRow([null, "Alamudun", "B", "2019", 1, 1, 1]);
  sheet.addRow([null, "Sokuluk", "C", "2019", null, 3, 3]);
  sheet.mergeCells("A2:A4");
  sheet.mergeCells("E2:G2");
  sheet.mergeCells("E3:E4");
  await workbook.xlsx.writeFile(file);
}

describe("the CLI never scores a merged value in cells nobody scored (.xlsx)", () => {
  const dir = tempDir();
  const file = path.join(dir, "merged.xlsx");
  beforeAll(() => mergedWorkbook(file));

  it("reports each covered score cell as a merged cell and scores only what was typed", async () => {
    const result = await runCli(file, "--json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.rows.map((r) => [r.lsg, r.oblast, r.scores, r.total, r.category])).toEqual([
      ["A", "Chui", { documents: 2, mechanism: null, budget: null }, null, null],
      ["B", "Chui", { documents: 1, mechanism: 1, budget: 1 }, 3, "addressing"],
      ["C", "Chui", { documents: null, mechanism: 3, budget: 3 }, null, null],
    ]);
    expect(report.rows.flatMap((r) => r.problems.map((p) => [p.cell, p.kind, p.value]))).toEqual([
      ["F2", "merged", "E2:G2"],
      ["G2", "merged", "E2:G2"],
      ["E4", "merged", "E3:E4"],
    ]);
    expect(report.validation.problemsByKind).toEqual([
      { kind: "merged", count: 3, cells: ["F2", "G2", "E4"] },
    ]);
    expect(report.summary).toMatchObject({ assessed: 3, scored: 1, incomplete: 2 });
  });

  it("says so in the text report, in Russian too", async () => {
    const en = await runCli(file);
    expect(en.stdout).toContain(
      "E4  C: Documents: the cell is part of merged cells E3:E4, whose value belongs to E3 only"
    );
    expect(en.stdout).not.toContain("No problems found");
    const ru = await runCli(file, "--lang", "ru");
    expect(ru.stdout).toContain("ячейка входит в объединённые ячейки E2:G2");
  });
});
