import path from "path";
import ExcelJS from "exceljs";
import { runCli } from "./run";
import { tableOf } from "../support/roundSheet";
import type { JsonReport } from "../../src/report";

// Issue 14 item 5: the next round's sample (scripts/make-round-samples.js), two assessors' files.
describe("the round 2025 sample: two assessors' files", () => {
  const asset = (name: string) => path.resolve(__dirname, "../../assets", name);
  async function scored(file: string): Promise<JsonReport> {
    const result = await runCli(asset(file), "--json");
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as JsonReport;
  }

  it("are read with no mapping, in Russian and in Kyrgyz, and keep the 0–3 validation", async () => {
    for (const [file, lsgHeader] of [
      ["round-2025-issyk-kul.xlsx", "ОМСУ"],
      ["round-2025-jalal-abad.xlsx", "ЖӨБ"],
    ]) {
      const report = await scored(file);
      expect(report.rows).toHaveLength(20);
      expect(report.rows.every((r) => r.round === "2025")).toBe(true);
      expect(report.validation.columns.lsg.header).toBe(lsgHeader);
      expect(Object.keys(report.validation.columns)).toEqual(
        expect.arrayContaining(["documents", "mechanism", "budget", "documentsNote", "rater"])
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(asset(file));
      const sheet = workbook.worksheets[0];
      const { lastRow } = tableOf(sheet);
      expect(sheet.getCell(lastRow, 7).dataValidation).toMatchObject({
        type: "whole",
        formulae: [0, 3],
      });
    }
  });

  it("the Issyk-Kul file is clean; the Jalal-Abad file has one LSG twice and one bad cell", async () => {
    const clean = await scored("round-2025-issyk-kul.xlsx");
    expect(clean.summary).toMatchObject({ assessed: 20, scored: 20, incomplete: 0 });
    expect(clean.validation.duplicates).toEqual([]);

    const flawed = await scored("round-2025-jalal-abad.xlsx");
    expect(flawed.summary).toMatchObject({ assessed: 20, scored: 19, incomplete: 1 });
    expect(flawed.validation.duplicates).toEqual([
      expect.objectContaining({ lsg: "Ак-Коргон айыл аймагы", round: "2025", rows: [14, 15] }),
    ]);
    expect(flawed.validation.problemsByKind).toEqual([
      { kind: "not-whole", count: 1, cells: ["F19"] },
    ]);
  });
});
