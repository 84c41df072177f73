import type { Labels, Language } from "../rubric";

// Words of the reports (tables, summary sheet, CLI), in the three languages users work in.
export const REPORT_LABELS = {
  row: { en: "Row", ru: "Строка", ky: "Сап" },
  lsg: { en: "LSG", ru: "ОМСУ", ky: "ЖӨБ" },
  district: { en: "District", ru: "Район", ky: "Району" },
  oblast: { en: "Oblast", ru: "Область", ky: "Облусу" },
  round: { en: "Year / round", ru: "Год / раунд", ky: "Жылы / раунд" },
  total: { en: "Total", ru: "Итоговый балл", ky: "Жалпы упай" },
  coverage: { en: "Coverage", ru: "Охват", ky: "Камтуу" },
  category: { en: "Category", ru: "Категория", ky: "Категориясы" },
  problems: { en: "Problems", ru: "Проблемы", ky: "Көйгөйлөр" },
  count: { en: "LSGs", ru: "ОМСУ", ky: "ЖӨБ" },
  share: { en: "Share of scored", ru: "Доля оценённых", ky: "Баалангандардын үлүшү" },
  summary: { en: "Summary", ru: "Сводка", ky: "Жыйынтык" },
  results: { en: "Results", ru: "Результаты", ky: "Натыйжалар" },
  data: { en: "Data", ru: "Данные", ky: "Маалыматтар" },
  method: { en: "Method", ru: "Методика", ky: "Методика" },
  source: { en: "Source", ru: "Источник", ky: "Булак" },
  coverageHeading: {
    en: "Indicators scored above 0",
    ru: "Индикаторов с баллом выше 0",
    ky: "0дөн жогору бааланган индикаторлор",
  },
  notScored: { en: "not scored", ru: "не оценено", ky: "бааланган эмес" },
  problemsHeading: { en: "Problems to fix", ru: "Что исправить", ky: "Оңдоо керек" },
  noProblems: { en: "No problems found.", ru: "Проблем не найдено.", ky: "Көйгөй табылган жок." },
} as const satisfies Record<string, Labels>;

export type ReportLabel = keyof typeof REPORT_LABELS;

export function label(key: ReportLabel, lang: Language): string {
  return REPORT_LABELS[key][lang];
}

/** "40 LSGs read, 39 scored, 1 incomplete." */
export function countsSentence(
  assessed: number,
  scored: number,
  incomplete: number,
  lang: Language
): string {
  switch (lang) {
    case "ru":
      return `Прочитано ОМСУ: ${assessed}; оценено: ${scored}; неполных: ${incomplete}.`;
    case "ky":
      return `Окулган ЖӨБ: ${assessed}; бааланган: ${scored}; толук эмес: ${incomplete}.`;
    default:
      return `${assessed} LSGs read, ${scored} scored, ${incomplete} incomplete.`;
  }
}
