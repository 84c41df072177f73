import { readAssessmentTable, splitRaterColumns, type CellGrid } from "../../src/sheets";

const grid: CellGrid = {
  values: [
    [
      "ОМСУ",
      "Документы (оценщик 1)",
      "Механизм (оценщик 1)",
      "Бюджет (оценщик 1)",
      "Документы (оценщик 2)",
      "Механизм (оценщик 2)",
      "Бюджет (оценщик 2)",
      "Индикатор 1, примечание",
    ],
    ["Түп", 2, 1, 0, 3, 1, 0, "план"],
    ["Санташ", 1, 0, 0, 1, 0, 0, null],
  ],
  firstRow: 1,
  firstColumn: 0,
};

describe("paired rater columns", () => {
  it("splits into two tables with the same cells in place, headers freed of the rater marker", () => {
    const split = splitRaterColumns(grid)!;
    expect(split.raters).toEqual(["оценщик 1", "оценщик 2"]);
    const first = readAssessmentTable(split.grids[0]);
    const second = readAssessmentTable(split.grids[1]);
    expect(first.mapping.fields.documents?.header).toBe("Документы");
    expect(first.rows[0].cells.documents).toEqual({ address: "B2", value: 2 });
    expect(second.rows[0].cells.documents).toEqual({ address: "E2", value: 3 });
    expect(second.rows[1].lsg).toBe("Санташ");
  });

  it("leaves alone tables whose numbers are indicator numbers, not raters", () => {
    expect(
      splitRaterColumns({
        values: [["ОМСУ", "Индикатор 1", "Индикатор 2", "Индикатор 3"]],
        firstRow: 1,
        firstColumn: 0,
      })
    ).toBeNull();
    expect(
      splitRaterColumns({
        values: [["LSG", "Documents (rater 1)", "Budget"]],
        firstRow: 1,
        firstColumn: 0,
      })
    ).toBeNull();
  });

  it("reads English and Kyrgyz markers", () => {
    expect(
      splitRaterColumns({
        values: [["LSG", "Documents rater 1", "Documents rater 2"]],
        firstRow: 1,
        firstColumn: 0,
      })?.raters
    ).toEqual(["rater 1", "rater 2"]);
    expect(
      splitRaterColumns({
        values: [["ЖӨБ", "Документтер, 1-баалоочу", "Документтер, 2-баалоочу"]],
        firstRow: 1,
        firstColumn: 0,
      })?.raters
    ).toEqual(["1 баалоочу", "2 баалоочу"]);
  });
});
