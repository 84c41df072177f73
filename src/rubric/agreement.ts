import type { Language } from "./language";

/** How two raters' ordinal scores agree: the statistics a quality-assurance review asks for. */
export interface Agreement {
  /** Pairs where both raters gave a valid score. */
  readonly pairs: number;
  /** Share of pairs with the same score. */
  readonly exact: number | null;
  /** Share of pairs at most one point apart. */
  readonly withinOne: number | null;
  /** Cohen's weighted kappa with quadratic weights; null with no pairs. */
  readonly kappa: number | null;
}

/**
 * Cohen's weighted kappa with quadratic weights on an ordinal scale min..max:
 * 1 − Σ w·observed / Σ w·expected, with w = (i − j)² / (k − 1)². When neither rater varies and they
 * agree, expected disagreement is 0 and so is observed: agreement is perfect, kappa is 1.
 */
export function weightedKappa(
  first: readonly number[],
  second: readonly number[],
  min: number,
  max: number
): number | null {
  if (first.length !== second.length)
    throw new RangeError("The two raters must score the same number of items");
  const n = first.length;
  if (n === 0) return null;
  const k = max - min + 1;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rows = new Array<number>(k).fill(0);
  const columns = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const a = first[i] - min;
    const b = second[i] - min;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= k || b >= k) {
      throw new RangeError(`Scores must be whole numbers from ${min} to ${max}`);
    }
    observed[a][b]++;
    rows[a]++;
    columns[b]++;
  }
  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  const scale = k === 1 ? 1 : (k - 1) ** 2;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const weight = (a - b) ** 2 / scale;
      observedDisagreement += weight * observed[a][b];
      expectedDisagreement += (weight * rows[a] * columns[b]) / n;
    }
  }
  if (expectedDisagreement === 0) return observedDisagreement === 0 ? 1 : null;
  return 1 - observedDisagreement / expectedDisagreement;
}

export function agreement(
  first: readonly number[],
  second: readonly number[],
  min: number,
  max: number
): Agreement {
  const n = first.length;
  let exact = 0;
  let withinOne = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.abs(first[i] - second[i]);
    if (d === 0) exact++;
    if (d <= 1) withinOne++;
  }
  return {
    pairs: n,
    exact: n === 0 ? null : exact / n,
    withinOne: n === 0 ? null : withinOne / n,
    kappa: weightedKappa(first, second, min, max),
  };
}

export type KappaBand = "poor" | "slight" | "fair" | "moderate" | "substantial" | "almost-perfect";

/** Landis & Koch (1977), the usual reading of kappa. */
export function kappaBand(kappa: number): KappaBand {
  if (kappa < 0) return "poor";
  if (kappa <= 0.2) return "slight";
  if (kappa <= 0.4) return "fair";
  if (kappa <= 0.6) return "moderate";
  if (kappa <= 0.8) return "substantial";
  return "almost-perfect";
}

export const KAPPA_BANDS: Record<KappaBand, Record<Language, string>> = {
  poor: { en: "poor", ru: "плохое", ky: "начар" },
  slight: { en: "slight", ru: "незначительное", ky: "анча эмес" },
  fair: { en: "fair", ru: "удовлетворительное", ky: "канааттандырарлык" },
  moderate: { en: "moderate", ru: "умеренное", ky: "орточо" },
  substantial: { en: "substantial", ru: "существенное", ky: "олуттуу" },
  "almost-perfect": { en: "almost perfect", ru: "почти полное", ky: "дээрлик толук" },
};
