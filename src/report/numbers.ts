import type { Language } from "../rubric";

// The one home of numbers shown as text: each language writes them its own way ("59.0%" in
// English, "59,0 %" in Russian, "59,0%" in Kyrgyz), as the platform's ICU data says (Node 20 and
// every browser Office uses carry full ICU). JSON keeps numbers; workbooks keep numbers with number
// formats, which Excel shows in the user's own locale.

const LOCALE: Record<Language, string> = { en: "en", ru: "ru", ky: "ky" };

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Language, style: "percent" | "decimal", digits: number) {
  const key = `${lang}|${style}|${digits}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat(LOCALE[lang], {
      style,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(key, found);
  }
  return found;
}

/** A share (0.59) as a percentage with `digits` decimals: "59.0%", "59,0 %", "59,0%". */
export function formatPercent(share: number, lang: Language, digits = 0): string {
  return formatter(lang, "percent", digits).format(share);
}

/** A number with exactly `digits` decimals: "0.85", "0,85". */
export function formatDecimal(value: number, lang: Language, digits = 2): string {
  return formatter(lang, "decimal", digits).format(value);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The forms of a word that follows a number, by CLDR plural category ("one", "few", "many"…). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * The form of a word that agrees with `n` in `lang`, by Intl.PluralRules: en "1 disagreement" /
 * "2 disagreements"; ru "1 расхождение" / "2 расхождения" / "5 расхождений" (21 takes "one").
 */
export function plural(n: number, lang: Language, forms: PluralForms): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  return forms[rules.select(n)] ?? forms.other;
}

/** "2 disagreements", "5 расхождений": the number and the word that agrees with it. */
export function counted(n: number, lang: Language, forms: PluralForms): string {
  return `${n} ${plural(n, lang, forms)}`;
}

/** Fractions and means in JSON, rounded to 4 decimals (0.2222) so the output stays readable and stable. */
export function round4(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10000) / 10000;
}
