import fs from "fs";
import path from "path";
import { readInput } from "../../src/cli/readInput";
import { runCli, tempDir } from "./run";
import { headerRow, numberCell, textCell, writeFixture } from "../files/xlsxFixture";
import { LSG_HEADER_RU } from "../support/bigWorkbook";

const dir = tempDir();

interface JsonProblem {
  cell: string;
  kind: string;
  value: unknown;
  message: string;
}
interface JsonRow {
  row: number;
  lsg: string;
  round: string | null;
  total: number | null;
  problems: JsonProblem[];
}

async function json(file: string, ...args: string[]) {
  const result = await runCli(file, "--json", ...args);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    rows: JsonRow[];
    summary: { assessed: number; scored: number };
    validation: { skippedRows: { row: number; text: string }[] };
  };
}

/** The first row's first problem, as the report words it in `lang`. */
async function firstMessage(file: string, lang: "ru" | "ky"): Promise<string> {
  return (await json(file, "--lang", lang)).rows[0].problems[0].message;
}

/** One LSG row: oblast, district, name, year as text, then the three score cells given as XML. */
function lsgRow(r: number, name: string, scores: string[], year = "2019"): string {
  return (
    `<row r="${r}">${textCell(`A${r}`, "Ошская область")}${textCell(`B${r}`, "Кара-Суйский район")}` +
    `${textCell(`C${r}`, name)}${textCell(`D${r}`, year)}${scores.join("")}</row>`
  );
}

