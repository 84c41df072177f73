import fs from "fs";
import path from "path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { dateShown } from "../../src/files/excelDates";
import { shiftFormula } from "../../src/files/formulas";
import { isDateFormatCode, openXlsx } from "../../src/files/xlsxPackage";
import { readSheetGrid } from "../../src/files/xlsxSheet";
import { writeWorkbookPackage } from "../../src/files/xlsxWriter";
import { DeflatedPart, ZipReader, ZipWriter } from "../../src/files/zip";
import { tempDir } from "../cli/run";
import { numberCell, textCell, writeFixture } from "./xlsxFixture";

describe("Excel serial numbers as the dates Excel shows", () => {
  it("follows the 1900 date system, its phantom 1900-02-29 included", () => {
    expect([0, 1, 2, 59, 60, 61, 43466, 45658.5].map((serial) => dateShown(serial, false))).toEqual(
      [
        "1900-01-00",
        "1900-01-01",
        "1900-01-02",
        "1900-02-28",
        "1900-02-29",
        "1900-03-01",
        "2019-01-01",
        "2025-01-01 12:00",
      ]
    );
  });

  it("counts the 1904 date system from 1904-01-01 as day 0", () => {
    expect([0, 1, 1462].map((serial) => dateShown(serial, true))).toEqual([
      "1904-01-01",
      "1904-01-02",
      "1908-01-02",
    ]);
  });

  it("knows date formats from number formats", () => {
    const dates = ["dd.mm.yyyy", "m/d/yy h:mm", "[$-419]d mmmm yyyy", "[h]:mm:ss", "yyyy"];
    const numbers = ["0", "0.00", '#,##0 "сом"', "0%", "[Red]0.0", "General", "@", "0.00E+00"];
    expect(dates.map(isDateFormatCode)).toEqual(dates.map(() => true));
    expect(numbers.map(isDateFormatCode)).toEqual(numbers.map(() => false));
  });
});

describe("shared formulas moved to their other cells", () => {
  it("moves relative references and keeps anchored parts, strings and function names", () => {
    expect(shiftFormula("SUM(E2:G2)*$A$1+B$3+LOG10(C2)", 2, 1)).toBe(
      "SUM(F4:H4)*$A$1+C$3+LOG10(D4)"
    );
    expect(shiftFormula("IF(A1=\"B2\",'Sheet A1'!C3,0)", 1, 0)).toBe(
      "IF(A2=\"B2\",'Sheet A1'!C4,0)"
    );
  });
});

describe("the zip container", () => {
  it("writes parts deflated piece by piece that other readers inflate", async () => {
    const part = new DeflatedPart();
    const text = Array.from({ length: 5000 }, (_, i) => `<row r="${i}">Кара-Суу ${i}</row>`);
    for (let i = 0; i < text.length; i += 700)
      part.write(Buffer.from(text.slice(i, i + 700).join("")));
    const writer = new ZipWriter();
    writer.addDeflated("a.xml", part);
    writer.add("b.xml", "<b/>");
    const bytes = writer.finish();
    // JSZip checks each part's CRC-32 against its content.
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await zip.file("a.xml")!.async("string")).toBe(text.join(""));
    expect(await zip.file("b.xml")!.async("string")).toBe("<b/>");
    expect(new ZipReader(bytes).read("a.xml")!.toString()).toBe(text.join(""));
  });
});

