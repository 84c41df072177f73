import {
  describeMethod,
  METHOD_2015,
  MethodError,
  parseMethod,
  assess,
  summarize,
} from "../../src/rubric";

function reasons(json: unknown): string[] {
  try {
    parseMethod(json);
  } catch (error) {
    expect(error).toBeInstanceOf(MethodError);
    return [...(error as MethodError).reasons];
  }
  throw new Error("expected the method to be refused");
}

describe("reading a method from JSON", () => {
  it("keeps the 2015 method for anything left out", () => {
    const method = parseMethod({ id: "same" });
    expect(method.categories).toEqual(METHOD_2015.categories);
    expect(method.indicators).toEqual(METHOD_2015.indicators);
    expect(method.id).toBe("same");
  });

  it("takes edited thresholds and labels, and the rubric follows them", () => {
    const method = parseMethod({
      id: "stricter-2026",
      categories: [
        { id: "positive", min: 7, max: 9, label: { en: "positive", ru: "позитивная", ky: "оң" } },
        { id: "addressing", min: 3, max: 6 },
      ],
    });
    expect(method.categories.find((c) => c.id === "positive")).toMatchObject({
      min: 7,
      max: 9,
      label: { en: "positive" },
    });
    const result = assess([3, 3, 0], method);
    expect(result.category).toBe("addressing");
    expect(summarize([result], method).categories.addressing.count).toBe(1);
    expect(describeMethod(method, "en")).toBe(
      "Method: Gender sensitivity of local policy (Ministry of Economy of the Kyrgyz Republic, 2015) (edited); 0–3 per indicator; 7–9 positive; 3–6 gender-addressing policy; 0–2 gender-blind policy."
    );
  });

  it("refuses overlapping bands, naming them and the total", () => {
    expect(reasons({ categories: [{ id: "addressing", min: 3, max: 6 }] })).toEqual([
      'bands "positive" 6–9 and "addressing" 3–6 overlap at 6',
    ]);
  });

  it("refuses gaps", () => {
    expect(reasons({ categories: [{ id: "blind", min: 0, max: 1 }] })).toEqual([
      "no band holds a total of 2 (bands must cover 0–9 without gaps)",
    ]);
  });

  it("refuses missing labels, and labels given in only some languages", () => {
    expect(reasons({ categories: [{ id: "blind", label: { en: "blind" } }] })).toEqual([
      'category "blind" label has no ru label',
      'category "blind" label has no ky label',
    ]);
    expect(reasons({ title: { en: "", ru: "x", ky: "y" } })).toEqual(["title has no en label"]);
  });

  it("refuses unknown ids, bad points and non-objects", () => {
    expect(reasons({ categories: [{ id: "excellent", min: 9, max: 9 }] })[0]).toContain(
      'may only hold positive, addressing, blind (found "excellent")'
    );
    expect(reasons({ points: { min: 3, max: 1 } })).toEqual([
      "points must run from a whole number to a larger one (got 3–1)",
    ]);
    expect(reasons([])).toEqual(["a method must be a JSON object"]);
  });

  it("checks bands against the new point range", () => {
    // 0–4 points per indicator: totals 0–12, which the 2015 bands no longer cover.
    expect(reasons({ points: { min: 0, max: 4 } })).toContain(
      "no band holds a total of 10 (bands must cover 0–12 without gaps)"
    );
  });
});
