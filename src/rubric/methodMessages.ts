import type { Language } from "./language";
import { METHOD_2015, type CategoryId, type IndicatorId } from "./method";

/** Which text of a method a label problem is about. */
export type LabelPlace =
  | { readonly part: "title" }
  | { readonly part: "indicator-name" | "indicator-short"; readonly id: IndicatorId }
  | { readonly part: "category-label" | "category-short"; readonly id: CategoryId };

export interface BandRef {
  readonly id: string;
  readonly min: number;
  readonly max: number;
}

/** Why a method cannot be used, as data, so that each language words it in full. */
export type MethodProblem =
  | { readonly kind: "not-object" }
  | { readonly kind: "labels-not-object"; readonly place: LabelPlace }
  | { readonly kind: "no-label"; readonly place: LabelPlace; readonly lang: Language }
  | { readonly kind: "not-a-list"; readonly list: "indicators" | "categories" }
  | {
      readonly kind: "unknown-id";
      readonly list: "indicators" | "categories";
      readonly allowed: readonly string[];
      readonly found: string;
    }
  | { readonly kind: "points"; readonly min: string; readonly max: string }
  | { readonly kind: "band-not-whole"; readonly band: BandRef }
  | { readonly kind: "gap"; readonly total: number; readonly min: number; readonly max: number }
  | { readonly kind: "overlap"; readonly bands: readonly BandRef[]; readonly total: number }
  | {
      readonly kind: "outside";
      readonly band: BandRef;
      readonly min: number;
      readonly max: number;
    };

// English keeps the ids (the words of the JSON file a consultant writes); Russian and Kyrgyz name
// categories and indicators by their labels, so that no English word appears in their sentences.
function bandName(id: string, lang: Language): string {
  const band = METHOD_2015.categories.find((c) => c.id === id);
  if (lang === "en" || !band) return `"${id}"`;
  return `«${band.label[lang]}»`;
}

function indicatorName(id: string, lang: Language): string {
  const indicator = METHOD_2015.indicators.find((i) => i.id === id);
  if (lang === "en" || !indicator) return `"${id}"`;
  return `«${indicator.short[lang]}»`;
}

function placeName(place: LabelPlace, lang: Language): string {
  const en = {
    title: () => "title",
    "indicator-name": (id: string) => `indicator ${indicatorName(id, lang)} name`,
    "indicator-short": (id: string) => `indicator ${indicatorName(id, lang)} short name`,
    "category-label": (id: string) => `category ${bandName(id, lang)} label`,
    "category-short": (id: string) => `category ${bandName(id, lang)} short label`,
  };
  const ru = {
    title: () => "название методики",
    "indicator-name": (id: string) => `полное название индикатора ${indicatorName(id, lang)}`,
    "indicator-short": (id: string) => `краткое название индикатора ${indicatorName(id, lang)}`,
    "category-label": (id: string) => `название категории ${bandName(id, lang)}`,
    "category-short": (id: string) => `краткое название категории ${bandName(id, lang)}`,
  };
  const ky = {
    title: () => "методиканын аталышы",
    "indicator-name": (id: string) => `${indicatorName(id, lang)} индикаторунун толук аталышы`,
    "indicator-short": (id: string) => `${indicatorName(id, lang)} индикаторунун кыска аталышы`,
    "category-label": (id: string) => `${bandName(id, lang)} категориясынын аталышы`,
    "category-short": (id: string) => `${bandName(id, lang)} категориясынын кыска аталышы`,
  };
  const words = { en, ru, ky }[lang];
  return place.part === "title" ? words.title() : words[place.part](place.id);
}

const LANGUAGE_IN: Record<Language, Record<Language, string>> = {
  en: { en: "English", ru: "Russian", ky: "Kyrgyz" },
  ru: { en: "на английском", ru: "на русском", ky: "на кыргызском" },
  ky: { en: "англисче", ru: "орусча", ky: "кыргызча" },
};

const LIST_NAME: Record<Language, Record<"indicators" | "categories", string>> = {
  en: { indicators: '"indicators"', categories: '"categories"' },
  ru: { indicators: "список индикаторов", categories: "список категорий" },
  ky: { indicators: "индикаторлордун тизмеси", categories: "категориялардын тизмеси" },
};

function bands(list: readonly BandRef[], lang: Language): string {
  const named = list.map((b) => `${bandName(b.id, lang)} ${b.min}–${b.max}`);
  return named.join({ en: " and ", ru: " и ", ky: " жана " }[lang]);
}

/** The names a sentence uses for the parts of a method, already in the sentence's language. */
interface Words {
  place(place: LabelPlace): string;
  band(id: string): string;
  indicator(id: string): string;
  list(list: "indicators" | "categories"): string;
  bands(list: readonly BandRef[]): string;
  language(lang: Language): string;
}

function wordsIn(lang: Language): Words {
  return {
    place: (place) => placeName(place, lang),
    band: (id) => bandName(id, lang),
    indicator: (id) => indicatorName(id, lang),
    list: (list) => LIST_NAME[lang][list],
    bands: (list) => bands(list, lang),
    language: (other) => LANGUAGE_IN[lang][other],
  };
}

