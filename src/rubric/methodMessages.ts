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

/** One reason a method was refused, in the user's language. */
export function describeMethodProblem(problem: MethodProblem, lang: Language): string {
  const list = (p: { list: "indicators" | "categories" }) => LIST_NAME[lang][p.list];
  switch (problem.kind) {
    case "not-object":
      return {
        en: "a method must be a JSON object",
        ru: "методика должна быть объектом JSON",
        ky: "методика JSON объектиси болушу керек",
      }[lang];
    case "labels-not-object": {
      const place = placeName(problem.place, lang);
      return {
        en: `${place} must be an object with en, ru and ky texts`,
        ru: `${place} должно быть объектом с текстами en, ru и ky`,
        ky: `${place} en, ru жана ky тексттери бар объект болушу керек`,
      }[lang];
    }
    case "no-label": {
      const place = placeName(problem.place, lang);
      const language = LANGUAGE_IN[lang][problem.lang];
      return {
        en: `${place} has no ${problem.lang} label`,
        ru: `${place}: нет текста ${language}`,
        ky: `${place}: ${language} тексти жок`,
      }[lang];
    }
    case "not-a-list":
      return {
        en: `${list(problem)} must be a list`,
        ru: `${list(problem)} должен быть списком`,
        ky: `${list(problem)} тизме болушу керек`,
      }[lang];
    case "unknown-id": {
      const allowed = problem.allowed
        .map((id) => (problem.list === "categories" ? bandName : indicatorName)(id, lang))
        .join(", ");
      return {
        en: `${list(problem)} may only hold ${problem.allowed.join(", ")} (found ${problem.found})`,
        ru: `${list(problem)} может содержать только ${allowed} (найдено: ${problem.found})`,
        ky: `${list(problem)} ${allowed} гана камтый алат (табылды: ${problem.found})`,
      }[lang];
    }
    case "points": {
      const got = `${problem.min}–${problem.max}`;
      return {
        en: `points must run from a whole number to a larger one (got ${got})`,
        ru: `баллы должны идти от целого числа до большего (указано ${got})`,
        ky: `упайлар бүтүн сандан чоңураак санга чейин болушу керек (берилгени ${got})`,
      }[lang];
    }
    case "band-not-whole": {
      const { band } = problem;
      const got = `${band.min}–${band.max}`;
      return {
        en: `band ${bandName(band.id, lang)} must run from a whole number to a whole number not below it (got ${got})`,
        ru: `границы категории ${bandName(band.id, lang)} должны быть целыми числами, и «до» не меньше «от» (указано ${got})`,
        ky: `${bandName(band.id, lang)} категориясынын чектери бүтүн сан болушу керек, «чейин» «баштап»тан кичине болбошу керек (берилгени ${got})`,
      }[lang];
    }
    case "gap": {
      const range = `${problem.min}–${problem.max}`;
      return {
        en: `no band holds a total of ${problem.total} (bands must cover ${range} without gaps)`,
        ru: `итог ${problem.total} не входит ни в одну категорию (категории должны покрывать ${range} без пропусков)`,
        ky: `${problem.total} жалпы упайы эч бир категорияга кирбейт (категориялар ${range} аралыгын боштуксуз камтышы керек)`,
      }[lang];
    }
    case "overlap":
      return {
        en: `bands ${bands(problem.bands, lang)} overlap at ${problem.total}`,
        ru: `категории ${bands(problem.bands, lang)} пересекаются на итоге ${problem.total}`,
        ky: `${bands(problem.bands, lang)} категориялары ${problem.total} жалпы упайында кесилишет`,
      }[lang];
    case "outside": {
      const { band } = problem;
      const range = `${problem.min}–${problem.max}`;
      return {
        en: `band ${bandName(band.id, lang)} ${band.min}–${band.max} goes outside the possible totals ${range}`,
        ru: `категория ${bandName(band.id, lang)} ${band.min}–${band.max} выходит за возможные итоги ${range}`,
        ky: `${bandName(band.id, lang)} ${band.min}–${band.max} категориясы мүмкүн болгон жалпы упайлардан (${range}) чыгып кетет`,
      }[lang];
    }
  }
}
