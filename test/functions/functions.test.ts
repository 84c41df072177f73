import {
  FakeCustomFunctionError,
  installCustomFunctionsRuntime,
  setDisplayLanguage,
  uninstallCustomFunctionsRuntime,
} from "../support/customFunctionsRuntime";
import { agreement, coverage, genderScore, policyCategory } from "../../src/functions/functions";

beforeEach(() => {
  installCustomFunctionsRuntime();
  setDisplayLanguage(undefined);
});
afterEach(() => uninstallCustomFunctionsRuntime());

function asError(value: unknown): FakeCustomFunctionError {
  expect(value).toBeInstanceOf(FakeCustomFunctionError);
  return value as FakeCustomFunctionError;
}

// Excel passes a range as rows of cell values: numbers, strings, booleans, and null for blank cells.
describe("GENDERSCORE as Excel calls it", () => {
  it("totals one row of three cells (1×3 gives 1×1)", () => {
    expect(genderScore([[1, 0, 2]])).toEqual([[3]]);
  });

  it("totals a whole N×3 block in one call, one row per LSG (N×1 spills)", () => {
    expect(
      genderScore([
        [3, 3, 0],
        [1, 0, 2],
        [0, 0, 0],
      ])
    ).toEqual([[6], [3], [0]]);
  });

  it("accepts numeric text as Excel passes it from text-formatted cells", () => {
    expect(genderScore([[" 2 ", "1", 0]])).toEqual([[3]]);
  });

  it("totals three separate arguments, single cells or equally long columns", () => {
    expect(genderScore([[1]], [[1]], [[1]])).toEqual([[3]]);
    expect(genderScore([[1], [3]], [[0], [3]], [[0], [3]])).toEqual([[1], [9]]);
  });

  it("treats omitted optional arguments as Excel passes them (null)", () => {
    expect(
      genderScore([[1, 1, 1]], null as unknown as undefined, null as unknown as undefined)
    ).toEqual([[3]]);
  });

  it("gives a blank score #N/A naming the indicator, not a zero", () => {
    const [[cell]] = genderScore([[1, null, 2]]);
    const error = asError(cell);
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("Mechanism");
  });

  it.each([
    ["text", "yes", "\u201cyes\u201d is not a number"],
    ["a fraction", 2.5, "2.5 is not a whole number"],
    ["out of range", 4, "4 is out of range"],
    ["negative", -1, "-1 is out of range"],
    ["a boolean", true, "true is not a number"],
    ["an Excel error", new FakeCustomFunctionError("#DIV/0!"), "Excel error #DIV/0!"],
  ])("gives %s #VALUE! naming the indicator and the value", (_, value, fragment) => {
    const [[cell]] = genderScore([[1, 1, value]]);
    const error = asError(cell);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("Budget");
    expect(error.message).toContain(fragment);
  });

  it("prefers #VALUE! over #N/A when a row has both a wrong and a blank score, naming both", () => {
    const error = asError(genderScore([[null, 9, 1]])[0][0]);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/Documents.*Mechanism/);
  });

  it("gives each bad row of a spilled block its own error and the others their totals", () => {
    const result = genderScore([
      [1, 1, 1],
      [1, "x", 1],
      [null, null, null],
      [3, 3, 3],
    ]);
    expect(result[0][0]).toBe(3);
    expect(asError(result[1][0]).code).toBe("#VALUE!");
    expect(asError(result[2][0]).code).toBe("#N/A");
    expect(result[3][0]).toBe(9);
  });

  it("throws #VALUE! for a block that is not three columns wide", () => {
    expect(() => genderScore([[1, 2]])).toThrow(FakeCustomFunctionError);
    try {
      genderScore([[1, 2, 3, 4]]);
    } catch (error) {
      expect(asError(error).code).toBe("#VALUE!");
      expect(asError(error).message).toContain("(columns given: 4)");
    }
    expect.assertions(5);
  });

  it("throws #VALUE! when only one of mechanism and budget is given, or shapes differ", () => {
    expect(() => genderScore([[1]], [[1]])).toThrow(FakeCustomFunctionError);
    expect(() => genderScore([[1], [2]], [[1]], [[1], [2]])).toThrow(/same number of rows/);
  });

  it("speaks Office's display language", () => {
    setDisplayLanguage("ru-RU");
    expect(asError(genderScore([[1, 1, "x"]])[0][0]).message).toBe(
      "Бюджет: «x» — не число; ожидается целое число от 0 до 3."
    );
    setDisplayLanguage("ky-KG");
    expect(asError(genderScore([[1, 1, null]])[0][0]).message).toContain("Бюджет: упай жок");
  });
});

