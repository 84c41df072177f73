import fs from "fs";
import path from "path";
import { openXlsx } from "../../src/files/xlsxPackage";
import { readSheetGrid } from "../../src/files/xlsxSheet";
import { runCli, tempDir } from "../cli/run";
import { numberCell, writeFixture } from "./xlsxFixture";

/** A cell pointing past the shared strings part (a damaged or hand-made file). */
async function workbook(file: string, index: string): Promise<void> {
  await writeFixture(
    file,
    [
      {
        name: "Data",
        data:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
          '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
          `<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>${index}</v></c>` +
          `${numberCell("C2", 1)}${numberCell("D2", 0)}</row>`,
      },
    ],
    { sharedStrings: ["LSG", "Documents", "Mechanism", "Budget", "Ала-Бука а/о"] }
  );
}

describe("a shared string index the file does not hold", () => {
  it("is refused naming the cell, never read as a blank cell", async () => {
    const file = path.join(tempDir(), "index.xlsx");
    await workbook(file, "99");
    const book = openXlsx(fs.readFileSync(file));
    expect(() => readSheetGrid(book, book.sheets[0])).toThrow(
      "cell B2 refers to shared string 99, but the file holds 5"
    );
    const run = await runCli(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Cannot read ${file} as an Excel workbook (.xlsx): cell B2`);
  });

  it("is refused when the index is not a number at all", async () => {
    const file = path.join(tempDir(), "text.xlsx");
    await workbook(file, "two");
    const book = openXlsx(fs.readFileSync(file));
    expect(() => readSheetGrid(book, book.sheets[0])).toThrow(
      'cell B2 refers to shared string "two", but the file holds 5'
    );
  });

  it("reads a valid index as its text", async () => {
    const file = path.join(tempDir(), "ok.xlsx");
    await workbook(file, "0");
    const book = openXlsx(fs.readFileSync(file));
    expect(readSheetGrid(book, book.sheets[0]).values[1]).toEqual(["Ала-Бука а/о", "LSG", 1, 0]);
  });
});
