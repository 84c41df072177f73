import fs from "fs";
import os from "os";
import path from "path";
import { readInput } from "../../src/cli/readInput";
import {
  parseAreaAddress,
  readAssessmentTable,
  MappingError,
  type CellGrid,
} from "../../src/sheets";
import {
  writeCp1251SemicolonCsv,
  writeEnglishCsv,
  writeKyrgyzCsv,
  writeRussianTwoRowHeaderXlsx,
} from "../support/fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-sheets-"));

describe("a Russian workbook: title line, two header rows with merged cells, blank, total and footnote rows", () => {
  let table: ReturnType<typeof readAssessmentTable>;
  beforeAll(async () => {
    const file = path.join(dir, "two-row.xlsx");
    await writeRussianTwoRowHeaderXlsx(file);
    table = readAssessmentTable((await readInput(file)).grid);
  });

  it("finds the header on row 4 (merged cells from row 3 fill it) and maps every column", () => {
    expect(table.headerRows).toEqual([4]);
    const fields = table.mapping.fields;
    expect(fields.oblast?.header).toBe("Область");
    expect(fields.lsg?.header).toBe("Наименование\nОМСУ");
    expect(fields.documents?.header).toBe("Документы");
    expect(fields.mechanism?.header).toBe("Механизм");
    expect(fields.budget?.header).toBe("Бюджет");
    expect(fields.total?.header).toBe("Итоговый балл");
    expect(fields.note?.header).toBe("Обоснование, источник");
  });

  it("reads the LSG rows with their cells, filling the merged oblast and blank districts down", () => {
    expect(table.rows.map((r) => [r.row, r.lsg, r.oblast, r.district])).toEqual([
      [5, "Бөкөнбаев а/о", "Иссык-Кульская область", "Тонский район"],
      [6, "Кажы-Сай а/о", "Иссык-Кульская область", "Тонский район"],
      [7, "Түп а/о", "Иссык-Кульская область", "Тюпский район"],
      [8, "Санташ а/о", "Иссык-Кульская область", "Тюпский район"],
    ]);
    expect(table.rows[1].filledDown).toEqual(["district"]);
    expect(table.rows[1].cells.documents).toEqual({ address: "D6", value: "1" });
    expect(table.rows[0].note).toBe("Программа развития 2018–2022, с. 14");
  });

  it("skips the blank row, and lists the total row and the footnote instead of scoring them", () => {
    expect(table.blankRows).toBe(1);
    expect(table.skipped).toEqual([
      { row: 10, reason: "total", text: "Итого" },
      { row: 11, reason: "no-lsg-data", text: "Источник: данные мониторинговой группы" },
    ]);
  });
});

describe("a Kyrgyz CSV (UTF-8 with BOM)", () => {
  it("maps Kyrgyz headers, reads an Excel error, and skips the Жыйынтык row", async () => {
    const file = path.join(dir, "ky.csv");
    writeKyrgyzCsv(file);
    const input = await readInput(file);
    expect(input.encoding).toBe("utf-8");
    const table = readAssessmentTable(input.grid);
    expect(table.headerRows).toEqual([1]);
    expect(table.mapping.fields.documents?.header).toBe("1-индикатор, упай");
    expect(table.mapping.fields.documentsNote).toBeUndefined();
    expect(table.mapping.fields.note?.header).toBe("Негиздеме, булак");
    expect(table.rows.map((r) => r.lsg)).toEqual([
      "Барпы айыл аймагы",
      "Кыз-Көл айыл аймагы",
      "Масы айыл аймагы",
    ]);
    expect(table.rows[2].cells.documents).toEqual({ address: "E4", value: "#N/A" });
    expect(table.skipped).toEqual([{ row: 5, reason: "total", text: "Жыйынтык" }]);
  });
});