describe("the results package keeps the user's workbook as it was", () => {
  const dir = tempDir();
  const input = path.join(dir, "styled.xlsx");
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Данные 2024");
    sheet.addRow(["Наименование ОМСУ", "Дата", "Доля"]);
    sheet.addRow(["Кара-Суу", new Date(Date.UTC(2024, 4, 1)), 0.25]);
    sheet.getCell("A1").font = { bold: true, color: { argb: "FFC00000" } };
    sheet.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    sheet.getCell("B2").numFmt = "dd.mm.yyyy";
    sheet.getCell("C2").numFmt = "0.0%";
    sheet.mergeCells("A4:C4");
    sheet.getCell("A4").value = "Примечание";
    workbook.definedNames.add("'Данные 2024'!$A$1:$C$2", "Таблица");
    await workbook.xlsx.writeFile(input);
  });

  it("copies the user's parts byte for byte and appends its own sheets, strings and styles", async () => {
    const book = openXlsx(fs.readFileSync(input));
    const out = writeWorkbookPackage(
      book,
      () => false,
      (builder) => {
        const sheet = builder.sheet("Results", { frozenRows: 1, columnWidths: [20] });
        sheet.addRow(["=1+1 Кара-Суу", 3], { font: "bold", fill: "header" });
        sheet.addRow([0.5], [{ format: "0.0%" }]);
      }
    );
    const before = await JSZip.loadAsync(fs.readFileSync(input));
    const after = await JSZip.loadAsync(out);
    const userSheet = "xl/worksheets/sheet1.xml";
    expect(await after.file(userSheet)!.async("string")).toBe(
      await before.file(userSheet)!.async("string")
    );
    const file = path.join(dir, "out.xlsx");
    fs.writeFileSync(file, out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Данные 2024", "Results"]);
    const user = workbook.getWorksheet("Данные 2024")!;
    expect(user.getCell("A1").font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
    expect(user.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FF00B050" } });
    expect(user.getCell("B2").numFmt).toBe("dd.mm.yyyy");
    expect(user.getCell("C2").numFmt).toBe("0.0%");
    expect((user.model as { merges: string[] }).merges).toEqual(["A4:C4"]);
    const results = workbook.getWorksheet("Results")!;
    expect(results.getCell("A1").value).toBe("=1+1 Кара-Суу");
    expect(results.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    expect(results.getCell("A1").font).toMatchObject({ bold: true });
    expect(results.getCell("A2").numFmt).toBe("0.0%");
    // Our reader sees the user's sheet as before, and the new strings after the user's.
    const again = openXlsx(out);
    expect(readSheetGrid(again, again.sheets[0]).values).toEqual(
      readSheetGrid(book, book.sheets[0]).values
    );
    expect(again.sharedStrings.slice(0, book.sharedStrings.length)).toEqual(book.sharedStrings);
  });

  it("leaves out the sheets asked, their local names with them, renumbering the others", async () => {
    const file = path.join(dir, "two.xlsx");
    const sheet = (name: string) => ({
      name,
      data: `<row r="1">${textCell("A1", "Наименование ОМСУ")}${textCell("B1", "Балл")}</row><row r="2">${textCell("A2", name)}${numberCell("B2", 1)}</row>`,
    });
    await writeFixture(file, [sheet("Results"), sheet("Мониторинг")], {
      definedNames:
        '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Results!$A$1:$B$2</definedName>' +
        '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Мониторинг!$A$1:$B$2</definedName>',
    });
    const book = openXlsx(fs.readFileSync(file));
    const out = writeWorkbookPackage(
      book,
      (s) => s.name === "Results",
      (builder) => {
        builder.sheet("Results").addRow(["new"]);
      }
    );
    const zip = await JSZip.loadAsync(out);
    const after = await zip.file("xl/workbook.xml")!.async("string");
    // Мониторинг is now the first sheet: its filter's name says so; the old Results' name is gone.
    expect(after.match(/localSheetId="\d"/g)).toEqual(['localSheetId="0"']);
    expect(after).toContain("Мониторинг");
    expect(Object.keys(zip.files)).not.toContain("xl/worksheets/sheet1.xml");
    const again = openXlsx(out);
    expect(again.sheets.map((s) => s.name)).toEqual(["Мониторинг", "Results"]);
    expect(readSheetGrid(again, again.sheets[0]).values[1]).toEqual(["Мониторинг", 1]);
    expect(readSheetGrid(again, again.sheets[1]).values).toEqual([["new"]]);
  });
});

describe("a look at a sheet's first rows", () => {
  it("inflates only the start of a big sheet, and all of it when the first rows are longer", async () => {
    const dir = tempDir();
    const rows = (first: string) =>
      [`<row r="1">${textCell("A1", first)}</row>`]
        .concat(
          Array.from(
            { length: 30_000 },
            (_, i) => `<row r="${i + 2}">${numberCell(`A${i + 2}`, Math.sin(i))}</row>`
          )
        )
        .join("");
    // 300,000 letters in no pattern: far more than the start inflated (64 KB compressed).
    let seed = 7;
    const long = Array.from({ length: 300_000 }, () =>
      String.fromCharCode(0x430 + ((seed = (seed * 1103515245 + 12345) >>> 0) % 32))
    ).join("");
    for (const first of ["short", long]) {
      const file = path.join(dir, `look-${first.length}.xlsx`);
      await writeFixture(file, [{ name: "Big", data: rows(first) }]);
      const book = openXlsx(fs.readFileSync(file));
      const all = readSheetGrid(book, book.sheets[0]).values;
      expect(readSheetGrid(book, book.sheets[0], { rowLimit: 2 }).values).toEqual(all.slice(0, 2));
    }
  });
});

describe("a workbook whose first sheet is a chart sheet", () => {
  it("reads the first worksheet, and gives new sheets ids no sheet has", async () => {
    const dir = tempDir();
    const file = path.join(dir, "chart-first.xlsx");
    await writeFixture(file, [{ name: "Data", data: `<row r="1">${textCell("A1", "x")}</row>` }]);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    zip.file(
      "xl/chartsheets/sheet1.xml",
      '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>'
    );
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      workbook.replace("<sheets>", '<sheets><sheet name="Chart" sheetId="7" r:id="rIdC"/>')
    );
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdC" Type="${rel}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`
      )
    );
    const book = openXlsx(await zip.generateAsync({ type: "nodebuffer" }));
    expect(book.sheets.map((s) => s.name)).toEqual(["Data"]);
    const out = writeWorkbookPackage(
      book,
      () => false,
      (b) => b.sheet("Results").addRow([1])
    );
    const written = await (await JSZip.loadAsync(out)).file("xl/workbook.xml")!.async("string");
    expect([...written.matchAll(/sheetId="(\d+)"/g)].map((m) => m[1])).toEqual(["7", "1", "8"]);
  });
});
