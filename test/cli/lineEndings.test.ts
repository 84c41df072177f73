import fs from "fs";
import path from "path";
import { parseCsv } from "../../src/files/csv";
import type { JsonReport } from "../../src/report";
import { runCli, tempDir } from "./run";

const HEADER = "LSG,Documents,Mechanism,Budget";

// Each mix of line endings a CSV meets after being edited on several systems; every one holds the
// same three LSGs, so every one must read as three rows.
const MIXES: [string, string][] = [
  ["a CRLF header over LF rows", `${HEADER}\r\nA,1,2,0\nB,0,1,2\nC,3,3,3\n`],
  ["LF rows then CRLF rows", `${HEADER}\nA,1,2,0\nB,0,1,2\r\nC,3,3,3\r\n`],
  ["CR only (old Mac)", `${HEADER}\rA,1,2,0\rB,0,1,2\rC,3,3,3\r`],
  ["a stray lone CR among LF", `${HEADER}\nA,1,2,0\rB,0,1,2\nC,3,3,3\n`],
  ["a stray lone CR among CRLF", `${HEADER}\r\nA,1,2,0\r\nB,0,1,2\rC,3,3,3\r\n`],
  ["no final line break, mixed", `${HEADER}\r\nA,1,2,0\nB,0,1,2\rC,3,3,3`],
];

describe("CSV rows are all read whatever the mix of CRLF, LF and CR", () => {
  it.each(MIXES)("%s: parseCsv gives the header and three rows", (_, text) => {
    const grid = parseCsv(text);
    expect(grid.values).toEqual([
      ["LSG", "Documents", "Mechanism", "Budget"],
      ["A", "1", "2", "0"],
      ["B", "0", "1", "2"],
      ["C", "3", "3", "3"],
    ]);
  });

  it("keeps line breaks inside quoted cells in the cell, whatever the row endings", () => {
    const text =
      `${HEADER},Note\r\n` +
      `"Ак-Суу\r\nайыл аймагы",1,2,0,"first\nsecond\rthird"\n` +
      `B,0,1,2,\r` +
      `C,3,3,3,"x"\r\n`;
    expect(parseCsv(text).values).toEqual([
      ["LSG", "Documents", "Mechanism", "Budget", "Note"],
      ["Ак-Суу\nайыл аймагы", "1", "2", "0", "first\nsecond\nthird"],
      ["B", "0", "1", "2", null],
      ["C", "3", "3", "3", "x"],
    ]);
  });

  it("keeps a semicolon-separated Windows-1251-style file with mixed endings whole", () => {
    const text = 'ОМСУ;Документы;Механизм;Бюджет\r\nА;1;2;0\nБ;"2,0";1;2\rВ;3;3;3\r\n';
    expect(parseCsv(text).values.map((row) => row[0])).toEqual(["ОМСУ", "А", "Б", "В"]);
  });
});

describe("the CLI scores every row of a CSV with mixed line endings", () => {
  const dir = tempDir();

  it.each(MIXES)("%s: 3 LSGs read, 3 scored, rows 2-4", async (name, text) => {
    const file = path.join(dir, `${name.replace(/\W+/g, "-")}.csv`);
    fs.writeFileSync(file, text);
    const result = await runCli(file, "--json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.rows.map((r) => [r.row, r.lsg, r.total])).toEqual([
      [2, "A", 3],
      [3, "B", 3],
      [4, "C", 9],
    ]);
    expect(report.summary).toMatchObject({ assessed: 3, scored: 3, incomplete: 0 });
    expect(report.validation.skippedRows).toEqual([]);
  });

  it("UTF-16 (Excel's Unicode text, tab-separated) with mixed endings, and blank lines of either kind", async () => {
    const file = path.join(dir, "unicode.csv");
    const text = "LSG\tDocuments\tMechanism\tBudget\r\nA\t1\t2\t0\n\r\nB\t0\t1\t2\r\rC\t3\t3\t3\n";
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
    );
    const report = JSON.parse((await runCli(file, "--json")).stdout) as JsonReport;
    expect(report.rows.map((r) => [r.row, r.lsg, r.total])).toEqual([
      [2, "A", 3],
      [4, "B", 3],
      [6, "C", 9],
    ]);
    expect(report.validation.blankRows).toBe(2);
  });

  it("a quoted multi-line LSG name stays one cell and one row", async () => {
    const file = path.join(dir, "multiline.csv");
    fs.writeFileSync(file, `${HEADER}\r\n"Ак-Суу\r\nайыл аймагы",1,2,0\nB,0,1,2\rC,3,3,3\n`);
    const report = JSON.parse((await runCli(file, "--json")).stdout) as JsonReport;
    expect(report.rows.map((r) => [r.row, r.lsg])).toEqual([
      [2, "Ак-Суу\nайыл аймагы"],
      [3, "B"],
      [4, "C"],
    ]);
  });
});
