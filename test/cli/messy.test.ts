import fs from "fs";
import path from "path";
import { runCli, runCliJson, tempDir } from "./run";
import {
  writeCp1251SemicolonCsv,
  writeEnglishCsv,
  writeKyrgyzCsv,
  writeRussianTwoRowHeaderXlsx,
} from "../support/fixtures";

const dir = tempDir();

describe("the CLI on spreadsheets as users keep them", () => {
  const russian = path.join(dir, "two-row.xlsx");
  beforeAll(() => writeRussianTwoRowHeaderXlsx(russian));

  it("reads two merged header rows under a title, skips blank, total and footnote rows, and says so", async () => {
    const report = await runCliJson(russian);
    expect(report.validation.headerRows).toEqual([4]);
    expect(report.validation.columns.documents).toEqual({
      column: "D",
      header: "Документы",
      confidence: 1,
    });
    expect(report.rows.map((r) => [r.row, r.lsg, r.district, r.total])).toEqual([
      [5, "Бөкөнбаев а/о", "Тонский район", 3],
      [6, "Кажы-Сай а/о", "Тонский район", 1],
      [7, "Түп а/о", "Тюпский район", 7],
      [8, "Санташ а/о", "Тюпский район", null],
    ]);
    expect(report.rows[3].problems).toEqual([
      expect.objectContaining({
        indicator: "documents",
        cell: "D8",
        kind: "not-whole",
        value: 2.5,
      }),
    ]);
    expect(report.validation.skippedRows).toEqual([
      { row: 10, reason: "total", text: "Итого" },
      { row: 11, reason: "no-lsg-data", text: "Источник: данные мониторинговой группы" },
    ]);
    expect(report.summary.byOblast).toEqual([
      expect.objectContaining({ key: "KG-Y", assessed: 4, scored: 3, incomplete: 1 }),
    ]);
  });

  it("reads a semicolon CSV in Windows-1251 with decimal commas and spaced numbers", async () => {
    const file = path.join(dir, "cp1251.csv");
    writeCp1251SemicolonCsv(file);
    const report = await runCliJson(file, "--lang", "ru");
    expect(report.rows.map((r) => [r.lsg, r.total])).toEqual([
      ["Кара-Жыгач а/о", 4],
      ["Авлетим а/о", 2],
      ["Нооруз а/о", null],
    ]);
    expect(report.rows[2].problems[0].message).toBe(
      "Документы: «2,5» — не целое число; ожидается целое число от 0 до 3."
    );
    expect(report.summary.finding).toContain("Оценено ОМСУ: 2.");
  });

  it("reads Kyrgyz headers and reports in Kyrgyz", async () => {
    const file = path.join(dir, "ky.csv");
    writeKyrgyzCsv(file);
    const result = await runCli(file, "--lang", "ky");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "E4  Масы айыл аймагы: Документтер: уячада Excel катасы бар: #N/A"
    );
    expect(result.stdout).toContain("Окулган ЖӨБ: 3; бааланган: 2; толук эмес: 1.");
    expect(result.stdout).toContain("жыйынтык сабы");
  });

  it("follows LSGs over rounds and reports duplicates", async () => {
    const file = path.join(dir, "en.csv");
    writeEnglishCsv(file);
    const report = await runCliJson(file);
    expect(report.summary.rounds.map((r) => [r.round, r.assessed])).toEqual([
      ["2019", 2],
      ["2023", 4],
    ]);
    expect(report.summary.changes).toMatchObject({ improved: 1, declined: 1, unchanged: 0 });
    // Never pooled: the summary is the 2023 round (4 rows), 2019 beside it, every row in allRows.
    expect(report.summary).toMatchObject({ round: "2023", assessed: 4, scored: 4 });
    expect(report.summary.allRows).toEqual({ assessed: 6, scored: 6, incomplete: 0 });
    expect(report.summary.finding).toBe(
      "Round 2023: of 4 LSGs scored, 0 (0%) pursue gender-addressing policy, 1 (25%) gender-positive policy and 3 (75%) gender-blind policy."
    );
    expect(report.summary.byRound.map((r) => [r.round, r.scored])).toEqual([
      ["2019", 2],
      ["2023", 4],
    ]);
    expect(report.validation.duplicates).toEqual([
      expect.objectContaining({ lsg: "Chok-Tal", round: "2023", rows: [6, 7] }),
    ]);
    expect(report.rows[1].notes).toEqual({
      documents: "Plan 2023 p.5",
      mechanism: "Commission order",
      budget: "Budget line 12",
    });
  });

  it("lets --map and --header-row override detection", async () => {
    const file = path.join(dir, "odd.csv");
    fs.writeFileSync(file, "Scorecard\nName,A,B,C\nX,1,2,3\n");
    const refused = await runCli(file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("no column for documents, mechanism, budget");
    const report = await runCliJson(
      file,
      "--header-row",
      "2",
      "--map",
      "lsg=A,documents=B,mechanism=C,budget=D"
    );
    expect(report.rows).toEqual([expect.objectContaining({ row: 3, lsg: "X", total: 6 })]);
    expect((await runCli(file, "--map", "documents=Q")).stderr).toContain(
      'no column "Q" for documents'
    );
    expect((await runCli(file, "--header-row", "zero")).code).toBe(2);
  });
});