const range = (min: number | string, max: number | string) => `${min}–${max}`;

type Kind = MethodProblem["kind"];
type Sentences<K extends Kind> = Record<
  Language,
  (problem: Extract<MethodProblem, { kind: K }>, words: Words) => string
>;

// One home for these messages, keyed by problem kind: a problem's three wordings side by side,
// so that a change to one language is seen next to the other two.
const METHOD_MESSAGES: { readonly [K in Kind]: Sentences<K> } = {
  "not-object": {
    en: () => "a method must be a JSON object",
    ru: () => "методика должна быть объектом JSON",
    ky: () => "методика JSON объектиси болушу керек",
  },
  "labels-not-object": {
    en: (p, w) => `${w.place(p.place)} must be an object with en, ru and ky texts`,
    ru: (p, w) => `${w.place(p.place)} должно быть объектом с текстами en, ru и ky`,
    ky: (p, w) => `${w.place(p.place)} en, ru жана ky тексттери бар объект болушу керек`,
  },
  "no-label": {
    en: (p, w) => `${w.place(p.place)} has no ${p.lang} label`,
    ru: (p, w) => `${w.place(p.place)}: нет текста ${w.language(p.lang)}`,
    ky: (p, w) => `${w.place(p.place)}: ${w.language(p.lang)} тексти жок`,
  },
  "not-a-list": {
    en: (p, w) => `${w.list(p.list)} must be a list`,
    ru: (p, w) => `${w.list(p.list)} должен быть списком`,
    ky: (p, w) => `${w.list(p.list)} тизме болушу керек`,
  },
  // English lists the ids as they are written in the file; Russian and Kyrgyz name them.
  "unknown-id": {
    en: (p, w) => `${w.list(p.list)} may only hold ${p.allowed.join(", ")} (found ${p.found})`,
    ru: (p, w) =>
      `${w.list(p.list)} может содержать только ${allowedNames(p, w)} (найдено: ${p.found})`,
    ky: (p, w) => `${w.list(p.list)} ${allowedNames(p, w)} гана камтый алат (табылды: ${p.found})`,
  },
  points: {
    en: (p) => `points must run from a whole number to a larger one (got ${range(p.min, p.max)})`,
    ru: (p) => `баллы должны идти от целого числа до большего (указано ${range(p.min, p.max)})`,
    ky: (p) =>
      `упайлар бүтүн сандан чоңураак санга чейин болушу керек (берилгени ${range(p.min, p.max)})`,
  },
  "band-not-whole": {
    en: ({ band }, w) =>
      `band ${w.band(band.id)} must run from a whole number to a whole number not below it (got ${range(band.min, band.max)})`,
    ru: ({ band }, w) =>
      `границы категории ${w.band(band.id)} должны быть целыми числами, и «до» не меньше «от» (указано ${range(band.min, band.max)})`,
    ky: ({ band }, w) =>
      `${w.band(band.id)} категориясынын чектери бүтүн сан болушу керек, «чейин» «баштап»тан кичине болбошу керек (берилгени ${range(band.min, band.max)})`,
  },
  gap: {
    en: (p) =>
      `no band holds a total of ${p.total} (bands must cover ${range(p.min, p.max)} without gaps)`,
    ru: (p) =>
      `итог ${p.total} не входит ни в одну категорию (категории должны покрывать ${range(p.min, p.max)} без пропусков)`,
    ky: (p) =>
      `${p.total} жалпы упайы эч бир категорияга кирбейт (категориялар ${range(p.min, p.max)} аралыгын боштуксуз камтышы керек)`,
  },
  overlap: {
    en: (p, w) => `bands ${w.bands(p.bands)} overlap at ${p.total}`,
    ru: (p, w) => `категории ${w.bands(p.bands)} пересекаются на итоге ${p.total}`,
    ky: (p, w) => `${w.bands(p.bands)} категориялары ${p.total} жалпы упайында кесилишет`,
  },
  outside: {
    en: ({ band, min, max }, w) =>
      `band ${w.band(band.id)} ${range(band.min, band.max)} goes outside the possible totals ${range(min, max)}`,
    ru: ({ band, min, max }, w) =>
      `категория ${w.band(band.id)} ${range(band.min, band.max)} выходит за возможные итоги ${range(min, max)}`,
    ky: ({ band, min, max }, w) =>
      `${w.band(band.id)} ${range(band.min, band.max)} категориясы мүмкүн болгон жалпы упайлардан (${range(min, max)}) чыгып кетет`,
  },
};

function allowedNames(problem: Extract<MethodProblem, { kind: "unknown-id" }>, w: Words): string {
  const name = problem.list === "categories" ? w.band : w.indicator;
  return problem.allowed.map(name).join(", ");
}

/** One reason a method was refused, in the user's language. */
export function describeMethodProblem(problem: MethodProblem, lang: Language): string {
  // TypeScript cannot tie the table's entry to the problem's kind; METHOD_MESSAGES's type does.
  const sentence = METHOD_MESSAGES[problem.kind][lang] as (
    problem: MethodProblem,
    words: Words
  ) => string;
  return sentence(problem, wordsIn(lang));
}