describe("a stray cell far from the data (column XFD, row 1,048,576)", () => {
  const file = path.join(dir, "stray.xlsx");
  const n = 2000;
  beforeAll(async () => {
    const rows = [headerRow().replace("</row>", textCell("XFD1", "stray") + "</row>")];
    for (let i = 0; i < n; i++) {
      const r = i + 2;
      rows.push(
        lsgRow(r, `АО ${i}`, [
          numberCell(`E${r}`, i % 4),
          numberCell(`F${r}`, 1),
          numberCell(`G${r}`, 2),
        ])
      );
    }
    rows.push(`<row r="1048576">${textCell("A1048576", "footnote far below")}</row>`);
    await writeFixture(file, [{ name: "LSGs", data: rows.join("") }]);
  });

  it("reads only the cells that hold data: rows as long as their own last cell", async () => {
    const before = process.memoryUsage().heapUsed;
    const { grid } = await readInput(file);
    const grown = process.memoryUsage().heapUsed - before;
    expect(grid.values).toHaveLength(1_048_576);
    expect(grid.values[0][16_383]).toBe("stray");
    // Row 1 holds 8 cells, not 16,384 slots; every LSG row holds its 7 cells.
    expect(Object.keys(grid.values[0])).toHaveLength(8);
    expect(grid.values.slice(1, n + 1).every((row) => row.length === 7)).toBe(true);
    // The million empty rows share one empty array.
    expect(new Set(grid.values.slice(n + 1, 1_048_575)).size).toBe(1);
    expect(grid.values[1_048_575]).toEqual(["footnote far below"]);
    // A dense grid would be 1,048,576 × 16,384 cells; this one is the data plus 8 MB of row slots.
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  it("scores every LSG and lists the far row as not an LSG", async () => {
    const report = await json(file);
    expect(report.summary.assessed).toBe(n);
    expect(report.summary.scored).toBe(n);
    expect(report.rows[3].total).toBe(3 + 1 + 2);
    expect(report.validation.skippedRows).toEqual([
      expect.objectContaining({ row: 1_048_576, text: "footnote far below" }),
    ]);
  });
});

describe("formulas saved without a calculated value (workbooks written by scripts)", () => {
  const file = path.join(dir, "formulas.xlsx");
  beforeAll(async () => {
    await writeFixture(file, [
      {
        name: "LSGs",
        data:
          headerRow() +
          // No <v> at all; an empty <v/> as openpyxl writes it; a formula with its cached value.
          lsgRow(2, "Кара-Суу", [
            '<c r="E2"><f>SUM(H2:I2)</f></c>',
            '<c r="F2"><f>1+1</f><v></v></c>',
            '<c r="G2"><f>1+1</f><v>2</v></c>',
          ]) +
          // A shared formula: only its first cell carries the text; the others are moved from it.
          lsgRow(3, "Жылкелди", [
            '<c r="E3"><f t="shared" ref="E3:E4" si="0">H3*1</f></c>',
            numberCell("F3", 1),
            numberCell("G3", 1),
          ]) +
          lsgRow(4, "Мады", [
            '<c r="E4"><f t="shared" si="0"/></c>',
            numberCell("F4", 1),
            numberCell("G4", 1),
          ]),
      },
    ]);
  });

  it("reports each as a formula with no calculated value, quoting it and saying how to fix it", async () => {
    const report = await json(file);
    const problems = report.rows.flatMap((r) => r.problems);
    expect(problems.map((p) => [p.cell, p.kind, p.value])).toEqual([
      ["E2", "formula-no-value", "=SUM(H2:I2)"],
      ["F2", "formula-no-value", "=1+1"],
      ["E3", "formula-no-value", "=H3*1"],
      ["E4", "formula-no-value", "=H4*1"],
    ]);
    expect(problems[0].message).toBe(
      "Documents: the formula =SUM(H2:I2) has no calculated value (the file was saved without calculating it); open the file in Excel or LibreOffice and save it again; expected a whole number from 0 to 3."
    );
    // The calculated formula is read by its value.
    expect(report.rows[0].problems.map((p) => p.cell)).not.toContain("G2");
  });

  it("says so in Russian and Kyrgyz too", async () => {
    expect(await firstMessage(file, "ru")).toContain(
      "у формулы =SUM(H2:I2) нет вычисленного значения (файл сохранён без пересчёта); откройте файл в Excel или LibreOffice"
    );
    expect(await firstMessage(file, "ky")).toContain(
      "=SUM(H2:I2) формуласынын эсептелген мааниси жок"
    );
  });
});

describe("a score in a date-formatted cell", () => {
  const styles = {
    numFmts: '<numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy;@"/>',
    cellXfs: [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    ],
  };
  const data =
    headerRow() +
    // 2 in a built-in date format (m/d/yyyy), 3 in a custom one, 1 as a percentage (not a date).
    lsgRow(2, "Кара-Суу", [
      numberCell("E2", 2, 1),
      numberCell("F2", 3, 2),
      numberCell("G2", 1, 3),
    ]) +
    // The year column formatted as a date: 43466 is 2019-01-01, shown as a date in labels.
    `<row r="3">${textCell("A3", "Ошская область")}${textCell("C3", "Мады")}${numberCell("D3", 43466, 1)}` +
    `${numberCell("E3", 1)}${numberCell("F3", 1)}${numberCell("G3", 1)}</row>`;

  it("says the cell is formatted as a date and shows the number typed (1900 date system)", async () => {
    const file = path.join(dir, "dates.xlsx");
    await writeFixture(file, [{ name: "LSGs", data }], styles);
    const report = await json(file);
    expect(report.rows[0].problems.map((p) => [p.cell, p.kind, p.value])).toEqual([
      ["E2", "date-formatted", 2],
      ["F2", "date-formatted", 3],
    ]);
    expect(report.rows[0].problems[0].message).toBe(
      "Documents: the cell is formatted as a date; the number typed is 2 (give the cell a number format); expected a whole number from 0 to 3."
    );
    expect(report.rows[1].round).toBe("2019-01-01");
    expect(await firstMessage(file, "ru")).toContain(
      "ячейка отформатирована как дата; введено число 2"
    );
    expect(await firstMessage(file, "ky")).toContain(
      "уяча дата катары форматталган; терилген сан: 2"
    );
  });

  it("shows dates of a 1904 date system workbook from 1904-01-01", async () => {
    const file = path.join(dir, "dates1904.xlsx");
    await writeFixture(file, [{ name: "LSGs", data }], { ...styles, date1904: true });
    const report = await json(file);
    expect(report.rows[0].problems[0].value).toBe(2);
    // 43466 days after 1904-01-01.
    expect(report.rows[1].round).toBe("2023-01-02");
  });
});

describe("a CSV saved by Excel with a stray cell in column XFD", () => {
  it("reads each row as long as its data, not 16,384 cells wide", async () => {
    // Excel writes every row as wide as the used range: 16,383 separators per line.
    const pad = (cells: string[]) => cells.join(",") + ",".repeat(16_384 - cells.length);
    const lines = [pad(LSG_HEADER_RU).replace(/,$/, ",stray")];
    for (let i = 0; i < 2000; i++)
      lines.push(
        pad(["Ошская область", "Кара-Суйский район", `АО ${i}`, "2019", String(i % 4), "1", "2"])
      );
    const file = path.join(dir, "stray.csv");
    fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
    const { grid } = await readInput(file);
    expect(grid.values).toHaveLength(2001);
    expect(grid.values[0][16_383]).toBe("stray");
    expect(grid.values.slice(1).every((row) => row.length === 7)).toBe(true);
    const report = await json(file);
    expect(report.summary.scored).toBe(2000);
  });
});
