import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { runCli, SAMPLE, tempDir } from "./run";
import type { JsonReport } from "../../src/report";

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe("the CLI refuses what it cannot read, with one line that says why", () => {
  const dir = tempDir();

  it("names the missing required columns and the columns it found", async () => {
    const file = write(dir, "no-budget.csv", "LSG,Documents,Mechanism,Notes\nA,1,2,x\n");
    const result = await runCli(file);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("no column for budget");
    expect(result.stderr).toContain('A "LSG", B "Documents", C "Mechanism", D "Notes"');
  });

  it("names the candidates when a required column is ambiguous", async () => {
    const file = write(
      dir,
      "two-budgets.csv",
      "LSG,Documents,Mechanism,Budget,Budget\nA,1,2,3,0\n"
    );
    const result = await runCli(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('budget could be any of D "Budget", E "Budget"');
  });

  it.each([
    ["a missing file", () => path.join(dir, "nope.csv"), "no such file"],
    [
      "an unsupported extension",
      () => write(dir, "data.txt", "x"),
      "expected a .xlsx or .csv file",
    ],
    [
      // A folder stands for its .xlsx and .csv files (test/cli/gather.test.ts); this one has none.
      "a folder with no tables",
      () => (
        fs.mkdirSync(path.join(dir, "folder.csv"), { recursive: true }),
        path.join(dir, "folder.csv")
      ),
      "holds no .xlsx or .csv files",
    ],
    [
      "a CSV without a header row",
      () => write(dir, "numbers.csv", "1,2,3\n4,5,6\n"),
      "no column for documents, mechanism, budget",
    ],
    ["a corrupt workbook", () => write(dir, "broken.xlsx", "not a zip"), "Cannot read"],
  ])("%s", async (_, makeFile, reason) => {
    const result = await runCli(makeFile());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(reason);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("rejects bad arguments", async () => {
    expect((await runCli()).code).toBe(2);
    expect((await runCli(SAMPLE, "--lang", "de")).stderr).toContain('Unknown language "de"');
    expect((await runCli(SAMPLE, "--bogus")).code).toBe(2);
    expect((await runCli(SAMPLE, "--sheet", "X")).stderr).toContain("--sheet applies to .xlsx");
  });

  it("never overwrites: not the input, and not an existing --out file without --force", async () => {
    const copy = write(dir, "copy.csv", fs.readFileSync(SAMPLE));
    const before = fs.readFileSync(copy);
    expect((await runCli(copy, "--out", copy)).code).toBe(2);
    const existing = write(dir, "existing.xlsx", "keep me");
    const refused = await runCli(copy, "--out", existing);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already exists");
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
    expect((await runCli(copy, "--out", existing, "--force")).code).toBe(0);
    expect(fs.readFileSync(existing).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
  });
});

describe("the CLI reads bad rows and reports each one, exiting 0", () => {
  const dir = tempDir();

  it("reports every bad-input class with its cell and value", async () => {
    const csv = [
      "ЖӨБ органынын аталышы,Облусу,Документтер,Механизм,Бюджет",
      "Ok,Ысык-Көл облусу,1,0,2",
      "Text,Ысык-Көл облусу,1,да,2",
      'Fraction,Ысык-Көл облусу,"2,5",0,0',
      "Too big,Ысык-Көл облусу,4,0,0",
      "Blank,Ысык-Көл облусу,1,,0",
      "Error,Ысык-Көл облусу,1,#N/A,0",
      ",,,,",
      '=HYPERLINK("x"),Ысык-Көл облусу, 3 ,3,3',
    ].join("\n");
    const result = await runCli(write(dir, "bad.csv", "\ufeff" + csv), "--json", "--lang", "ky");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    const byName = new Map(report.rows.map((r) => [r.lsg, r]));
    expect(byName.get("Ok")!.total).toBe(3);
    expect(byName.get("Text")!.problems).toEqual([
      expect.objectContaining({
        indicator: "mechanism",
        cell: "D3",
        kind: "not-a-number",
        value: "да",
      }),
    ]);
    expect(byName.get("Fraction")!.problems[0]).toMatchObject({
      cell: "C4",
      kind: "not-whole",
      value: "2,5",
    });
    expect(byName.get("Too big")!.problems[0]).toMatchObject({
      cell: "C5",
      kind: "out-of-range",
      value: "4",
    });
    expect(byName.get("Blank")!.problems[0]).toMatchObject({
      cell: "D6",
      kind: "missing",
      value: null,
    });
    expect(byName.get("Error")!.problems[0]).toMatchObject({
      cell: "D7",
      kind: "excel-error",
      value: "#N/A",
    });
    expect(byName.get("Error")!.problems[0].message).toBe(
      "Механизм: уячада Excel катасы бар: #N/A; 0–3 аралыгындагы бүтүн сан күтүлөт."
    );
    // The blank line 8 is skipped; a name that looks like a formula is kept as text.
    expect(report.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 9]);
    expect(byName.get('=HYPERLINK("x")')!.total).toBe(9);
    expect(report.summary).toMatchObject({ assessed: 7, scored: 2, incomplete: 5 });
  });

  it("reads an .xlsx with numbers, text numbers, formulas, rich text and error cells, from the named sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["nothing here"]);
    const sheet = workbook.addWorksheet("2019");
    sheet.addRow(["Наименование ОМСУ", "Район", "Область", "Документы", "Механизм", "Бюджет"]);
    sheet.addRow([
      { richText: [{ text: "Барпы " }, { text: "АО" }] },
      "Сузакский",
      "Джалал-Абадская",
      3,
      "2",
      1,
    ]);
    sheet.addRow([
      "Масы АО",
      "Ноокенский",
      "Джалал-Абадская",
      { formula: "1+1", result: 2 },
      0,
      { error: "#DIV/0!" },
    ]);
    sheet.addRow(["Кеңеш АО", "Базар-Коргонский", "Джалал-Абадская", true, 0, 0]);
    const file = path.join(dir, "book.xlsx");
    await workbook.xlsx.writeFile(file);

    const missingSheet = await runCli(file, "--sheet", "2020");
    expect(missingSheet.code).toBe(2);
    expect(missingSheet.stderr).toContain('its sheets are "Notes", "2019"');

    const result = await runCli(file, "--sheet", "2019", "--json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.rows.map((r) => [r.lsg, r.total, r.category])).toEqual([
      ["Барпы АО", 6, "positive"],
      ["Масы АО", null, null],
      ["Кеңеш АО", null, null],
    ]);
    expect(report.rows[1].problems[0]).toMatchObject({
      indicator: "budget",
      cell: "F3",
      kind: "excel-error",
      value: "#DIV/0!",
    });
    expect(report.rows[2].problems[0]).toMatchObject({
      indicator: "documents",
      cell: "D4",
      kind: "not-a-number",
      value: true,
    });
  });
});
