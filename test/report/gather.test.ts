import { readAssessmentTable, type CellValue } from "../../src/sheets";
import {
  analyse,
  fileAddress,
  gatherTables,
  mappingOfRow,
  toJsonReport,
  type SourceTable,
} from "../../src/report";

function source(file: string, values: CellValue[][]): SourceTable {
  return { file, sheet: file, table: readAssessmentTable({ values, firstRow: 1, firstColumn: 0 }) };
}

describe("gathering tables read from several files", () => {
  it("names a file's cell as Excel names another sheet's, quoting what needs it", () => {
    expect(fileAddress("a.csv", "F7")).toBe("a.csv!F7");
    expect(fileAddress("returned/b.xlsx", "E3")).toBe("returned/b.xlsx!E3");
    expect(fileAddress("Osh oblast.xlsx", "F7")).toBe("'Osh oblast.xlsx'!F7");
    expect(fileAddress("O'Brien.csv", "A1")).toBe("'O''Brien.csv'!A1");
  });

  it("concatenates rows in file order, each with its file, its cells and typed total named", () => {
    const a = source("a.csv", [
      ["LSG", "Documents", "Mechanism", "Budget", "Total"],
      ["A", 1, 1, 1, 4],
      [null, null, null, null, null],
      ["Total", 1, 1, 1, 3],
    ]);
    const b = source("b.csv", [
      ["Budget", "LSG", "Mechanism", "Documents"],
      [2, "B", 0, 3],
    ]);
    const gathered = gatherTables([a, b]);
    expect(gathered.rows.map((r) => [r.file, r.row, r.lsg])).toEqual([
      ["a.csv", 2, "A"],
      ["b.csv", 2, "B"],
    ]);
    expect(gathered.rows[1].cells.budget).toEqual({ address: "b.csv!A2", value: 2 });
    expect(gathered.rows[0].userTotal?.address).toBe("a.csv!E2");
    expect(gathered.skipped).toEqual([expect.objectContaining({ file: "a.csv", row: 4 })]);
    expect(gathered.blankRows).toBe(1);
    // Each row keeps the mapping of its own file.
    const mappingOf = mappingOfRow(gathered);
    expect(mappingOf(gathered.rows[1]).fields.documents?.column).toBe(3);
    expect(mappingOf(gathered.rows[0]).fields.documents?.column).toBe(1);
    // Scored as one table: the total mismatch names its file.
    const json = toJsonReport(analyse(gathered, "en"));
    expect(json.validation.totalMismatches[0].message).toBe(
      "a.csv!E2: the sheet says the total is 4, but the scores add up to 3."
    );
    expect(json.rows.map((r) => r.file)).toEqual(["a.csv", "b.csv"]);
  });

  it("a single sheet's rows have no file, and its JSON rows none either", () => {
    const one = source("a.csv", [
      ["LSG", "Documents", "Mechanism", "Budget"],
      ["A", 1, 1, 1],
    ]);
    const json = toJsonReport(analyse(one.table, "en"));
    expect(json.rows[0]).not.toHaveProperty("file");
    expect(json.rows[0].row).toBe(2);
  });
});
