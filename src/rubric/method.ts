import type { Labels } from "./language";

export type IndicatorId = "documents" | "mechanism" | "budget";
export type CategoryId = "positive" | "addressing" | "blind";

export interface Indicator {
  readonly id: IndicatorId;
  /** Full name as the methodology words it. */
  readonly name: Labels;
  /** One or two words, for table headers and error messages. */
  readonly short: Labels;
}

export interface CategoryBand {
  readonly id: CategoryId;
  /** Lowest total in this band, inclusive. */
  readonly min: number;
  /** Highest total in this band, inclusive. */
  readonly max: number;
  readonly label: Labels;
  /** A word or two, for table headers and chart legends. */
  readonly short: Labels;
}

export interface Method {
  readonly id: string;
  readonly title: Labels;
  readonly indicators: readonly Indicator[];
  /** Every indicator is scored with a whole number in [min, max]. */
  readonly points: { readonly min: number; readonly max: number };
  /** Bands that together cover every possible total exactly once. */
  readonly categories: readonly CategoryBand[];
}

/**
 * The 2015 Ministry of Economy method (docs/method.en.md). Everything that scores,
 * labels or summarises reads it from here, so a change of method is one edit.
 */
export const METHOD_2015: Method = {
  id: "kg-mineconomy-2015",
  title: {
    en: "Gender sensitivity of local policy (Ministry of Economy of the Kyrgyz Republic, 2015)",
    ru: "Гендерная чувствительность местной политики (Министерство экономики КР, 2015)",
    ky: "Жергиликтүү саясаттын гендердик сезимталдыгы (КР Экономика министрлиги, 2015)",
  },
  indicators: [
    {
      id: "documents",
      name: {
        en: "gender-sensitive strategic documents / programmes",
        ru: "гендерно-чувствительные стратегические документы / программы",
        ky: "гендердик-сезимтал стратегиялык документтер/программалар",
      },
      short: { en: "Documents", ru: "Документы", ky: "Документтер" },
    },
    {
      id: "mechanism",
      name: {
        en: "institutional mechanism for gender equality",
        ru: "институциональный механизм по гендерному равенству",
        ky: "гендердик теңдикке багытталган институттук механизм",
      },
      short: { en: "Mechanism", ru: "Механизм", ky: "Механизм" },
    },
    {
      id: "budget",
      name: {
        en: "budget directed at gender issues",
        ru: "бюджет, направленный на решение гендерных вопросов",
        ky: "гендердик маселелерди чечүүгө багытталган бюджет",
      },
      short: { en: "Budget", ru: "Бюджет", ky: "Бюджет" },
    },
  ],
  points: { min: 0, max: 3 },
  categories: [
    {
      id: "positive",
      min: 6,
      max: 9,
      label: {
        en: "gender-positive policy",
        ru: "гендерно-позитивная политика",
        ky: "гендердик оң (позитивдүү) саясат",
      },
      short: { en: "positive", ru: "позитивная", ky: "оң" },
    },
    {
      id: "addressing",
      min: 3,
      max: 5,
      label: {
        en: "gender-addressing policy",
        ru: "политика, направленная на решение гендерных вопросов",
        ky: "гендердик маселелерди чечүүгө багытталган саясат",
      },
      short: { en: "addressing", ru: "решение вопросов", ky: "маселелерди чечүү" },
    },
    {
      id: "blind",
      min: 0,
      max: 2,
      label: {
        en: "gender-blind policy",
        ru: "гендерно-слепая политика",
        ky: "гендердик «сокур» саясат",
      },
      short: { en: "blind", ru: "слепая", ky: "«сокур»" },
    },
  ],
};

export function indicatorIds(method: Method = METHOD_2015): IndicatorId[] {
  return method.indicators.map((indicator) => indicator.id);
}

export function findIndicator(id: IndicatorId, method: Method = METHOD_2015): Indicator {
  const found = method.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`The method ${method.id} has no indicator "${id}"`);
  return found;
}

/** The range of a total: every indicator at its minimum up to every indicator at its maximum. */
export function totalRange(method: Method = METHOD_2015): { min: number; max: number } {
  const count = method.indicators.length;
  return { min: count * method.points.min, max: count * method.points.max };
}
