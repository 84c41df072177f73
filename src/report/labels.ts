import type { Labels, Language } from "../rubric";
import { counted, type PluralForms } from "./numbers";

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
  note: { en: "Note", ru: "Примечание", ky: "Эскертүү" },
  problemsHeading: { en: "Problems to fix", ru: "Что исправить", ky: "Оңдоо керек" },
  noProblems: { en: "No problems found.", ru: "Проблем не найдено.", ky: "Көйгөй табылган жок." },
  finding: { en: "Finding", ru: "Вывод", ky: "Корутунду" },
  studyFinding: {
    en: "of which addressing with 1–2 indicators",
    ru: "из них «решение вопросов» с охватом 1–2 индикаторов",
    ky: "анын ичинде 1–2 индикатор менен «маселелерди чечүү»",
  },
  number: { en: "Number", ru: "Количество", ky: "Саны" },
  evidenceMissing: {
    en: "Scores above 0 without evidence",
    ru: "Баллы выше 0 без обоснования",
    ky: "Негиздемеси жок 0дөн жогору упайлар",
  },
  score: { en: "Score", ru: "Балл", ky: "Упай" },
  evidenceCell: {
    en: "Empty evidence cell",
    ru: "Пустая ячейка обоснования",
    ky: "Бош негиздеме уячасы",
  },
  indicator: { en: "Indicator", ru: "Индикатор", ky: "Индикатор" },
  indicatorsHeading: { en: "Indicators", ru: "Индикаторы", ky: "Индикаторлор" },
  mean: { en: "Mean score", ru: "Средний балл", ky: "Орточо упай" },
  aboveZero: { en: "Scored above 0", ru: "Балл выше 0", ky: "0дөн жогору" },
  shareAboveZero: { en: "Share above 0", ru: "Доля выше 0", ky: "0дөн жогорку үлүш" },
  assessed: { en: "Read", ru: "Прочитано", ky: "Окулган" },
  scored: { en: "Scored", ru: "Оценено", ky: "Бааланган" },
  incomplete: { en: "Incomplete", ru: "Неполные", ky: "Толук эмес" },
  byOblast: {
    en: "Categories by oblast",
    ru: "Категории по областям",
    ky: "Облустар боюнча категориялар",
  },
  byDistrict: {
    en: "Categories by district",
    ru: "Категории по районам",
    ky: "Райондор боюнча категориялар",
  },
  byRound: {
    en: "Categories by round",
    ru: "Категории по раундам",
    ky: "Раунддар боюнча категориялар",
  },
  noRound: { en: "(no round)", ru: "(без раунда)", ky: "(раунду жок)" },
  meansByRound: {
    en: "Mean scores by round",
    ru: "Средние баллы по раундам",
    ky: "Раунддар боюнча орточо упайлар",
  },
  changes: {
    en: "Change from the first to the latest round",
    ru: "Изменение от первого к последнему раунду",
    ky: "Биринчи раунддан акыркы раундга чейинки өзгөрүү",
  },
  from: { en: "First round", ru: "Первый раунд", ky: "Биринчи раунд" },
  to: { en: "Latest round", ru: "Последний раунд", ky: "Акыркы раунд" },
  change: { en: "Category change", ru: "Изменение категории", ky: "Категориянын өзгөрүшү" },
  totalChange: { en: "Total change", ru: "Изменение балла", ky: "Упайдын өзгөрүшү" },
  improved: { en: "improved", ru: "улучшилась", ky: "жакшырды" },
  unchanged: { en: "unchanged", ru: "без изменений", ky: "өзгөргөн жок" },
  declined: { en: "declined", ru: "ухудшилась", ky: "начарлады" },
  categoryMovers: {
    en: "Category movers",
    ru: "Переходы между категориями",
    ky: "Категориялар арасындагы жылыштар",
  },
  indicatorMoves: {
    en: "Indicator scores up, down, same",
    ru: "Баллы индикаторов: выше, ниже, так же",
    ky: "Индикатор упайлары: жогору, төмөн, ошол эле",
  },
  lsgMoves: { en: "Who moved, per LSG", ru: "Кто сдвинулся, по ОМСУ", ky: "Ким жылды, ЖӨБ боюнча" },
  up: { en: "Up", ru: "Выше", ky: "Жогору" },
  down: { en: "Down", ru: "Ниже", ky: "Төмөн" },
  same: { en: "Same", ru: "Так же", ky: "Ошол эле" },
  scoredInBoth: {
    en: "Scored in both rounds",
    ru: "Оценено в обоих раундах",
    ky: "Эки раундда тең бааланган",
  },
  notScoredInBoth: {
    en: "In both rounds, not scored in both",
    ru: "В обоих раундах, но оценено не в обоих",
    ky: "Эки раундда тең бар, бирок экөөндө тең бааланган эмес",
  },
  twiceInRound: {
    en: "Same LSG twice in a round (not compared)",
    ru: "ОМСУ дважды в одном раунде (не сравнивается)",
    ky: "Бир раундда эки жолу кездешкен ЖӨБ (салыштырылбайт)",
  },
  problemsByKind: { en: "Problems by kind", ru: "Проблемы по видам", ky: "Көйгөйлөрдүн түрлөрү" },
  problemsByColumn: {
    en: "Problems by column",
    ru: "Проблемы по столбцам",
    ky: "Мамычалар боюнча көйгөйлөр",
  },
  kind: { en: "Kind", ru: "Вид", ky: "Түрү" },
  cells: { en: "Cells", ru: "Ячейки", ky: "Уячалар" },
  cell: { en: "Cell", ru: "Ячейка", ky: "Уяча" },
  column: { en: "Column", ru: "Столбец", ky: "Мамыча" },
  duplicates: {
    en: "Same LSG twice in one round",
    ru: "Повторы ОМСУ в одном раунде",
    ky: "Бир раунддагы кайталанган ЖӨБ",
  },
  rows: { en: "Rows", ru: "Строки", ky: "Саптар" },
  totalMismatches: {
    en: "Totals in the sheet that differ from the scores",
    ru: "Итоги в таблице, не совпадающие с баллами",
    ky: "Таблицадагы упайларга дал келбеген жалпы упайлар",
  },
  sheetTotal: { en: "Total in sheet", ru: "Итог в таблице", ky: "Таблицадагы жалпы упай" },
  computedTotal: { en: "Sum of scores", ru: "Сумма баллов", ky: "Упайлардын суммасы" },
  skippedRows: {
    en: "Rows not read as LSGs",
    ru: "Строки, не прочитанные как ОМСУ",
    ky: "ЖӨБ катары окулбаган саптар",
  },
  reason: { en: "Reason", ru: "Причина", ky: "Себеби" },
  text: { en: "Text", ru: "Текст", ky: "Текст" },
  "kind:missing": { en: "blank score", ru: "пустой балл", ky: "бош упай" },
  "kind:not-a-number": { en: "not a number", ru: "не число", ky: "сан эмес" },
  "kind:not-whole": { en: "not a whole number", ru: "не целое число", ky: "бүтүн сан эмес" },
  "kind:out-of-range": { en: "out of range", ru: "вне диапазона", ky: "чектен тышкары" },
  "kind:excel-error": { en: "Excel error", ru: "ошибка Excel", ky: "Excel катасы" },
  "kind:disputed": {
    en: "raters disagree",
    ru: "расхождение оценщиков",
    ky: "баалоочулар макул эмес",
  },
  "kind:formula-no-value": {
    en: "formula not calculated",
    ru: "формула не вычислена",
    ky: "формула эсептелген эмес",
  },
  "kind:date-formatted": {
    en: "number formatted as a date",
    ru: "число в формате даты",
    ky: "дата форматындагы сан",
  },
  "kind:merged": {
    en: "merged cell",
    ru: "объединённая ячейка",
    ky: "бириктирилген уяча",
  },
  reconcile: { en: "Reconcile", ru: "Согласование", ky: "Макулдашуу" },
  scorecards: { en: "Scorecards", ru: "Карточки", ky: "Карточкалар" },
  scorecard: { en: "Scorecard", ru: "Карточка оценки", ky: "Баалоо карточкасы" },
  oblastMean: { en: "Oblast mean", ru: "Среднее по области", ky: "Облус боюнча орточо" },
  allMean: { en: "Mean of all LSGs", ru: "Среднее по всем ОМСУ", ky: "Бардык ЖӨБ боюнча орточо" },
  scoresCompared: {
    en: "Scores against the oblast and all LSGs",
    ru: "Баллы в сравнении с областью и всеми ОМСУ",
    ky: "Упайлар облус жана бардык ЖӨБ менен салыштырганда",
  },
  evidence: { en: "Evidence", ru: "Обоснование", ky: "Негиздеме" },
  sincePrevious: {
    en: "Since the previous round",
    ru: "С прошлого раунда",
    ky: "Мурунку раунддан бери",
  },
  noEarlierRound: {
    en: "no earlier round",
    ru: "более раннего раунда нет",
    ky: "мурунку раунд жок",
  },
  agreedScore: { en: "Agreed score", ru: "Согласованный балл", ky: "Макулдашылган упай" },
  // The Reconcile sheet's column of indicator ids (read back to match agreed scores): "id" in English.
  indicatorId: { en: "id", ru: "Код индикатора", ky: "Индикатордун коду" },
  agreedTotal: {
    en: "Agreed total",
    ru: "Согласованный итог",
    ky: "Макулдашылган жыйынтык",
  },
  rater: { en: "Rater", ru: "Оценщик", ky: "Баалоочу" },
  agreementHeading: {
    en: "Agreement between raters",
    ru: "Согласие оценщиков",
    ky: "Баалоочулардын макулдугу",
  },
  pairs: { en: "Pairs", ru: "Пар", ky: "Жуптар" },
  exactAgreement: { en: "Exact agreement", ru: "Полное совпадение", ky: "Так дал келүү" },
  withinOne: { en: "Within one point", ru: "В пределах 1 балла", ky: "1 упайдын ичинде" },
  kappa: { en: "Weighted kappa", ru: "Взвешенная каппа", ky: "Салмактуу каппа" },
  reading: { en: "Reading", ru: "Оценка", ky: "Баа" },
  "skip:total": { en: "total row", ru: "строка итогов", ky: "жыйынтык сабы" },
  "skip:no-lsg-data": {
    en: "no LSG name and no score",
    ru: "нет названия ОМСУ и баллов",
    ky: "ЖӨБ аталышы да, упай да жок",
  },
  "skip:scored-elsewhere": {
    en: "blank; scored in another file",
    ru: "пусто; оценён в другом файле",
    ky: "бош; башка файлда бааланган",
  },
  headerRow: { en: "Header row", ru: "Строка заголовка", ky: "Баш сап" },
  columnsUsed: { en: "Columns used", ru: "Использованные столбцы", ky: "Колдонулган мамычалар" },
  field: { en: "Field", ru: "Поле", ky: "Талаа" },
  header: { en: "Header", ru: "Заголовок", ky: "Аталышы" },
  confidence: { en: "Confidence", ru: "Уверенность", ky: "Ишенимдүүлүк" },
  progressReading: { en: "Reading", ru: "Чтение", ky: "Окулууда" },
  progressScoring: { en: "Scoring", ru: "Оценка", ky: "Бааланууда" },
  progressWriting: { en: "Writing", ru: "Запись", ky: "Жазылууда" },
  progressRows: { en: "rows", ru: "строк", ky: "саптар" },
  seconds: { en: "s", ru: "с", ky: "сек" },
} as const satisfies Record<string, Labels>;

