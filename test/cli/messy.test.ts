import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli, SAMPLE as SAMPLE_PATH, tempDir } from "./run";
import type { JsonReport } from "../../src/report";
import {
  writeCp1251SemicolonCsv,
  writeEnglishCsv,
  writeKyrgyzCsv,
  writeRussianTwoRowHeaderXlsx,
} from "../support/fixtures";
import { findSoffice, sheetsAsLibreOfficeSeesThem } from "../support/libreoffice";

const dir = tempDir();

async function json(...args: string[]): Promise<JsonReport> {
  const result = await runCli(...args, "--json");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonReport;
}

describe("the CLI on spreadsheets as users keep them", () => {
  const russian = path.join(dir, "two-row.xlsx");
  beforeAll(() => writeRussianTwoRowHeaderXlsx(russian));

  it("reads two merged header rows under a title, skips blank, total and footnote rows, and says so", async () => {
    const report = await json(russian);
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
    const report = await json(file, "--lang", "ru");
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
    const report = await json(file);
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
    const report = await json(
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

const withLibreOffice = findSoffice() || process.env.CI ? it : it.skip;

describe("the results workbook (--out)", () => {
  const input = path.join(dir, "input.xlsx");
  const out = path.join(dir, "results.xlsx");
  beforeAll(async () => {
    await writeRussianTwoRowHeaderXlsx(input);
    // A name that looks like a formula must stay text when the workbook is opened.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    workbook.getWorksheet("Оценка 2019")!.getCell("C7").value = "=1+1 Түп";
    await workbook.xlsx.writeFile(input);
    const before = fs.readFileSync(input);
    const result = await runCli(input, "--out", out, "--lang", "ru");
    expect(result.code).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("keeps the user's sheet and adds results and summary sheets in the chosen language", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Оценка 2019", "Результаты", "Сводка"]);
    const original = workbook.getWorksheet("Оценка 2019")!;
    expect(original.getCell("A1").value).toBe(
      "Оценка гендерной чувствительности политики ОМСУ, 2019 г."
    );
    expect((original.model as { merges: string[] }).merges).toEqual(
      expect.arrayContaining(["A1:H1", "D3:F3", "A5:A8"])
    );
    const results = workbook.getWorksheet("Результаты")!;
    expect(results.getCell("B4").value).toBe("=1+1 Түп");
    expect(results.getCell("B4").type).toBe(ExcelJS.ValueType.String);
  });

  withLibreOffice(
    "opens in LibreOffice Calc with the expected values, and formula-like names stay text",
    () => {
      const sheets = sheetsAsLibreOfficeSeesThem(out);
      expect([...sheets.keys()].sort()).toEqual(["Оценка 2019", "Результаты", "Сводка"].sort());
      const results = sheets.get("Результаты")!;
      expect(results[0].slice(0, 11)).toEqual([
        "Строка",
        "ОМСУ",
        "Район",
        "Область",
        "Год / раунд",
        "Документы",
        "Механизм",
        "Бюджет",
        "Итоговый балл",
        "Охват",
        "Категория",
      ]);
      expect(results[1].slice(0, 11)).toEqual([
        "5",
        "Бөкөнбаев а/о",
        "Тонский район",
        "Иссык-Кульская область",
        "",
        "2",
        "1",
        "0",
        "3",
        "2",
        "политика, направленная на решение гендерных вопросов",
      ]);
      expect(results[3][1]).toBe("=1+1 Түп");
      expect(results[4][8]).toBe("");
      expect(results[4][11]).toContain("D8: Документы: 2.5 — не целое число");
      const summary = sheets.get("Сводка")!.map((row) => row.filter((c) => c !== ""));
      expect(summary).toContainEqual(["Прочитано ОМСУ: 4; оценено: 3; неполных: 1."]);
      expect(summary).toContainEqual(["гендерно-позитивная политика", "1", "33.3%"]);
      expect(summary).toContainEqual([
        "Иссык-Кульская область",
        "1",
        "1",
        "1",
        "33.3%",
        "33.3%",
        "33.3%",
        "4",
        "3",
        "1",
      ]);
      expect(summary).toContainEqual([
        "Оценено ОМСУ: 3. Из них 1 (33\u00a0%) проводит политику, направленную на решение гендерных вопросов (в том числе 1, или 33\u00a0% оценённых, охватывает лишь один или два из трёх индикаторов); 1 (33\u00a0%) — гендерно-позитивную политику; 1 (33\u00a0%) — гендерно-слепую. Не удалось оценить ОМСУ: 1.",
      ]);
    }
  );
});

describe("evidence and the method", () => {
  it("warns about scores above 0 without evidence, where the sheet keeps evidence, unless switched off", async () => {
    const file = path.join(dir, "evidence.csv");
    writeEnglishCsv(file);
    const report = await json(file);
    // Tamchy 2019 (row 4): 2, 1, 1 with no evidence at all; Tamchy 2023 (row 5): 1, 0, 0.
    expect(
      report.validation.evidenceWarnings.map((w) => [w.cell, w.indicator, w.score, w.evidenceCell])
    ).toEqual([
      ["E4", "documents", 2, "F4"],
      ["G4", "mechanism", 1, "H4"],
      ["I4", "budget", 1, "J4"],
      ["E5", "documents", 1, "F5"],
      ["E7", "documents", 1, "F7"],
    ]);
    expect(report.validation.evidenceWarnings[0].message).toBe(
      "E4: Documents scored 2 with no evidence (F4 is empty)."
    );
    // Warnings never stop a row from being scored.
    expect(report.rows[2].total).toBe(4);
    const off = await json(file, "--no-evidence-check");
    expect(off.validation.evidenceWarnings).toEqual([]);
  });

  it("scores with an edited method from --method and says which method produced the report", async () => {
    const file = path.join(dir, "method.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        id: "stricter-2026",
        categories: [
          { id: "positive", min: 8, max: 9 },
          { id: "addressing", min: 3, max: 7 },
        ],
      })
    );
    const report = await json(SAMPLE_PATH, "--method", file);
    expect(report.method).toBe("stricter-2026");
    // The sample's three positive LSGs all total 7: under this method they are gender-addressing.
    expect(report.summary.categories.positive.count).toBe(0);
    expect(report.summary.categories.addressing.count).toBe(28);
    const text = await runCli(SAMPLE_PATH, "--method", file);
    expect(text.stdout).toContain(
      "(edited); 0–3 per indicator; 8–9 gender-positive policy; 3–7 gender-addressing policy"
    );
  });

  it("refuses an invalid method with every reason on one line", async () => {
    const file = path.join(dir, "bad-method.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        categories: [
          { id: "blind", min: 0, max: 1 },
          { id: "addressing", label: { en: "x" } },
        ],
      })
    );
    const result = await runCli(SAMPLE_PATH, "--method", file);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain('category "addressing" label has no ru label');
    fs.writeFileSync(file, "{ not json");
    expect((await runCli(SAMPLE_PATH, "--method", file)).stderr).toContain(
      "Cannot read the method"
    );
  });
});

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
