import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "./run";
import type { JsonReport } from "../../src/report";

// Three assessors' files of one round, each with its own columns: Russian headers in one CSV,
// English ones in another order in a second, and a workbook whose header is on row 2 under a title.
// Теплоключенский АО is in both the first CSV (row 2) and the workbook (row 4): a duplicate.

const RU_CSV = [
  "Область,Район,Наименование ОМСУ,Год,Документы,Механизм,Бюджет",
  "Иссык-Кульская область,Ак-Суйский район,Теплоключенский АО,2025,2,1,0",
  "Иссык-Кульская область,Ак-Суйский район,Бозучук айыл аймагы,2025,x,0,0",
].join("\n");

const EN_CSV = [
  "LSG,Budget,Documents,Mechanism,District,Oblast,Round",
  "Kara-Suu,1,3,2,Kara-Suu district,Osh oblast,2025",
  "Nookat,0,1,0,Nookat district,Osh oblast,2025",
  "Kyzyl-Kiya,0,0,0,Kadamjai district,Batken oblast,2025",
].join("\n");

async function writeWorkbook(file: string, rows: (string | number | null)[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Scores");
  sheet.addRow(["Assessment of LSGs, Issyk-Kul oblast, 2025"]);
  sheet.addRow(["Round", "Budget", "Mechanism", "Documents", "LSG", "District", "Oblast"]);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

interface Fixture {
  dir: string;
  ru: string;
  en: string;
  xlsx: string;
}

/** a.csv at the top; a folder "oblast" with b.csv and c.xlsx (and what a folder must not read). */
async function fixture(): Promise<Fixture> {
  const dir = tempDir();
  const folder = path.join(dir, "oblast");
  fs.mkdirSync(path.join(folder, "older"), { recursive: true });
  const ru = path.join(dir, "a.csv");
  const en = path.join(folder, "b.csv");
  const xlsx = path.join(folder, "c.xlsx");
  fs.writeFileSync(ru, RU_CSV);
  fs.writeFileSync(en, EN_CSV);
  await writeWorkbook(xlsx, [
    [2025, 1, 1, 1, "Тору-Айгыр", "Иссык-Кульский район", "Иссык-Кульская область"],
    [2025, 2, 3, 3, "Теплоключенский АО", "Ак-Суйский район", "Иссык-Кульская область"],
  ]);
  // Not read: Excel's lock file, a subfolder's file, a file of another kind.
  fs.writeFileSync(path.join(folder, "~$c.xlsx"), "lock");
  fs.writeFileSync(path.join(folder, "older", "d.csv"), EN_CSV);
  fs.writeFileSync(path.join(folder, "notes.txt"), "not a table");
  return { dir, ru, en, xlsx };
}

describe("several files gathered into one dataset", () => {
  it("JSON: every row carries its file, each file mapped on its own, summaries over all", async () => {
    const { dir, ru, en, xlsx } = await fixture();
    const { code, stdout, stderr } = await runCli(ru, path.join(dir, "oblast"), "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as JsonReport & { files: Record<string, unknown>[] };
    expect(json.rows.map((r) => [r.file, r.row, r.lsg, r.total])).toEqual([
      [ru, 2, "Теплоключенский АО", 3],
      [ru, 3, "Бозучук айыл аймагы", null],
      [en, 2, "Kara-Suu", 6],
      [en, 3, "Nookat", 1],
      [en, 4, "Kyzyl-Kiya", 0],
      [xlsx, 3, "Тору-Айгыр", 3],
      [xlsx, 4, "Теплоключенский АО", 8],
    ]);
    // The workbook's budget is its column B, documents D: mapped by its own header, on row 2.
    expect(json.rows[6].scores).toEqual({ documents: 3, mechanism: 3, budget: 2 });
    expect(json.summary.allRows).toEqual({ assessed: 7, scored: 6, incomplete: 1 });
    expect(json.rows[1].problems[0]).toMatchObject({
      file: ru,
      cell: `${ru}!E3`,
      kind: "not-a-number",
    });
    expect(json.files).toEqual([
      expect.objectContaining({ file: ru, rows: 2, scored: 1, problems: 1, duplicates: 1 }),
      expect.objectContaining({ file: en, rows: 3, scored: 3, problems: 0, duplicates: 0 }),
      expect.objectContaining({ file: xlsx, sheet: "Scores", rows: 2, headerRows: [2] }),
    ]);
    expect(json.files[1].columns).toContain("budget=B, ");
    expect(json.files[2].columns).toContain("documents=D, ");
  });

  it("names both files and rows of an LSG twice in one round", async () => {
    const { ru, xlsx, dir } = await fixture();
    const { stdout } = await runCli(ru, path.join(dir, "oblast"), "--json");
    const { duplicates } = (JSON.parse(stdout) as JsonReport).validation;
    expect(duplicates).toEqual([
      {
        lsg: "Теплоключенский АО",
        district: "Ак-Суйский район",
        round: "2025",
        rows: [2, 4],
        files: [ru, xlsx],
        message: `"Теплоключенский АО" appears 2 times in round 2025: ${ru} row 2; ${xlsx} row 4. Keep one row.`,
      },
    ]);
    // Resolved by deleting one of the rows: counted once, no duplicate left.
    fs.writeFileSync(
      ru,
      RU_CSV.split("\n")
        .filter((l) => !l.includes("Теплоключ"))
        .join("\n")
    );
    const after = JSON.parse((await runCli(ru, path.join(dir, "oblast"), "--json")).stdout);
    expect(after.validation.duplicates).toEqual([]);
    expect(after.summary.allRows.assessed).toBe(6);
  });

  it("text: per-file counts, each row's file, problems naming file and cell", async () => {
    const { ru, en, xlsx } = await fixture();
    const { code, stdout } = await runCli(ru, en, xlsx, "--lang", "ru");
    expect(code).toBe(0);
    expect(stdout).toContain(`Файлы: ${ru}, ${en}, ${xlsx}`);
    const files = stdout.slice(stdout.indexOf("  Файлы\n"));
    expect(files).toMatch(/Файл\s+Лист\s+Прочитано строк ОМСУ\s+Оценено\s+Неполные\s+Ошибочные/);
    const line = (file: string) => files.split("\n").find((l) => l.trim().startsWith(file));
    expect(line(ru)).toMatch(/\s+a\s+2\s+1\s+1\s+1\s+1\s+0\s+1\s+documents=E/);
    expect(line(en)).toMatch(/\s+b\s+3\s+3\s+0\s+0\s+0\s+0\s+1\s+documents=C/);
    expect(line(xlsx)).toMatch(/\s+Scores\s+2\s+2\s+0\s+0\s+1\s+0\s+2\s+documents=D/);
    expect(stdout).toContain(`  ${ru}!E3  Бозучук айыл аймагы: `);
    expect(stdout).toContain(`${ru} строка 2; ${xlsx} строка 4. Оставьте одну строку.`);
    expect(stdout).toContain("Прочитано ОМСУ: 7; оценено: 6; неполных: 1.");
  });

  it("--out: Results with each row's file, Summary over all, and a Files sheet of counts", async () => {
    const { ru, en, dir } = await fixture();
    const out = path.join(dir, "all.xlsx");
    const { code } = await runCli(ru, path.join(dir, "oblast"), "--out", out);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    // The assessors' sheets are not copied: their files stay where they are, unchanged.
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Results", "Summary", "Files"]);
    const results = workbook.getWorksheet("Results")!;
    expect(results.getRow(1).values).toEqual(expect.arrayContaining(["File", "Row", "LSG"]));
    expect(results.getCell("A4").value).toBe(en);
    expect(results.getCell("B4").value).toBe(2);
    const files = workbook.getWorksheet("Files")!;
    expect(files.getRow(1).values).toEqual([
      undefined,
      "File",
      "Sheet",
      "LSG rows read",
      "Scored",
      "Incomplete",
      "Bad cells",
      "Duplicate rows",
      "Skipped rows",
      "Header row",
      "Columns used",
    ]);
    expect((files.getRow(2).values as unknown[]).slice(1, 9)).toEqual([ru, "a", 2, 1, 1, 1, 1, 0]);
    expect(files.rowCount).toBe(4);
  });

  it("a folder skips a results workbook written into it, and --out itself", async () => {
    const { dir } = await fixture();
    const folder = path.join(dir, "oblast");
    const out = path.join(folder, "all.xlsx");
    expect((await runCli(folder, "--out", out)).code).toBe(0);
    const again = await runCli(folder, "--json", "--out", out, "--force");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).files).toHaveLength(2);
    // An earlier one-file run's results workbook, under another name, is recognised too.
    const single = path.join(dir, "single.xlsx");
    expect((await runCli(path.join(folder, "c.xlsx"), "--out", single)).code).toBe(0);
    fs.copyFileSync(single, path.join(folder, "c-results.xlsx"));
    const third = await runCli(folder, "--json");
    expect(third.stderr).toContain(`${path.join(folder, "all.xlsx")} skipped`);
    expect(third.stderr).toContain(`${path.join(folder, "c-results.xlsx")} skipped`);
    expect(JSON.parse(third.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      path.join(folder, "b.csv"),
      path.join(folder, "c.xlsx"),
    ]);
    // A folder of results workbooks only: nothing to score, and why.
    const ours = path.join(dir, "ours");
    fs.mkdirSync(ours);
    fs.copyFileSync(out, path.join(ours, "all.xlsx"));
    const none = await runCli(ours);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      `No input file left to score. ${path.join(ours, "all.xlsx")} skipped: a results workbook`
    );
  });

  it("refuses what only makes sense for one input, and a file given twice (exit 2)", async () => {
    const { ru, en, dir } = await fixture();
    const second = await runCli(ru, en, "--second-sheet", "Rater 2");
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/--second-sheet .*several inputs are given/);
    const round = await runCli(path.join(dir, "oblast"), "--new-round", "2026", "--out", "x.xlsx");
    expect(round.code).toBe(2);
    expect(round.stderr).toMatch(/--new-round prepares the next round from one file/);
    const twice = await runCli(en, path.join(dir, "oblast"));
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`${en} is given twice`);
    fs.mkdirSync(path.join(dir, "empty"));
    const empty = await runCli(ru, path.join(dir, "empty"));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("holds no .xlsx or .csv files");
  });

  it("evidence is looked for in each file's own evidence column", async () => {
    const dir = tempDir();
    const one = path.join(dir, "one.csv");
    const two = path.join(dir, "two.csv");
    fs.writeFileSync(
      one,
      "LSG name,Documents score,Documents evidence,Mechanism score,Budget score\nA,2,,0,0\n"
    );
    fs.writeFileSync(
      two,
      "LSG name,Mechanism score,Budget score,Documents score,Documents evidence\nB,0,0,1,\n"
    );
    const { stdout } = await runCli(one, two, "--json");
    const warnings = (JSON.parse(stdout) as JsonReport).validation.evidenceWarnings;
    expect(warnings.map((w) => [w.lsg, w.cell, w.evidenceCell])).toEqual([
      ["A", `${one}!B2`, `${one}!C2`],
      ["B", `${two}!D2`, `${two}!E2`],
    ]);
  });

  it("a rater column names each file's assessor: files are never paired as two raters", async () => {
    const dir = tempDir();
    const one = path.join(dir, "osh.csv");
    const two = path.join(dir, "batken.csv");
    fs.writeFileSync(one, "LSG,Rater,Documents,Mechanism,Budget\nA,Aigul,2,1,0\nB,Aigul,3,3,3\n");
    fs.writeFileSync(two, "LSG,Rater,Documents,Mechanism,Budget\nC,Bakyt,1,0,0\n");
    const { code, stdout } = await runCli(one, two, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as JsonReport & { raters: unknown };
    expect(json.rows.map((r) => r.total)).toEqual([3, 9, 1]);
    expect(json.raters).toBeNull();
    // A file that itself holds two raters of the same LSGs is refused, not counted twice.
    fs.writeFileSync(two, "LSG,Rater,Documents,Mechanism,Budget\nC,Bakyt,1,0,0\nC,Asel,2,0,0\n");
    const refused = await runCli(one, two);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${two} holds two raters' scores (Bakyt, Asel)`);
  });

  it("the sample: 2019's table and round 2025's two assessors' files, who moved with files", async () => {
    const assets = path.resolve(__dirname, "../../assets");
    const [sample, issykKul, jalalAbad] = [
      "sample-lsg-assessments.csv",
      "round-2025-issyk-kul.xlsx",
      "round-2025-jalal-abad.xlsx",
    ].map((name) => path.join(assets, name));
    const { code, stdout } = await runCli(sample, issykKul, jalalAbad, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as JsonReport & { files: { file: string; rows: number }[] };
    expect(json.files.map((f) => [f.file, f.rows])).toEqual([
      [sample, 40],
      [issykKul, 20],
      [jalalAbad, 20],
    ]);
    const { movers } = json.summary;
    expect([movers!.from, movers!.to]).toEqual(["2019", "2025"]);
    expect(movers!.lsgs[0].from).toMatchObject({ file: sample, row: 3 });
    expect(movers!.lsgs[0].to).toMatchObject({ file: issykKul, row: 11 });
    expect(movers!.duplicated).toEqual([
      expect.objectContaining({
        lsg: "Ак-Коргон айыл аймагы",
        rows: [36, 14, 15],
        files: [sample, jalalAbad, jalalAbad],
      }),
    ]);
  });

  it("a file whose columns cannot be found is named", async () => {
    const { ru, dir } = await fixture();
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, "Name,Something\nX,1\n");
    const { code, stderr } = await runCli(ru, bad);
    expect(code).toBe(2);
    expect(stderr).toContain(`Cannot score ${bad}: `);
  });
});
