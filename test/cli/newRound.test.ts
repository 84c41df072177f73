import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runCli, SAMPLE, tempDir } from "./run";
import { findSoffice } from "../support/libreoffice";
import { VALIDATION_LIMITS } from "../../src/report/newRound";
import type { JsonReport } from "../../src/report";

const dir = tempDir();

async function prepare(out: string, ...extra: string[]): Promise<void> {
  const result = await runCli(SAMPLE, "--new-round", "2025", "--out", out, ...extra);
  expect(result.stdout).toBe("");
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/40 LSGs for round 2025/);
}

/** The sheet's table: header row number and where the score cells are. */
function tableOf(sheet: ExcelJS.Worksheet) {
  const table = sheet.getTable("GenderScorecardRound") as unknown as {
    table: { tableRef: string; columns: { name: string }[] };
  };
  const ref = table.table.tableRef; // e.g. "A10:N50"
  const [, top, bottom] = /^A(\d+):[A-Z]+(\d+)$/.exec(ref)!.map(Number);
  return { headerRow: top, lastRow: bottom, headers: table.table.columns.map((c) => c.name) };
}

function validationsOf(sheet: ExcelJS.Worksheet, row: number, columns: number[]) {
  return columns.map((c) => sheet.getCell(row, c).dataValidation);
}

