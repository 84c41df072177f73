import type { Language } from "./language";
import { METHOD_2015, findIndicator, totalRange, type Method } from "./method";
import type { IndicatorProblem } from "./assess";
import type { ProblemKind, ScoreProblem } from "./score";

interface Range {
  readonly min: number;
  readonly max: number;
}

type Phrasebook = Record<ProblemKind, (value: string) => string> & {
  expected: (range: Range) => string;
};

/**
 * Text cut after `keep` characters, with an ellipsis where it was cut (never inside a surrogate
 * pair). Messages quote long values this way, and no written cell exceeds Excel's limit.
 */
export function shortened(text: string, keep: number): string {
  if (text.length <= keep) return text;
  const code = text.charCodeAt(keep - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? keep - 1 : keep;
  return text.slice(0, end) + "\u2026";
}

/** A value is quoted in a message up to this many characters: enough to recognise it. */
export const QUOTED_CHARACTERS = 100;

function quoted(value: ScoreProblem["value"], open: string, close: string): string {
  const text = shortened(String(value), QUOTED_CHARACTERS);
  return typeof value === "string" ? `${open}${text}${close}` : text;
}

/** "E3:E4" → "E3": the cell that holds a merged area's value. */
function topLeft(area: string): string {
  return area.split(":")[0];
}

// Kyrgyz phrasing uses "min–max аралыгындагы" so that no case suffix has to agree with a digit.
const PHRASES: Record<Language, Phrasebook> = {
  en: {
    missing: () => "no score (blank cell)",
    "not-a-number": (v) => `${v} is not a number`,
    "not-whole": (v) => `${v} is not a whole number`,
    "out-of-range": (v) => `${v} is out of range`,
    "excel-error": (v) => `the cell holds the Excel error ${v}`,
    disputed: (v) => `the raters gave different valid scores (${v}); agree one score`,
    "formula-no-value": (v) =>
      `the formula ${v} has no calculated value (the file was saved without calculating it); open the file in Excel or LibreOffice and save it again`,
    "date-formatted": (v) =>
      `the cell is formatted as a date; the number typed is ${v} (give the cell a number format)`,
    merged: (v) =>
      `the cell is part of merged cells ${v}, whose value belongs to ${topLeft(v)} only (unmerge the cells and type this score)`,
    expected: ({ min, max }) => `expected a whole number from ${min} to ${max}`,
  },
  ru: {
    missing: () => "нет балла (пустая ячейка)",
    "not-a-number": (v) => `${v} — не число`,
    "not-whole": (v) => `${v} — не целое число`,
    "out-of-range": (v) => `${v} — вне допустимого диапазона`,
    "excel-error": (v) => `в ячейке ошибка Excel ${v}`,
    disputed: (v) => `оценщики поставили разные допустимые баллы (${v}); согласуйте один балл`,
    "formula-no-value": (v) =>
      `у формулы ${v} нет вычисленного значения (файл сохранён без пересчёта); откройте файл в Excel или LibreOffice и сохраните его заново`,
    "date-formatted": (v) =>
      `ячейка отформатирована как дата; введено число ${v} (задайте ячейке числовой формат)`,
    merged: (v) =>
      `ячейка входит в объединённые ячейки ${v}, значение которых относится только к ${topLeft(v)} (отмените объединение и введите этот балл)`,
    expected: ({ min, max }) => `ожидается целое число от ${min} до ${max}`,
  },
  ky: {
    missing: () => "упай жок (бош уяча)",
    "not-a-number": (v) => `${v} сан эмес`,
    "not-whole": (v) => `${v} бүтүн сан эмес`,
    "out-of-range": (v) => `${v} чектен тышкары`,
    "excel-error": (v) => `уячада Excel катасы бар: ${v}`,
    disputed: (v) => `баалоочулар ар башка туура упай коюшкан (${v}); бир упайды макулдашыңыз`,
    "formula-no-value": (v) =>
      `${v} формуласынын эсептелген мааниси жок (файл эсептелбей сакталган); файлды Excel же LibreOffice менен ачып, кайра сактаңыз`,
    "date-formatted": (v) =>
      `уяча дата катары форматталган; терилген сан: ${v} (уячага сан форматын бериңиз)`,
    merged: (v) =>
      `уяча ${v} бириктирилген уячаларынын бөлүгү, алардын мааниси ${topLeft(v)} уячасына гана тиешелүү (бириктирүүнү жокко чыгарып, бул упайды териңиз)`,
    expected: ({ min, max }) => `${min}–${max} аралыгындагы бүтүн сан күтүлөт`,
  },
};

const QUOTES: Record<Language, [string, string]> = {
  en: ["\u201c", "\u201d"],
  ru: ["«", "»"],
  ky: ["«", "»"],
};

/** "<subject>: <what is wrong>; <what was expected>." in the given language. */
export function describeValueProblem(
  problem: ScoreProblem,
  subject: string,
  range: Range,
  lang: Language
): string {
  const phrases = PHRASES[lang];
  const [open, close] = QUOTES[lang];
  // Error codes and formulas are shown bare (#DIV/0!, =SUM(E2:G2)), as Excel shows them; user text
  // is quoted.
  const shown =
    problem.kind === "excel-error" ||
    problem.kind === "disputed" ||
    problem.kind === "formula-no-value" ||
    problem.kind === "merged"
      ? shortened(String(problem.value), QUOTED_CHARACTERS)
      : quoted(problem.value, open, close);
  const what = phrases[problem.kind](shown);
  // Both disputed scores are valid: "expected a whole number from 0 to 3" would blame them.
  if (problem.kind === "disputed") return `${subject}: ${what}.`;
  return `${subject}: ${what}; ${phrases.expected(range)}.`;
}

/** Message for one bad indicator cell, naming the indicator, the value and the expected range. */
export function describeIndicatorProblem(
  problem: IndicatorProblem,
  lang: Language,
  method: Method = METHOD_2015
): string {
  const subject = findIndicator(problem.indicator, method).short[lang];
  return describeValueProblem(problem, subject, method.points, lang);
}

export const TOTAL_LABEL: Readonly<Record<Language, string>> = {
  en: "Total",
  ru: "Итоговый балл",
  ky: "Жалпы упай",
};

/** Message for a bad total given to POLICYCATEGORY. */
export function describeTotalProblem(
  problem: ScoreProblem,
  lang: Language,
  method: Method = METHOD_2015
): string {
  return describeValueProblem(problem, TOTAL_LABEL[lang], totalRange(method), lang);
}
