import { normalizeHeader } from "../sheets";

/** Names compared as users mean them: case, punctuation, ё/е and "а/о" vs "АО" ignored (as headers are). */
export function nameKey(text: string | null | undefined): string {
  return text ? normalizeHeader(text) : "";
}

/** Rounds in order: numerically when they are years or numbers, else naturally ("Раунд 2" < "Раунд 10"). */
export function compareRounds(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
}

/**
 * A cached version of a function of one text. Tables repeat the same oblast, district and LSG
 * names thousands of times; normalising each distinct name once keeps summaries linear and cheap.
 */
export function cached<T>(fn: (text: string | null) => T): (text: string | null) => T {
  const cache = new Map<string | null, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = fn(text);
      cache.set(text, value);
    }
    return value as T;
  };
}

type Key = (text: string | null) => string;

/**
 * One LSG across rounds: its name within its district, so two villages of one name in two districts
 * stay two LSGs. Every comparison of LSGs (changes, movers, cards, the next round's list) uses it.
 * Pass a cached key function where a table repeats names thousands of times.
 */
export function lsgKey(lsg: string | null, district: string | null, key: Key = nameKey): string {
  return `${key(lsg)}|${key(district)}`;
}

/** One LSG in one round: the unit of a duplicate and of a two-rater pair. */
export function lsgRoundKey(
  lsg: string | null,
  district: string | null,
  round: string | null,
  key: Key = nameKey
): string {
  return `${lsgKey(lsg, district, key)}|${key(round)}`;
}
