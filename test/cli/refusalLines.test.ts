import path from "path";
import ExcelJS from "exceljs";
import { runCli, SAMPLE, tempDir } from "./run";

// The command line's refusals as ministry staff read them, whole lines in Russian and Kyrgyz
// (every message id is run into in localizedRefusals.test.ts), and a --lang that is no language.

const dir = tempDir();
const at = (name: string) => path.join(dir, name);
const XLSX = at("assessment.xlsx");

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Оценка").addRows([
    ["ОМСУ", "Документы", "Механизм", "Бюджет"],
    ["Аламүдүн а/о", 1, 0, 0],
  ]);
  await workbook.xlsx.writeFile(XLSX);
});

describe("exact lines, as ministry staff read them", () => {
  test.each([
    ["ru", `Не указан файл для чтения.`],
    ["ky", `Окула турган файл көрсөтүлгөн жок.`],
  ])("no input file, --lang %s", async (lang, text) => {
    expect((await runCli("--lang", lang)).stderr).toBe(`gender-scorecard: ${text}\n`);
  });

  test.each([
    ["ru", `В ${XLSX} нет листа «Итоги»; его листы: «Оценка».`],
    ["ky", `${XLSX} файлында «Итоги» барагы жок; анын барактары: «Оценка».`],
    ["en", `No sheet "Итоги" in ${XLSX}; its sheets are "Оценка".`],
  ])("a sheet that is not there, --lang %s", async (lang, text) => {
    const result = await runCli(XLSX, "--sheet", "Итоги", "--lang", lang);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `gender-scorecard: ${text}\n` });
  });

  test.each([
    ["ru", `Не удалось прочитать ${at("missing.csv")}: такого файла нет.`],
    ["ky", `${at("missing.csv")} окулбайт: мындай файл жок.`],
  ])("a file that is not there, --lang %s", async (lang, text) => {
    expect((await runCli(at("missing.csv"), "--lang", lang)).stderr).toBe(
      `gender-scorecard: ${text}\n`
    );
  });

  test("--lang given after the option it refuses still words the refusal", async () => {
    expect((await runCli(SAMPLE, "--colour", "--lang=KY")).stderr).toBe(
      "gender-scorecard: Белгисиз параметр --colour; параметрлердин тизмеси: «npm run score -- --help».\n"
    );
  });
});

describe("a --lang that is not a language", () => {
  test("is refused in all three languages, on one line, exit code 2", async () => {
    const result = await runCli(SAMPLE, "--lang", "kg");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'gender-scorecard: Unknown language "kg": use en, ru or ky. / ' +
        "Неизвестный язык «kg»: укажите en, ru или ky. / " +
        "Белгисиз тил «kg»: en, ru же ky деп көрсөтүңүз.\n"
    );
  });

  test("leaves the other refusals in English", async () => {
    const result = await runCli(SAMPLE, "--colour", "--lang", "kg");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "gender-scorecard: Unknown option --colour; npm run score -- --help lists the options.\n"
    );
  });
});
