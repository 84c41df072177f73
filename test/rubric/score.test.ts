import { parseScore, isProblem, excelErrorCode, type ScoreProblem } from "../../src/rubric";

function problemOf(value: unknown): ScoreProblem {
  const parsed = parseScore(value);
  if (!isProblem(parsed)) throw new Error(`expected a problem for ${String(value)}, got ${parsed}`);
  return parsed;
}

describe("parseScore: valid scores", () => {
  it.each([
    [0, 0],
    [3, 3],
    [2.0, 2],
    [-0, 0],
    ["2", 2],
    [" 3 ", 3],
    ["\u00a01\u00a0", 1],
    ["2,0", 2],
    ["2.0", 2],
    ["+1", 1],
  ])("%p reads as %p", (input, score) => {
    expect(parseScore(input)).toBe(score);
    expect(Object.is(parseScore(input), -0)).toBe(false);
  });
});

describe("parseScore: every bad-input class", () => {
  it.each([null, undefined, "", "   ", "\u00a0"])("%p is missing, not zero", (value) => {
    expect(problemOf(value).kind).toBe("missing");
  });

  it.each([
    "yes",
    "два",
    "2 балла",
    "1e0",
    "--1",
    true,
    false,
    {},
    new Date(2020, 0, 1),
    NaN,
    Infinity,
  ])("%p is not a number", (value) => {
    expect(problemOf(value).kind).toBe("not-a-number");
  });

  it.each([2.5, "2,5", "0.1", 1.0000001])("%p is not whole", (value) => {
    expect(problemOf(value).kind).toBe("not-whole");
  });

  it.each([4, -1, "-1", "\u22121", 10, "4"])("%p is out of range", (value) => {
    expect(problemOf(value).kind).toBe("out-of-range");
  });

  it.each([
    ["#N/A", "#N/A"],
    ["#div/0!", "#DIV/0!"],
    [{ error: "#REF!" }, "#REF!"],
    [{ code: "#VALUE!", message: "x" }, "#VALUE!"],
  ])("%p is an Excel error reported as %s", (value, code) => {
    const p = problemOf(value);
    expect(p.kind).toBe("excel-error");
    expect(p.value).toBe(code);
  });

  it("keeps the user's value for the report", () => {
    expect(problemOf("x").value).toBe("x");
    expect(problemOf(true).value).toBe(true);
    expect(problemOf(4).value).toBe(4);
    expect(problemOf(null).value).toBeNull();
  });
});

describe("excelErrorCode", () => {
  it("ignores ordinary text and numbers", () => {
    expect(excelErrorCode("#hashtag")).toBeUndefined();
    expect(excelErrorCode(3)).toBeUndefined();
    expect(excelErrorCode({ code: 3 })).toBeUndefined();
  });
});
