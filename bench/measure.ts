import { performance } from "perf_hooks";

/** Best of several runs, after one warm-up, in milliseconds: the least disturbed measurement. */
export function bestOf(runs: number, work: () => unknown): number {
  work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function bestOfAsync(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function line(name: string, value: string, target?: string, ok?: boolean): void {
  const verdict = target === undefined ? "" : `  (target ${target}: ${ok ? "met" : "NOT MET"})`;
  console.log(`${name.padEnd(58)} ${value}${verdict}`);
}

/** Deterministic pseudo-random numbers, so every run scores the same rows. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
