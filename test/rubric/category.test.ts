import { category, categoryBand, coverage, total, METHOD_2015, totalRange } from "../../src/rubric";

describe("category of every total", () => {
  const expected: Array<[number, string]> = [
    [0, "blind"],
    [1, "blind"],
    [2, "blind"],
    [3, "addressing"],
    [4, "addressing"],
    [5, "addressing"],
    [6, "positive"],
    [7, "positive"],
    [8, "positive"],
    [9, "positive"],
  ];
  it.each(expected)("total %i is %s", (t, id) => {
    expect(category(t)).toBe(id);
  });

  it.each([-1, 10, 2.5, NaN, Infinity])("total %p has no category", (t) => {
    expect(category(t)).toBeUndefined();
  });

  it("labels each band in all three languages", () => {
    expect(categoryBand(7)?.label).toEqual({
      en: "gender-positive policy",
      ru: "гендерно-позитивная политика",
      ky: "гендердик оң (позитивдүү) саясат",
    });
    expect(categoryBand(4)?.label.ru).toBe("политика, направленная на решение гендерных вопросов");
    expect(categoryBand(0)?.label.ky).toBe("гендердик «сокур» саясат");
  });

  it("never calls the middle band 'gender-oriented' (a local term for good practice)", () => {
    for (const band of METHOD_2015.categories) {
      expect(band.label.ru).not.toMatch(/ориентирован/i);
    }
  });
});

describe("total and coverage", () => {
  it("sums and counts indicators above 0", () => {
    expect(total([1, 0, 2])).toBe(3);
    expect(coverage([1, 0, 2])).toBe(2);
    expect(coverage([0, 0, 0])).toBe(0);
    expect(coverage([3, 3, 3])).toBe(3);
  });

  it("derives the total range from the method", () => {
    expect(totalRange()).toEqual({ min: 0, max: 9 });
  });
});
