import fc from "fast-check";
import { agreement, kappaBand, weightedKappa } from "../../src/rubric";

// Expected values computed by hand from the definition: κw = 1 − Σ w·O / Σ w·E, w = (i−j)²/(k−1)².
describe("weighted kappa, quadratic weights", () => {
  it("is 1 for perfect agreement with variation", () => {
    expect(weightedKappa([0, 1, 2, 3], [0, 1, 2, 3], 0, 3)).toBe(1);
  });

  it("matches a hand computation on a small table", () => {
    // Rater A: 0,1,2,3; rater B: 0,2,2,3. Pairs differ once, by 1 point: Σ w·O = 1·(1/9).
    // Marginals A: [1,1,1,1], B: [1,0,2,1], n=4. Σ w·E = Σ_ab w_ab·A_a·B_b/4:
    // a=0: (0·1 + 4/9·2 + 9/9·1)/4 = (8/9+1)/4;  a=1: (1/9·1 + 1/9·2 + 4/9·1)/4 = (7/9)/4
    // a=2: (4/9·1 + 0 + 1/9·1)/4 = (5/9)/4;      a=3: (9/9·1 + 1/9·2 + 0)/4 = (11/9)/4
    // Σ = (17/9 + 7/9 + 5/9 + 11/9)/4 = (40/9)/4 = 10/9.  κ = 1 − (1/9)/(10/9) = 0.9.
    expect(weightedKappa([0, 1, 2, 3], [0, 2, 2, 3], 0, 3)).toBeCloseTo(0.9, 12);
  });

  it("matches a second hand computation with systematic disagreement", () => {
    // A: 0,0,3,3; B: 1,1,2,2 → Σ w·O = 4·(1/9) = 4/9. Marginals A: [2,0,0,2], B: [0,2,2,0].
    // Σ w·E = [2·(1/9·2 + 4/9·2) + 2·(4/9·2 + 1/9·2)]/4 = [2·(10/9) + 2·(10/9)]/4 = 10/9.
    // κ = 1 − (4/9)/(10/9) = 0.6.
    expect(weightedKappa([0, 0, 3, 3], [1, 1, 2, 2], 0, 3)).toBeCloseTo(0.6, 12);
  });

  it("is 0 when one rater gives the same score to everything", () => {
    expect(weightedKappa([2, 2, 2, 2], [0, 1, 2, 3], 0, 3)).toBe(0);
  });

  it("is 1 when both raters give the same single score to everything (no variation, full agreement)", () => {
    expect(weightedKappa([1, 1, 1], [1, 1, 1], 0, 3)).toBe(1);
  });

  it("is null with no pairs, and refuses scores off the scale", () => {
    expect(weightedKappa([], [], 0, 3)).toBeNull();
    expect(() => weightedKappa([4], [1], 0, 3)).toThrow(RangeError);
    expect(() => weightedKappa([1, 2], [1], 0, 3)).toThrow(RangeError);
  });

  it("is negative for systematic opposite ratings", () => {
    expect(weightedKappa([0, 3], [3, 0], 0, 3)!).toBeLessThan(0);
  });

  it("is symmetric in the raters and at most 1", () => {
    const scores = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
      { minLength: 1, maxLength: 40 }
    );
    fc.assert(
      fc.property(scores, (pairs) => {
        const a = pairs.map((p) => p[0]);
        const b = pairs.map((p) => p[1]);
        const k1 = weightedKappa(a, b, 0, 3);
        const k2 = weightedKappa(b, a, 0, 3);
        if (k1 === null) expect(k2).toBeNull();
        else {
          expect(k2).toBeCloseTo(k1, 12);
          expect(k1).toBeLessThanOrEqual(1 + 1e-12);
        }
      })
    );
  });
});

describe("agreement", () => {
  it("counts exact and within-one agreement", () => {
    expect(agreement([0, 1, 2, 3], [0, 2, 0, 3], 0, 3)).toMatchObject({
      pairs: 4,
      exact: 0.5,
      withinOne: 0.75,
    });
  });

  it("reads kappa with Landis and Koch's bands", () => {
    expect([-0.1, 0.1, 0.3, 0.5, 0.7, 0.9].map(kappaBand)).toEqual([
      "poor",
      "slight",
      "fair",
      "moderate",
      "substantial",
      "almost-perfect",
    ]);
  });
});
