import { METHOD_2015, totalRange, type CategoryBand, type CategoryId, type Method } from "./method";

/** Sum of valid indicator scores. */
export function total(scores: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += scores[i];
  return sum;
}

/** Number of indicators scored above the minimum: how many of the three the LSG covers at all. */
export function coverage(scores: readonly number[], method: Method = METHOD_2015): number {
  let covered = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] > method.points.min) covered++;
  return covered;
}

// One lookup table per method: total -> band. Built once, so a category costs one array read.
const bandTables = new WeakMap<Method, (CategoryBand | undefined)[]>();

function bandTable(method: Method): (CategoryBand | undefined)[] {
  let table = bandTables.get(method);
  if (!table) {
    const { max } = totalRange(method);
    table = [];
    for (let t = 0; t <= max; t++)
      table[t] = method.categories.find((band) => t >= band.min && t <= band.max);
    bandTables.set(method, table);
  }
  return table;
}

/** The category band of a total; undefined when the total is not a whole number in range. */
export function categoryBand(
  totalScore: number,
  method: Method = METHOD_2015
): CategoryBand | undefined {
  if (!Number.isInteger(totalScore) || totalScore < 0) return undefined;
  const { min } = totalRange(method);
  if (totalScore < min) return undefined;
  return bandTable(method)[totalScore];
}

/** The category id of a total (6–9 positive, 3–5 addressing, 0–2 blind under the 2015 method). */
export function category(totalScore: number, method: Method = METHOD_2015): CategoryId | undefined {
  return categoryBand(totalScore, method)?.id;
}
