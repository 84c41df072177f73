import {
  assess,
  describeIndicatorProblem,
  describeTotalProblem,
  summarize,
  languageFromTag,
} from "../../src/rubric";

describe("assess one LSG", () => {
  it("scores a complete row", () => {
    expect(assess([1, 0, 2])).toEqual({
      scores: { documents: 1, mechanism: 0, budget: 2 },
      total: 3,
      category: "addressing",
      coverage: 2,
      problems: [],
    });
  });

  it("gives no total, category or coverage when any indicator is bad, and one problem per bad indicator", () => {
    const result = assess([3, "", "x"]);
    expect(result.total).toBeNull();
    expect(result.category).toBeNull();
    expect(result.coverage).toBeNull();
    expect(result.scores).toEqual({ documents: 3, mechanism: null, budget: null });
    expect(result.problems).toEqual([
      { indicator: "mechanism", kind: "missing", value: "" },
      { indicator: "budget", kind: "not-a-number", value: "x" },
    ]);
  });

  it("refuses a row with the wrong number of indicators", () => {
    expect(() => assess([1, 2])).toThrow(RangeError);
  });
});

describe("problem messages name the indicator, the value and what was expected", () => {
  const problem = { indicator: "budget" as const, kind: "not-a-number" as const, value: "x" };
  it.each([
    ["en", "Budget: \u201cx\u201d is not a number; expected a whole number from 0 to 3."],
    ["ru", "Бюджет: «x» — не число; ожидается целое число от 0 до 3."],
    ["ky", "Бюджет: «x» сан эмес; 0–3 аралыгындагы бүтүн сан күтүлөт."],
  ] as const)("%s", (lang, text) => {
    expect(describeIndicatorProblem(problem, lang)).toBe(text);
  });

  it("describes a bad total against 0–9", () => {
    expect(describeTotalProblem({ kind: "out-of-range", value: 12 }, "en")).toBe(
      "Total: 12 is out of range; expected a whole number from 0 to 9."
    );
  });
});

describe("summarize", () => {
  it("counts categories and coverage over scored rows and keeps unscored rows counted", () => {
    const rows = [
      assess([3, 3, 0]),
      assess([1, 0, 2]),
      assess([0, 0, 0]),
      assess([1, 1, 1]),
      assess([null, 1, 1]),
    ];
    const summary = summarize(rows);
    expect(summary.assessed).toBe(5);
    expect(summary.scored).toBe(4);
    expect(summary.incomplete).toBe(1);
    expect(summary.categories.positive).toEqual({ count: 1, share: 0.25 });
    expect(summary.categories.addressing).toEqual({ count: 2, share: 0.5 });
    expect(summary.categories.blind).toEqual({ count: 1, share: 0.25 });
    expect(summary.coverage).toEqual({ "0": 1, "1": 0, "2": 2, "3": 1 });
  });

  it("has null shares when nothing could be scored", () => {
    const summary = summarize([assess(["", "", ""])]);
    expect(summary.scored).toBe(0);
    expect(summary.categories.blind.share).toBeNull();
  });
});

describe("languageFromTag", () => {
  it.each([
    ["ru-RU", "ru"],
    ["ky-KG", "ky"],
    ["KY", "ky"],
    ["kir", "ky"],
    ["en-GB", "en"],
    ["de-DE", undefined],
    [undefined, undefined],
  ])("%p -> %p", (tag, lang) => {
    expect(languageFromTag(tag)).toBe(lang);
  });
});
