import { analyse } from "../../src/report";
import { describeIndicatorProblem } from "../../src/rubric";
import {
  parseAreaAddress,
  readAssessmentTable,
  type CellArea,
  type CellGrid,
  type CellValue,
} from "../../src/sheets";

const HEADER = ["Oblast", "District", "LSG", "Round", "Documents", "Mechanism", "Budget", "Total"];

/** A sheet from A1 with merged areas given as Excel addresses; covered cells left empty, as Excel leaves them. */
function sheet(rows: CellValue[][], ...merges: string[]): CellGrid {
  return {
    values: [HEADER, ...rows],
    firstRow: 1,
    firstColumn: 0,
    merges: merges.map((m) => parseAreaAddress(m) as CellArea),
  };
}

function scored(grid: CellGrid) {
  return analyse(readAssessmentTable(grid), "en").table.rows;
}

describe("merged score cells are never copied into cells nobody scored", () => {
  it("a merge across the score columns (E2:G2 holding 2) scores E2 only and reports F2 and G2", () => {
    const [row] = scored(sheet([["Chui", "Alamudun", "A", "2019", 2, null, null, 6]], "E2:G2"));
    expect(row.assessment.scores).toEqual({ documents: 2, mechanism: null, budget: null });
    expect(row.assessment.total).toBeNull();
    expect(row.assessment.category).toBeNull();
    expect(row.problems.map((p) => [p.cell, p.kind, p.value])).toEqual([
      ["F2", "merged", "E2:G2"],
      ["G2", "merged", "E2:G2"],
    ]);
  });

  it("a merge down a score column (E3:E4) gives E3 its value and reports E4, naming the merge", () => {
    const rows = scored(
      sheet(
        [
          ["Chui", "Alamudun", "A", "2019", 1, 1, 1],
          ["Chui", "Alamudun", "B", "2019", 2, 0, 1],
          ["Chui", "Alamudun", "C", "2019", null, 3, 3],
        ],
        "E3:E4"
      )
    );
    expect(rows.map((r) => r.assessment.total)).toEqual([3, 3, null]);
    const [problem] = rows[2].problems;
    expect(problem).toMatchObject({ cell: "E4", kind: "merged", value: "E3:E4" });
    expect(describeIndicatorProblem(problem, "en")).toBe(
      "Documents: the cell is part of merged cells E3:E4, whose value belongs to E3 only " +
        "(unmerge the cells and type this score); expected a whole number from 0 to 3."
    );
    expect(describeIndicatorProblem(problem, "ru")).toContain(
      "ячейка входит в объединённые ячейки E3:E4, значение которых относится только к E3"
    );
    expect(describeIndicatorProblem(problem, "ky")).toContain(
      "уяча E3:E4 бириктирилген уячаларынын бөлүгү, алардын мааниси E3 уячасына гана тиешелүү"
    );
  });

  it("a merged value is not copied even when the file repeats it in the covered cells", () => {
    // ExcelJS reads a covered cell as its area's value; Excel keeps only the top-left one.
    const [row] = scored(sheet([["Chui", "Alamudun", "A", "2019", 2, 2, 2]], "E2:G2"));
    expect(row.assessment.total).toBeNull();
    expect(row.problems.map((p) => p.kind)).toEqual(["merged", "merged"]);
  });

  it("a row under a merged score with nothing typed in it is a blank row, not an LSG", () => {
    const table = readAssessmentTable(
      sheet(
        [
          ["Chui", "Alamudun", "A", "2019", 2, 1, 0],
          [null, null, null, null, null],
        ],
        "E2:E3"
      )
    );
    expect(table.rows.map((r) => r.row)).toEqual([2]);
    expect(table.blankRows).toBe(1);
    expect(table.skipped).toEqual([]);
  });

  it("a merged typed total is not copied into the next row's total (no invented mismatch)", () => {
    const table = readAssessmentTable(
      sheet(
        [
          ["Chui", "Alamudun", "A", "2019", 1, 1, 1, 3],
          ["Chui", "Alamudun", "B", "2019", 0, 0, 1],
        ],
        "H2:H3"
      )
    );
    expect(table.rows.map((r) => r.userTotal?.value)).toEqual([3, null]);
    expect(analyse(table, "en").validation.totalMismatches).toEqual([]);
  });
});

describe("merged labels still name every row they span", () => {
  it("oblast, district, LSG and round merged down are filled; scores are not", () => {
    const table = readAssessmentTable(
      sheet(
        [
          ["Ысык-Көл облусу", "Түп району", "Түп айыл аймагы", "2019", 1, 0, 0],
          [null, null, null, "2023", 3, 2, 1],
          [null, "Ак-Суу району", "Теплоключенка", "2023", 2, 2, 2],
          [null, null, "Ак-Суу", null, 0, 1, 0],
        ],
        "A2:A5",
        "B2:B3",
        "C2:C3",
        "D4:D5"
      )
    );
    expect(table.rows.map((r) => [r.oblast, r.district, r.lsg, r.round])).toEqual([
      ["Ысык-Көл облусу", "Түп району", "Түп айыл аймагы", "2019"],
      ["Ысык-Көл облусу", "Түп району", "Түп айыл аймагы", "2023"],
      ["Ысык-Көл облусу", "Ак-Суу району", "Теплоключенка", "2023"],
      ["Ысык-Көл облусу", "Ак-Суу району", "Ак-Суу", "2023"],
    ]);
    expect(table.rows.map((r) => r.cells.documents.value)).toEqual([1, 3, 2, 0]);
  });

  it("a label is never carried sideways: a section title merged across the table is listed, not read as an LSG", () => {
    const table = readAssessmentTable(
      sheet(
        [
          ["Ысык-Көл облусу"],
          [null, "Түп району", "Түп айыл аймагы", "2019", 1, 0, 0],
          ["Chui", "Alamudun", "Lebedinovka", null, 2, 1, 0],
        ],
        "A2:H2",
        "C4:D4"
      )
    );
    expect(table.skipped).toEqual([{ row: 2, reason: "no-lsg-data", text: "Ысык-Көл облусу" }]);
    expect(table.rows.map((r) => [r.row, r.lsg, r.round])).toEqual([
      [3, "Түп айыл аймагы", "2019"],
      [4, "Lebedinovka", null],
    ]);
  });

  it("a header merged over its columns still names them all", () => {
    const grid: CellGrid = {
      values: [
        ["LSG", "Indicators", null, null],
        [null, "Documents", "Mechanism", "Budget"],
        ["A", 1, 2, 0],
      ],
      firstRow: 1,
      firstColumn: 0,
      merges: [parseAreaAddress("A1:A2")!, parseAreaAddress("B1:D1")!],
    };
    const table = readAssessmentTable(grid);
    // Row 2 names the indicators; "LSG", merged down from A1, names column A there too.
    expect(table.headerRows).toEqual([2]);
    expect(table.rows.map((r) => [r.lsg, r.cells.budget.value])).toEqual([["A", 0]]);
  });
});
