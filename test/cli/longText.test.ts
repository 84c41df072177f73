import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { describeIndicatorProblem, shortened } from "../../src/rubric";
import { fitCellText, MAX_CELL_TEXT } from "../../src/sheets";
import type { JsonReport } from "../../src/report";
import { runCli, tempDir } from "./run";

const LONG = "ы".repeat(32_767);

describe("long values are quoted shortened in messages", () => {
  it("a 32,767-character value is quoted by its first 100 characters and an ellipsis", () => {
    for (const lang of ["en", "ru", "ky"] as const) {
      const message = describeIndicatorProblem(
        { indicator: "budget", kind: "not-a-number", value: LONG },
        lang
      );
      expect(message).toContain("ы".repeat(100) + "\u2026");
      expect(message).not.toContain("ы".repeat(101));
      expect(message.length).toBeLessThan(300);
    }
  });

  it("short values are quoted whole; a cut never splits a character made of two code units", () => {
    expect(
      describeIndicatorProblem({ indicator: "budget", kind: "not-a-number", value: "да" }, "en")
    ).toBe("Budget: \u201cда\u201d is not a number; expected a whole number from 0 to 3.");
    const emoji = "a" + "😀".repeat(60);
    expect(shortened(emoji, 100)).toBe("a" + "😀".repeat(49) + "\u2026");
  });

  it("the cell guard keeps text within 32,767 characters, the ellipsis included", () => {
    expect(fitCellText(LONG)).toBe(LONG);
    const cut = fitCellText(LONG + "ы");
    expect(cut).toHaveLength(MAX_CELL_TEXT);
    expect(cut.endsWith("\u2026")).toBe(true);
    expect(fitCellText(LONG, MAX_CELL_TEXT - 1)).toHaveLength(MAX_CELL_TEXT - 1);
  });
});

describe("the CLI writes no cell longer than Excel allows", () => {
  const dir = tempDir();

  it("a long name in a duplicate and a long typed total are quoted shortened too", async () => {
    const name = "Ж".repeat(40_000);
    const csv = path.join(dir, "duplicates.csv");
    fs.writeFileSync(
      csv,
      `LSG,Documents,Mechanism,Budget,Total\n${name},1,1,1,3\n${name},1,1,1,${LONG}\n`
    );
    const report = JSON.parse((await runCli(csv, "--json")).stdout) as JsonReport;
    const [duplicate] = report.validation.duplicates;
    expect(duplicate.message).toContain("Ж".repeat(100) + "\u2026");
    expect(duplicate.message.length).toBeLessThan(200);
    const [mismatch] = report.validation.totalMismatches;
    expect(mismatch.message).toContain("ы".repeat(100) + "\u2026");
    expect(mismatch.message.length).toBeLessThan(250);
  });

  it("a CSV with a 32,767-character score and a 40,000-character name gives a workbook Excel can open", async () => {
    const longName = "=" + "Ак-Суу ".repeat(6000);
    const csv = path.join(dir, "long.csv");
    fs.writeFileSync(csv, `LSG,Documents,Mechanism,Budget\n"${longName}",1,2,${LONG}\nB,1,1,1\n`);
    const out = path.join(dir, "long.xlsx");
    const result = await runCli(csv, "--json", "--out", out);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    const [problem] = report.rows[0].problems;
    expect(problem).toMatchObject({ cell: "D2", kind: "not-a-number" });
    expect(problem.message).toContain("ы".repeat(100) + "\u2026");
    expect(problem.message.length).toBeLessThan(300);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    let longest = 0;
    let cut = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const text = typeof cell.value === "string" ? cell.value : "";
          longest = Math.max(longest, text.length);
          if (text.length === MAX_CELL_TEXT && text.endsWith("\u2026")) cut++;
        })
      )
    );
    expect(longest).toBeLessThanOrEqual(MAX_CELL_TEXT);
    // The name is cut (in the copy of the CSV and on the Results sheet); the 32,767-character
    // score fits as it is.
    expect(cut).toBeGreaterThanOrEqual(2);
    const results = workbook.worksheets.find((s) => s.name === "Results")!;
    const header = results.getRow(1).values as unknown[];
    const problems = results.getRow(2).getCell(header.indexOf("Problems")).value;
    expect(String(problems)).toContain("D2: Budget: \u201c" + "ы".repeat(100) + "\u2026\u201d");
  });
});
