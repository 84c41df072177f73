import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { runCli, SAMPLE, tempDir } from "./run";
import type { JsonReport } from "../../src/report";

describe("the CLI on the sample (40 LSGs of Issyk-Kul and Jalal-Abad)", () => {
  let report: JsonReport;
  beforeAll(async () => {
    const result = await runCli(SAMPLE, "--json");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    report = JSON.parse(result.stdout);
  });

  it("honours the JSON contract for each row", () => {
    expect(report.rows).toHaveLength(40);
    expect(report.rows[0]).toEqual({
      row: 2,
      lsg: "Теплоключенский АО",
      district: "Ак-Суйский район",
      oblast: "Иссык-Кульская область",
      round: "2019",
      soate: null,
      scores: { documents: 2, mechanism: 1, budget: 0 },
      total: 3,
      category: "addressing",
      coverage: 2,
      notes: { documents: null, mechanism: null, budget: null },
      problems: [],
    });
  });

  it("reports the LSG without documents as incomplete, one problem per indicator, naming its cells", () => {
    const unscored = report.rows.filter((r) => r.total === null);
    expect(unscored).toHaveLength(1);
    expect(unscored[0]).toMatchObject({
      row: 21,
      lsg: "Отуз-Уул айыл аймагы",
      category: null,
      coverage: null,
    });
    expect(unscored[0].problems.map((p) => [p.indicator, p.cell, p.value])).toEqual([
      ["documents", "E21", null],
      ["mechanism", "F21", null],
      ["budget", "G21", null],
    ]);
    expect(unscored[0].problems[2].message).toContain("Budget");
  });

  it("summarises over scored rows and tells the study's story (about 59% addressing with 1–2 indicators)", () => {
    const { summary } = report;
    expect(summary).toMatchObject({ assessed: 40, scored: 39, incomplete: 1 });
    expect(summary.categories).toEqual({
      positive: { count: 3, share: 0.0769 },
      addressing: { count: 25, share: 0.641 },
      blind: { count: 11, share: 0.2821 },
    });
    expect(summary.coverage).toEqual({ "0": 2, "1": 10, "2": 22, "3": 5 });
    const partial = report.rows.filter(
      (r) => r.category === "addressing" && (r.coverage === 1 || r.coverage === 2)
    );
    expect(partial.length / summary.scored).toBeCloseTo(0.59, 2);
    // One round (2019): the summary is that round's, and says so; every row is in allRows too.
    expect(summary.round).toBe("2019");
    expect(summary.allRows).toEqual({ assessed: 40, scored: 39, incomplete: 1 });
    expect(summary.byRound.map((r) => [r.round, r.scored, r.finding])).toEqual([
      ["2019", 39, summary.finding],
    ]);
  });

  it("states a finding whose categories add up to the LSGs scored, the study's 59% within the addressing ones", async () => {
    expect(report.summary.finding).toBe(
      "Of 39 LSGs scored, 25 (64%) pursue gender-addressing policy (23 of them, 59% of the LSGs scored, covering only one or two of the three indicators), 3 (8%) gender-positive policy and 11 (28%) gender-blind policy. 1 could not be scored."
    );
    const ru = await runCli(SAMPLE, "--lang", "ru");
    expect(ru.stdout).toContain(
      "Оценено ОМСУ: 39. Из них 25 (64\u00a0%) проводят политику, направленную на решение гендерных вопросов (в том числе 23, или 59\u00a0% оценённых, охватывают лишь один или два из трёх индикаторов); 3 (8\u00a0%) — гендерно-позитивную политику; 11 (28\u00a0%) — гендерно-слепую. Не удалось оценить ОМСУ: 1."
    );
    const ky = await runCli(SAMPLE, "--lang", "ky");
    expect(ky.stdout).toContain(
      "Бааланган ЖӨБ: 39. Алардын ичинен 25 (64%) гендердик маселелерди чечүүгө багытталган саясат жүргүзөт (анын ичинде 23, же бааланган ЖӨБдүн 59%, үч индикатордун бирин же экөөнү гана камтыйт); 3 (8%) — гендердик оң (позитивдүү) саясат; 11 (28%) — гендердик «сокур» саясат. Баалоого мүмкүн болбогон ЖӨБ: 1."
    );
  });

  it("agrees with the rubric row by row (totals are sums, categories follow the bands)", () => {
    for (const row of report.rows.filter((r) => r.total !== null)) {
      const { documents, mechanism, budget } = row.scores;
      expect(row.total).toBe(documents! + mechanism! + budget!);
      const expected = row.total! >= 6 ? "positive" : row.total! >= 3 ? "addressing" : "blind";
      expect(row.category).toBe(expected);
    }
  });

  it("prints a readable table and summary in each language", async () => {
    const en = await runCli(SAMPLE);
    expect(en.stdout).toContain("Теплоключенский АО");
    expect(en.stdout).toContain("40 LSGs read, 39 scored, 1 incomplete.");
    expect(en.stdout).toMatch(/gender-addressing policy\s+25\s+64\.1%/);
    const ru = await runCli(SAMPLE, "--lang", "ru");
    expect(ru.stdout).toContain("Прочитано ОМСУ: 40; оценено: 39; неполных: 1.");
    expect(ru.stdout).toContain("E21  Отуз-Уул айыл аймагы: Документы: нет балла (пустая ячейка)");
    const ky = await runCli(SAMPLE, "--lang", "ky");
    expect(ky.stdout).toContain("Окулган ЖӨБ: 40; бааланган: 39; толук эмес: 1.");
    expect(ky.stdout).toMatch(/гендердик «сокур» саясат\s+11\s+28,2%/);
  });

  it("writes a results workbook with --out and leaves the input untouched", async () => {
    const dir = tempDir();
    const out = path.join(dir, "results.xlsx");
    const before = fs.readFileSync(SAMPLE);
    const result = await runCli(SAMPLE, "--out", out, "--lang", "ru");
    expect(result.code).toBe(0);
    expect(fs.readFileSync(SAMPLE).equals(before)).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Данные", "Результаты", "Сводка"]);
    const results = workbook.getWorksheet("Результаты")!;
    expect(results.getRow(1).getCell(9).value).toBe("Итоговый балл");
    expect(results.getRow(2).values).toEqual([
      undefined,
      2,
      "Теплоключенский АО",
      "Ак-Суйский район",
      "Иссык-Кульская область",
      "2019",
      2,
      1,
      0,
      3,
      2,
      "политика, направленная на решение гендерных вопросов",
    ]);
    expect(String(results.getRow(21).getCell(12).value)).toContain("E21: Документы: нет балла");
    const summary = workbook.getWorksheet("Сводка")!;
    const rows: unknown[][] = [];
    summary.eachRow((row) => rows.push(row.values as unknown[]));
    // The categories table: each label beside its own count (any 25 elsewhere would not do).
    const countOf = (category: string) => rows.find((values) => values[1] === category)?.[2];
    expect(countOf("гендерно-позитивная политика")).toBe(3);
    expect(countOf("политика, направленная на решение гендерных вопросов")).toBe(25);
    expect(countOf("гендерно-слепая политика")).toBe(11);
    const data = workbook.getWorksheet("Данные")!;
    expect(data.getRow(2).getCell(3).value).toBe("Теплоключенский АО");
  });
});

describe("the sample workbook for the task pane", () => {
  it("holds the same 40 LSGs as the CSV, with the same results", async () => {
    const csv = JSON.parse((await runCli(SAMPLE, "--json")).stdout) as JsonReport;
    const xlsx = JSON.parse(
      (await runCli(SAMPLE.replace(/\.csv$/, ".xlsx"), "--json")).stdout
    ) as JsonReport;
    expect(xlsx.rows.map((r) => [r.lsg, r.total, r.category])).toEqual(
      csv.rows.map((r) => [r.lsg, r.total, r.category])
    );
    expect(xlsx.summary.finding).toBe(csv.summary.finding);
  });
});