export type ReportLabel = keyof typeof REPORT_LABELS;

/** "0 баллов", "1 балл", "2 балла": the word for points in the form that agrees with the number. */
export const POINT_FORMS: Readonly<Record<Language, PluralForms>> = {
  en: { one: "point", other: "points" },
  ru: { one: "балл", few: "балла", many: "баллов", other: "балла" },
  ky: { other: "упай" },
};

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
      return `${counted(assessed, "en", { one: "LSG", other: "LSGs" })} read, ${scored} scored, ${incomplete} incomplete.`;
  }
}

/**
 * With several rounds, what the summary is over: "7 rows read (2019: 2, 2023: 5). Rounds are never
 * pooled: the tables are for Round 2023; the other rounds are shown beside it."
 */
export function roundsSentence(
  assessed: number,
  rounds: readonly { readonly name: string; readonly rows: number }[],
  headline: string,
  lang: Language
): string {
  const list = rounds.map((r) => `${r.name}: ${r.rows}`).join(", ");
  switch (lang) {
    case "ru":
      return `Прочитано строк: ${assessed} (${list}). Раунды не объединяются: таблицы — за «${headline}», остальные раунды — рядом.`;
    case "ky":
      return `Окулган саптар: ${assessed} (${list}). Раунддар бириктирилбейт: таблицалар «${headline}» боюнча, калган раунддар жанында.`;
    default:
      return `${counted(assessed, "en", { one: "row", other: "rows" })} read (${list}). Rounds are never pooled: the tables are for ${headline}; the other rounds are shown beside it.`;
  }
}

/** A line of the movers' table counting LSGs apart: "Only in round 2019". */
export function onlyInRound(round: string, lang: Language): string {
  switch (lang) {
    case "ru":
      return `Только в раунде «${round}»`;
    case "ky":
      return `Бир гана «${round}» раундунда`;
    default:
      return `Only in round ${round}`;
  }
}
