import { rowCounts } from "../../src/report";
import type { CellValue } from "../../src/sheets";
import { reportOn } from "../support/reports";

const HEADER = ["ОМСУ", "Документы", "Механизм", "Бюджет"];

function counts(rows: CellValue[][]) {
  const report = reportOn(HEADER, rows);
  return { counts: rowCounts(report.table), summary: report.table.summary };
}

describe("rowCounts: each row in one state, the parts of the summary's 'incomplete'", () => {
  it("splits rows that could not be scored into blank and wrong values, one row counted once", () => {
    const { counts: c, summary } = counts([
      ["A", 1, 2, 3], // scored
      ["B", 1, null, null], // two blank cells: one row
      ["C", "x", null, 2], // a wrong value and a blank: a row with a wrong value
      ["D", 4, 2.5, 1], // two wrong values: one row
    ]);
    expect(c).toEqual({ scored: 1, blank: 1, invalid: 2, disputed: 0 });
    expect(c.blank + c.invalid + c.disputed).toBe(summary.incomplete);
  });
});
