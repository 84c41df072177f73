import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "./run";
import { writeRussianTwoRowHeaderXlsx } from "../support/fixtures";
import { findSoffice, sheetsAsLibreOfficeSeesThem } from "../support/libreoffice";

const dir = tempDir();

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
