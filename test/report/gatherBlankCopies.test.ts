import { readAssessmentTable, type CellValue } from "../../src/sheets";
import { analyse, fileCounts, gatherTables, type SourceTable } from "../../src/report";

// Assessors often return the whole round's sheet with only their own LSGs filled: the other rows
// are blank copies of LSGs another file scores. Gathering leaves those out, naming them, instead
// of reporting every LSG twice with one copy "not scored".

function source(file: string, values: CellValue[][]): SourceTable {
  return { file, sheet: file, table: readAssessmentTable({ values, firstRow: 1, firstColumn: 0 }) };
}

const HEADER = ["LSG", "Round", "Documents", "Mechanism", "Budget", "Documents evidence"];

describe("blank copies of LSGs another file scores", () => {
  const osh = source("osh.xlsx", [
    HEADER,
    ["A", "2025", 1, 2, 3, null],
    ["B", "2025", null, null, null, null],
    ["C", "2025", null, null, null, null],
    ["D", "2025", null, null, null, "Plan 2024, p. 3"],
  ]);
  const naryn = source("naryn.xlsx", [
    HEADER,
    ["A", "2025", null, null, null, null],
    ["B", "2025", 0, 1, 1, null],
    ["C", "2025", null, null, null, null],
    ["D", "2025", 2, 2, 2, null],
  ]);

  it("are left out and listed; a blank row nobody fills and any row saying something stay", () => {
    const gathered = gatherTables([osh, naryn]);
    expect(gathered.rows.map((r) => `${r.file} ${r.lsg}`)).toEqual([
      "osh.xlsx A",
      // C is blank in both files: kept (twice), so the duplicate and the missing scores are seen.
      "osh.xlsx C",
      // D has evidence in osh.xlsx: that is something an assessor wrote, so it stays.
      "osh.xlsx D",
      "naryn.xlsx B",
      "naryn.xlsx C",
      "naryn.xlsx D",
    ]);
    expect(gathered.skipped.map((s) => [s.file, s.row, s.reason, s.text])).toEqual([
      ["osh.xlsx", 3, "scored-elsewhere", "B"],
      ["naryn.xlsx", 2, "scored-elsewhere", "A"],
    ]);
    const report = analyse(gathered, "en");
    expect(report.validation.duplicates.map((d) => d.lsg)).toEqual(["C", "D"]);
    expect(report.table.rows.filter((r) => r.assessment.total !== null)).toHaveLength(3);
    const counts = fileCounts(gathered, report.table);
    expect(counts.map((c) => [c.file, c.rows, c.skipped])).toEqual([
      ["osh.xlsx", 3, 1],
      ["naryn.xlsx", 3, 1],
    ]);
  });

  it("count only across files, and only in the same round", () => {
    const one = source("one.xlsx", [
      HEADER,
      ["A", "2025", 1, 1, 1, null],
      ["A", "2025", null, null, null, null],
      ["E", "2023", 1, 1, 1, null],
    ]);
    const other = source("other.xlsx", [HEADER, ["E", "2025", null, null, null, null]]);
    const gathered = gatherTables([one, other]);
    expect(gathered.skipped).toEqual([]);
    expect(gathered.rows).toHaveLength(4);
  });
});
