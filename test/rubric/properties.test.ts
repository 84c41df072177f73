import fc from "fast-check";
import {
  assess,
  category,
  coverage,
  isProblem,
  parseScore,
  summarize,
  METHOD_2015,
} from "../../src/rubric";

const validScore = fc.integer({ min: 0, max: 3 });
const anyCell = fc.oneof(
  validScore,
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("#N/A", "#VALUE!", " 2 ", "2,5")
);

describe("rubric invariants", () => {
  it("every valid row has a total in 0–9, exactly one category whose band holds it, and coverage 0–3", () => {
    fc.assert(
      fc.property(fc.tuple(validScore, validScore, validScore), (scores) => {
        const result = assess(scores);
        expect(result.problems).toHaveLength(0);
        expect(result.total).toBe(scores[0] + scores[1] + scores[2]);
        const bands = METHOD_2015.categories.filter(
          (b) => result.total! >= b.min && result.total! <= b.max
        );
        expect(bands).toHaveLength(1);
        expect(result.category).toBe(bands[0].id);
        expect(result.coverage).toBe(scores.filter((s) => s > 0).length);
      })
    );
  });

  it("category never decreases as the total grows", () => {
    const rank = { blind: 0, addressing: 1, positive: 2 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), (t) => {
        expect(rank[category(t + 1)!]).toBeGreaterThanOrEqual(rank[category(t)!]);
      })
    );
  });

  it("parseScore accepts exactly the whole numbers 0–3 and never invents a value", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const parsed = parseScore(cell);
        if (!isProblem(parsed)) {
          expect([0, 1, 2, 3]).toContain(parsed);
          // The score equals the cell read as a number: nothing rounded.
          expect(Number(String(cell).replace(/\s/g, "").replace(",", "."))).toBe(parsed);
        }
      })
    );
  });

  it("a row is scored exactly when all three cells are valid", () => {
    fc.assert(
      fc.property(fc.tuple(anyCell, anyCell, anyCell), (cells) => {
        const allValid = cells.every((c) => !isProblem(parseScore(c)));
        const result = assess(cells);
        expect(result.total !== null).toBe(allValid);
        expect(result.problems.length).toBe(cells.filter((c) => isProblem(parseScore(c))).length);
      })
    );
  });

  it("summary counts add up and shares sum to 1 over scored rows", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyCell, anyCell, anyCell), { maxLength: 60 }), (rows) => {
        const summary = summarize(rows.map((r) => assess(r)));
        expect(summary.scored + summary.incomplete).toBe(rows.length);
        const counts = Object.values(summary.categories).reduce((a, c) => a + c.count, 0);
        expect(counts).toBe(summary.scored);
        expect(Object.values(summary.coverage).reduce((a, n) => a + n, 0)).toBe(summary.scored);
        if (summary.scored > 0) {
          const shares = Object.values(summary.categories).reduce((a, c) => a + (c.share ?? 0), 0);
          expect(shares).toBeCloseTo(1, 10);
        }
      })
    );
  });

  it("coverage is bounded by the number of indicators", () => {
    fc.assert(
      fc.property(fc.array(validScore, { minLength: 3, maxLength: 3 }), (s) => {
        const c = coverage(s);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(3);
      })
    );
  });
});