describe("an English CSV with evidence per indicator and two rounds", () => {
  it("maps score and evidence columns apart and reads rounds", async () => {
    const file = path.join(dir, "en.csv");
    writeEnglishCsv(file);
    const table = readAssessmentTable((await readInput(file)).grid);
    const { fields } = table.mapping;
    expect([fields.documents?.header, fields.documentsNote?.header]).toEqual([
      "Documents score",
      "Documents evidence",
    ]);
    expect([fields.budget?.header, fields.budgetNote?.header]).toEqual([
      "Budget score",
      "Budget evidence",
    ]);
    expect(table.rows[1]).toMatchObject({ lsg: "Bosteri", round: "2023" });
    expect(table.rows[1].notes).toEqual({
      documents: "Plan 2023 p.5",
      mechanism: "Commission order",
      budget: "Budget line 12",
    });
  });
});

describe("a semicolon CSV in Windows-1251 under a title line", () => {
  it("decodes it, finds the header on row 2, and keeps text numbers for the rubric", async () => {
    const file = path.join(dir, "cp1251.csv");
    writeCp1251SemicolonCsv(file);
    const input = await readInput(file);
    expect(input.encoding).toBe("windows-1251");
    const table = readAssessmentTable(input.grid);
    expect(table.headerRows).toEqual([2]);
    expect(table.mapping.fields.lsg?.header).toBe("Айылный аймак");
    expect(table.mapping.fields.documents?.header).toBe("Инд. 1 (документы)");
    expect(table.rows.map((r) => [r.lsg, r.cells.documents.value])).toEqual([
      ["Кара-Жыгач а/о", " 3 "],
      ["Авлетим а/о", "1,0"],
      ["Нооруз а/о", "2,5"],
    ]);
    expect(table.skipped).toEqual([{ row: 7, reason: "total", text: "Всего" }]);
  });
});

describe("a two-row header without merge information (as CSV keeps it)", () => {
  it("joins the group row and the row below it", () => {
    const table = readAssessmentTable({
      values: [
        ["Область", "ОМСУ", "Индикатор", null, null],
        [null, null, "1", "2", "3"].map((v, i) => (i < 2 ? v : `Инд. ${v}`)),
        ["Ош", "Кара-Суу а/о", 1, 1, 1],
      ],
      firstRow: 1,
      firstColumn: 0,
    });
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.mapping.fields.documents?.header).toBe("Индикатор Инд. 1");
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].cells.budget.address).toBe("E3");
  });
});

describe("options and failures", () => {
  const grid: CellGrid = {
    values: [
      ["Name", "A", "B", "C"],
      ["X", 1, 2, 3],
    ],
    firstRow: 5,
    firstColumn: 1,
  };

  it("reads a table with unrecognisable headers when the user names the columns and the header row", () => {
    expect(() => readAssessmentTable(grid)).toThrow(MappingError);
    const table = readAssessmentTable(grid, {
      headerRow: 5,
      columns: { lsg: "B", documents: "C", mechanism: "D", budget: "E" },
    });
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({ row: 6, lsg: "X" });
    expect(table.rows[0].cells.budget).toEqual({ address: "E6", value: 3 });
  });

  it("says which required columns are missing and which it found", () => {
    expect(() =>
      readAssessmentTable({
        values: [
          ["ОМСУ", "Документы"],
          ["a", 1],
        ],
        firstRow: 1,
        firstColumn: 0,
      })
    ).toThrow('no column for mechanism, budget. Columns found: A "ОМСУ", B "Документы".');
  });
});

describe("parseAreaAddress", () => {
  it.each([
    ["B2", { top: 1, left: 1, bottom: 1, right: 1 }],
    ["$A$1:$C$3", { top: 0, left: 0, bottom: 2, right: 2 }],
    ["'Оценка 2019'!D5:F41", { top: 4, left: 3, bottom: 40, right: 5 }],
    ["AA10:AB12", { top: 9, left: 26, bottom: 11, right: 27 }],
  ])("%s", (text, area) => {
    expect(parseAreaAddress(text)).toEqual(area);
  });

  it.each(["", "A", "1:3", "A1:B"])("%p is not an area", (text) => {
    expect(parseAreaAddress(text)).toBeUndefined();
  });
});
