import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { matchColumns, readAssessmentTable, MappingError } from "../../src/sheets";
import { runCli, tempDir } from "./run";

const HEADERS = ["LSG", "Oblast", "Documents", "Mechanism", "Budget"];

describe("one column chosen for several fields is refused (sheets, used by the CLI and the pane)", () => {
  it("matchColumns names the column and every field chosen for it", () => {
    const result = matchColumns(HEADERS, 0, {
      documents: "C",
      mechanism: "C",
      budget: "Documents",
    });
    expect(result.shared).toEqual([
      {
        header: { column: 2, letter: "C", text: "Documents" },
        fields: ["documents", "mechanism", "budget"],
      },
    ]);
  });

  it("a label and a score in one column are refused too; distinct columns are not", () => {
    expect(matchColumns(HEADERS, 0, { lsg: "C", documents: "C" }).shared).toHaveLength(1);
    expect(matchColumns(HEADERS, 0, { documents: "E", budget: "C" }).shared).toEqual([]);
  });

  it("readAssessmentTable throws instead of scoring one cell three times", () => {
    const grid = { values: [HEADERS, ["A", "Chui", "2", "0", "1"]], firstRow: 1, firstColumn: 0 };
    const read = () =>
      readAssessmentTable(grid, { columns: { documents: "C", mechanism: "C", budget: "C" } });
    expect(read).toThrow(MappingError);
    expect(read).toThrow(
      'column C "Documents" is chosen for documents, mechanism, budget; a column can hold only one of them'
    );
  });
});

describe("the CLI refuses --map with one column for several indicators (exit 2)", () => {
  const dir = tempDir();
  const csv = path.join(dir, "scores.csv");
  fs.writeFileSync(csv, `${HEADERS.join(",")}\nA,Chui,2,0,1\nB,Chui,3,3,3\n`);

  it.each([
    ["by letter", "documents=E,mechanism=E,budget=E", "column E"],
    ["by letter and header text", "documents=C,mechanism=Documents", "column C"],
    ["a label and a score", "lsg=C,documents=C", "column C"],
  ])("%s", async (_, map, column) => {
    const result = await runCli(csv, "--map", map, "--json");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(column);
    expect(result.stderr).toContain("a column can hold only one of them");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("names the indicators, in an .xlsx too", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(HEADERS);
    sheet.addRow(["A", "Chui", 2, 0, 1]);
    const file = path.join(dir, "scores.xlsx");
    await workbook.xlsx.writeFile(file);
    const result = await runCli(file, "--map", "documents=E,mechanism=E,budget=E");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`column E "Budget" is chosen for documents, mechanism, budget`);
  });
});