describe("POLICYCATEGORY as Excel calls it", () => {
  it("labels one total in English by default", () => {
    expect(policyCategory([[7]])).toEqual([["gender-positive policy"]]);
  });

  it("labels a column of totals (N×1 spills) in the language asked for", () => {
    expect(policyCategory([[0], [3], [6]], "ky")).toEqual([
      ["гендердик «сокур» саясат"],
      ["гендердик маселелерди чечүүгө багытталган саясат"],
      ["гендердик оң (позитивдүү) саясат"],
    ]);
    expect(policyCategory([[2], [5]], " RU ")).toEqual([
      ["гендерно-слепая политика"],
      ["политика, направленная на решение гендерных вопросов"],
    ]);
  });

  it("falls back to Office's display language, then English", () => {
    setDisplayLanguage("ru-RU");
    expect(policyCategory([[9]])).toEqual([["гендерно-позитивная политика"]]);
    setDisplayLanguage("de-DE");
    expect(policyCategory([[9]])).toEqual([["gender-positive policy"]]);
  });

  it("keeps #N/A from a blank or #N/A total and gives #VALUE! to a wrong one", () => {
    const result = policyCategory([
      [null],
      [new FakeCustomFunctionError("#N/A")],
      [10],
      ["abc"],
      [4.5],
    ]);
    expect(asError(result[0][0]).code).toBe("#N/A");
    expect(asError(result[1][0]).code).toBe("#N/A");
    expect(asError(result[2][0]).code).toBe("#VALUE!");
    expect(asError(result[2][0]).message).toBe(
      "Total: 10 is out of range; expected a whole number from 0 to 9."
    );
    expect(asError(result[3][0]).code).toBe("#VALUE!");
    expect(asError(result[4][0]).code).toBe("#VALUE!");
  });

  it("refuses an unknown language with #VALUE!", () => {
    expect(() => policyCategory([[3]], "de")).toThrow(/Unknown language/);
  });
});

describe("COVERAGE as Excel calls it", () => {
  it("counts indicators above 0 for one row, a block, or three columns", () => {
    expect(coverage([[1, 0, 2]])).toEqual([[2]]);
    expect(
      coverage([
        [0, 0, 0],
        [3, 3, 3],
        ["1", " 0 ", 0],
      ])
    ).toEqual([[0], [3], [1]]);
    expect(coverage([[1], [0]], [[1], [0]], [[0], [1]])).toEqual([[2], [1]]);
  });

  it("gives the same errors as GENDERSCORE", () => {
    const [[blank], [wrong]] = coverage([
      [1, null, 1],
      [1, 7, 1],
    ]);
    expect(asError(blank).code).toBe("#N/A");
    expect(asError(wrong).code).toBe("#VALUE!");
    expect(asError(wrong).message).toContain("Mechanism: 7 is out of range");
  });
});

describe("AGREEMENT as Excel calls it", () => {
  it("gives the weighted kappa of two raters' ranges (hand-computed: 0.9)", () => {
    expect(agreement([[0], [1], [2], [3]], [[0], [2], [2], [3]])).toBeCloseTo(0.9, 12);
  });

  it("works on N×3 blocks and leaves out pairs with a blank", () => {
    const a = [
      [0, 1, null],
      [2, 3, 1],
    ];
    const b = [
      [0, 1, 3],
      [2, 3, 1],
    ];
    expect(agreement(a, b)).toBe(1);
  });

  it("throws #VALUE! naming the cell for a wrong value, #N/A with no pairs, #VALUE! for different shapes", () => {
    expect(() => agreement([[1], ["x"]], [[1], [2]])).toThrow(FakeCustomFunctionError);
    try {
      agreement([[1], ["x"]], [[1], [2]]);
    } catch (error) {
      expect(asError(error).code).toBe("#VALUE!");
      expect(asError(error).message).toBe(
        "Rater 1, row 2, column 1: \u201cx\u201d is not a number; expected a whole number from 0 to 3."
      );
    }
    try {
      agreement([[null]], [[2]]);
    } catch (error) {
      expect(asError(error).code).toBe("#N/A");
    }
    expect(() => agreement([[1, 2]], [[1], [2]])).toThrow(/same number of rows/);
    expect.assertions(8);
  });
});