/** Opens and saves a workbook in LibreOffice Calc: what a real spreadsheet program made of it. */
function throughLibreOffice(xlsx: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-lo-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-lo-profile-"));
  execFileSync(
    findSoffice()!,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      xlsx,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  fs.rmSync(profile, { recursive: true, force: true });
  return path.join(out, path.basename(xlsx));
}

describe("npm run score -- FILE --new-round LABEL --out NEW.xlsx", () => {
  const out = path.join(dir, "round-2025.xlsx");
  beforeAll(() => prepare(out));

  it("lists every LSG of the source once, sorted, with the round and blank scores under the method", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("Round 2025");
    const { headerRow, lastRow, headers } = tableOf(sheet);
    expect(headers).toEqual([
      "Oblast",
      "District",
      "LSG",
      "Year / round",
      "Documents",
      "Mechanism",
      "Budget",
      "Documents — evidence",
      "Mechanism — evidence",
      "Budget — evidence",
      "Rater",
    ]);
    expect(lastRow - headerRow).toBe(40);
    expect(String(sheet.getCell(1, 1).value)).toMatch(/Ministry of Economy.*round 2025/);
    const above = Array.from({ length: headerRow - 1 }, (_, i) =>
      String(sheet.getCell(i + 1, 1).value ?? "")
    );
    expect(above.join("\n")).toMatch(/Budget: budget directed at gender issues \(0–3\)/);
    expect(above.join("\n")).toMatch(/Total 6–9 → gender-positive policy/);
    const body = Array.from({ length: 40 }, (_, i) => sheet.getRow(headerRow + 1 + i));
    const keys = body.map((row) => [1, 2, 3].map((c) => String(row.getCell(c).value)));
    const sorted = [...keys].sort((a, b) => a.join("|").localeCompare(b.join("|"), "ru"));
    expect(keys).toEqual(sorted);
    expect(new Set(keys.map((k) => k.join("|"))).size).toBe(40);
    expect(body.every((row) => row.getCell(4).value === "2025")).toBe(true);
    expect(
      body.every((row) => [5, 6, 7, 8, 9, 10, 11].every((c) => row.getCell(c).value === null))
    ).toBe(true);
  });

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
    const converted = throughLibreOffice(out);
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
      await prepare(file, "--lang", lang, "--raters", "2");
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

  it("round trip: prepared, filled in, then scored with no mapping", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    const { headerRow } = tableOf(sheet);
    for (let i = 0; i < 40; i++) {
      const row = sheet.getRow(headerRow + 1 + i);
      row.getCell(5).value = i % 4;
      row.getCell(6).value = (i + 1) % 4;
      row.getCell(7).value = i === 39 ? null : (i + 2) % 4;
      row.getCell(8).value = i % 4 > 0 ? `Programme ${i}, p. 3` : null;
      row.getCell(11).value = "Айгүл";
    }
    const filled = path.join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);

    const result = await runCli(filled, "--json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    const mapped = Object.fromEntries(
      Object.entries(report.validation.columns).map(([field, c]) => [field, c.header])
    );
    expect(mapped).toMatchObject({
      oblast: "Oblast",
      district: "District",
      lsg: "LSG",
      round: "Year / round",
      documents: "Documents",
      mechanism: "Mechanism",
      budget: "Budget",
      documentsNote: "Documents — evidence",
      rater: "Rater",
    });
    expect(report.rows).toHaveLength(40);
    expect(report.rows[0]).toMatchObject({
      round: "2025",
      scores: { documents: 0, mechanism: 1, budget: 2 },
    });
    expect(report.summary).toMatchObject({ assessed: 40, scored: 39, incomplete: 1 });
  });

  it("takes the latest round's LSGs once each, with their SOATE codes, whatever the older rounds held", async () => {
    const csv = path.join(dir, "rounds.csv");
    fs.writeFileSync(
      csv,
      [
        "Область,Район,ОМСУ,СОАТЕ,Год,Документы,Механизм,Бюджет",
        "Нарынская область,Ат-Башинский район,Ак-Муз а/а,41704220800010,2019,1,1,1",
        "Нарынская область,Ат-Башинский район,Только-2019 а/а,41704220800099,2019,1,1,1",
        "Нарынская область,Ат-Башинский район,Ак-Муз а/а,41704220800010,2023,2,1,1",
        "Нарынская область,Ат-Башинский район,АК-МУЗ А/А,41704220800010,2023,2,1,1",
        "Ошская область,Алайский район,Гүлчө а/а,41706207800010,2023,0,0,0",
        "Нарынская область,Ак-Талинский район,Баетов а/а,,2023,3,3,3",
      ].join("\n")
    );
    const file = path.join(dir, "from-rounds.xlsx");
    const result = await runCli(csv, "--new-round", "2027", "--lang", "ru", "--out", file);
    expect(result.stderr).toMatch(/3 LSGs for round 2027/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const { headerRow, headers } = tableOf(sheet);
    expect(headers.slice(0, 5)).toEqual(["Область", "Район", "ОМСУ", "СОАТЕ", "Год / раунд"]);
    const rows = [1, 2, 3].map((i) =>
      [1, 2, 3, 4, 5].map((c) => sheet.getCell(headerRow + i, c).value)
    );
    expect(rows).toEqual([
      ["Нарынская область", "Ак-Талинский район", "Баетов а/а", null, "2027"],
      ["Нарынская область", "Ат-Башинский район", "Ак-Муз а/а", "41704220800010", "2027"],
      ["Ошская область", "Алайский район", "Гүлчө а/а", "41706207800010", "2027"],
    ]);
  });

  it("names the sheet as Excel allows for a label such as 2025/26, and keeps the label itself", async () => {
    const file = path.join(dir, "slash.xlsx");
    const result = await runCli(SAMPLE, "--new-round", "2025/26", "--out", file);
    expect(result.stderr).toMatch(/sheet "Round 2025-26", 40 LSGs for round 2025\/26/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("Round 2025-26");
    expect(sheet.getCell(tableOf(sheet).headerRow + 1, 4).value).toBe("2025/26");
  });

  it("refuses without --out, with a bad --raters, and with an empty label", async () => {
    expect(await runCli(SAMPLE, "--new-round", "2025")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--new-round needs --out NEW\.xlsx/),
    });
    expect(
      await runCli(SAMPLE, "--new-round", "2025", "--raters", "3", "--out", out)
    ).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--raters must be 1 or 2, not "3"/),
    });
    expect(await runCli(SAMPLE, "--new-round", " ", "--out", out)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--new-round needs a round label/),
    });
  });
});

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
