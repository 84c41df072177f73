import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli, tempDir } from "./run";
import { writeEnglishCsv } from "../support/fixtures";

const dir = tempDir();

describe("printable scorecards (--scorecards)", () => {
  it("adds one A4 portrait page per LSG, with scores, evidence, comparison and the change since the last round", async () => {
    const file = path.join(dir, "rounds.csv");
    writeEnglishCsv(file);
    const out = path.join(dir, "cards.xlsx");
    expect((await runCli(file, "--out", out, "--scorecards")).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Scorecards")!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
    const texts: string[] = [];
    sheet.eachRow((row) => {
      // Label/value lines span B:E (merged); read each distinct cell once.
      const cells = [1, 2, 3, 4, 5].map((c) => row.getCell(c));
      const own = cells.filter((cell, i) => i === 0 || !cell.isMerged || cell.master === cell);
      texts.push(
        own
          .map((cell) => cell.value)
          .filter((v) => v !== undefined && v !== null)
          .join(" | ")
      );
    });
    const titles = texts.filter((t) => t.startsWith("Scorecard: "));
    // Bosteri, Tamchy and Chok-Tal (its duplicate rows are one LSG): a card each, for the latest round.
    expect(titles).toEqual(["Scorecard: Bosteri", "Scorecard: Tamchy", "Scorecard: Chok-Tal"]);
    // Means over the 2023 round: Bosteri 3, Tamchy 1, Chok-Tal 0 and 1 (its duplicate row counts).
    expect(texts).toContain("Documents | 3 | Plan 2023 p.5 | 1.25 | 1.25");
    expect(texts).toContain("Total: Oblast mean | 2");
    expect(texts).toContain("Since the previous round | 2019: 1 (blind) → 2023: 6 (positive), +5");
    expect(texts).toContain(
      "Since the previous round | 2019: 4 (addressing) → 2023: 1 (blind), -3"
    );
    // Each card carries its round's finding, never one pooled over both rounds.
    expect(texts).toContain(
      "Finding | Round 2023: of 4 LSGs scored, 0 (0%) pursue gender-addressing policy, 1 (25%) gender-positive policy and 3 (75%) gender-blind policy."
    );
    // A page break after every card but the last (ExcelJS writes them but does not read them back).
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string"))
    );
    expect(sheets.map((xml) => /<rowBreaks count="(\d+)"/.exec(xml)?.[1]).filter(Boolean)).toEqual([
      "2",
    ]);
    expect((await runCli(file, "--scorecards")).stderr).toContain("--scorecards needs --out");
  });
});
