import path from "path";
import ExcelJS from "exceljs";
import { prepareRound, runCli, tempDir } from "./run";
import { convertWithLibreOffice } from "../support/libreoffice";
import { tableOf, validationsOf } from "../support/roundSheet";
import { VALIDATION_LIMITS } from "../../src/report/newRound";

const dir = tempDir();

describe("npm run score -- FILE --new-round LABEL --out NEW.xlsx", () => {
  const out = path.join(dir, "round-2025.xlsx");
  beforeAll(() => prepareRound(out));

  it("validates every score cell as a whole number 0–3 with a prompt and a Stop alert (read back with ExcelJS)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    const { headerRow, lastRow } = tableOf(sheet);
    for (const row of [headerRow + 1, lastRow]) {
      for (const validation of validationsOf(sheet, row, [5, 6, 7])) {
        expect(validation).toMatchObject({
          type: "whole",
          allowBlank: true,
          formulae: [0, 3],
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: "Not a score",
          showInputMessage: true,
          promptTitle: "Score 0–3",
        });
        expect(validation.operator ?? "between").toBe("between");
        expect(validation.error).toMatch(/whole number from 0 to 3/);
      }
    }
    // Evidence, names and the header carry no validation.
    expect(validationsOf(sheet, headerRow + 1, [1, 4, 8])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(sheet.getCell(headerRow, 5).dataValidation).toBeUndefined();
  });

  it("keeps the rules when LibreOffice Calc opens and saves the workbook", async () => {
    const converted = convertWithLibreOffice(out, "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(converted);
    const sheet = workbook.worksheets[0];
    const { headerRow, lastRow } = tableOf(sheet);
    for (const validation of validationsOf(sheet, lastRow, [5, 6, 7])) {
      expect(validation).toMatchObject({
        type: "whole",
        formulae: [0, 3],
        showErrorMessage: true,
        errorTitle: "Not a score",
        promptTitle: "Score 0–3",
      });
      expect(validation.operator ?? "between").toBe("between");
      expect(validation.errorStyle ?? "stop").toBe("stop");
    }
    expect(sheet.getCell(headerRow + 1, 8).dataValidation).toBeUndefined();
  });

  it("writes the prompt and alert in the user's language, within Excel's lengths, and two raters' columns", async () => {
    for (const lang of ["ru", "ky"]) {
      const file = path.join(dir, `round-${lang}.xlsx`);
      await prepareRound(file, "--lang", lang, "--raters", "2");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0];
      const { headerRow, headers } = tableOf(sheet);
      const rater = lang === "ru" ? "оценщик" : "баалоочу";
      expect(headers.slice(4, 7)).toEqual(
        (lang === "ru"
          ? ["Документы", "Механизм", "Бюджет"]
          : ["Документтер", "Механизм", "Бюджет"]
        ).map((h) => `${h} (${rater} 1)`)
      );
      expect(headers).toHaveLength(4 + 12);
      const scoreColumns = headers.flatMap((h, i) => (/(—|\/)/.test(h) || i < 4 ? [] : [i + 1]));
      expect(scoreColumns).toEqual([5, 6, 7, 11, 12, 13]);
      for (const v of validationsOf(sheet, headerRow + 1, scoreColumns)) {
        expect(v.type).toBe("whole");
        expect(v.errorTitle!.length).toBeLessThanOrEqual(VALIDATION_LIMITS.title);
        expect(v.promptTitle!.length).toBeLessThanOrEqual(VALIDATION_LIMITS.title);
        expect(v.error!.length).toBeLessThanOrEqual(VALIDATION_LIMITS.error);
        expect(v.prompt!.length).toBeLessThanOrEqual(VALIDATION_LIMITS.prompt);
        expect(v.error).toMatch(lang === "ru" ? /целое число от 0 до 3/ : /бүтүн сан/);
      }
      // Two raters' columns are read as two raters, with no mapping.
      for (let i = 0; i < 40; i++) {
        const row = sheet.getRow(headerRow + 1 + i);
        scoreColumns.forEach((c, k) => (row.getCell(c).value = k < 3 ? 2 : i === 0 ? 3 : 2));
      }
      const filled = path.join(dir, `filled-${lang}.xlsx`);
      await workbook.xlsx.writeFile(filled);
      const result = await runCli(filled, "--json");
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as {
        raters: { pairs: number; disagreements: unknown[] };
      };
      expect(report.raters.pairs).toBe(40);
      expect(report.raters.disagreements).toHaveLength(3);
    }
  });
});
