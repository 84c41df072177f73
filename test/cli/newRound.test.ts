import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { prepareRound, runCli, SAMPLE, tempDir } from "./run";
import { ROUND_HEADERS, tableOf } from "../support/roundSheet";
import type { JsonReport } from "../../src/report";

const dir = tempDir();

describe("npm run score -- FILE --new-round LABEL --out NEW.xlsx", () => {
  const out = path.join(dir, "round-2025.xlsx");
  beforeAll(() => prepareRound(out));

  it("lists every LSG of the source once, sorted, with the round and blank scores under the method", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("Round 2025");
    const { headerRow, lastRow, headers } = tableOf(sheet);
    expect(headers).toEqual(ROUND_HEADERS);
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
    expect(result.stderr).toBe(`${file} записан: лист «Раунд 2027», ОМСУ для раунда 2027: 3.\n`);
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
