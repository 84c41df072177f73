import { compareRounds, lsgKey } from "./keys";
import { label } from "./labels";
import { METHOD_2015, type Indicator, type Labels, type Language, type Method } from "../rubric";
import type { LsgRow } from "../sheets";

// The scoring sheet of the next round, as plain data: which LSGs, which columns, what the title
// rows and the data validation say. The CLI writes it with ExcelJS, the pane through Office.js;
// both read it from here, so the two sheets are the same and our reader maps them without help.

export interface RoundLsg {
  readonly oblast: string | null;
  readonly district: string | null;
  readonly lsg: string;
  readonly soate: string | null;
}

export interface NewRoundOptions {
  /** The new round's label, e.g. "2025". */
  readonly round: string;
  readonly lang: Language;
  /** 2: each score and evidence column twice, "(rater 1)" and "(rater 2)", for two raters. */
  readonly raters: 1 | 2;
  readonly method?: Method;
}

export interface ScoreValidation {
  readonly min: number;
  readonly max: number;
  /** Shown when a score cell is selected (Excel's input message). */
  readonly prompt: { readonly title: string; readonly message: string };
  /** Shown when a typed value is refused (Excel's error alert, style Stop). */
  readonly error: { readonly title: string; readonly message: string };
}

export interface NewRoundLayout {
  /** The sheet's name as wanted; a host makes it unique among the workbook's sheets. */
  readonly sheetName: string;
  readonly tableName: string;
  /** Lines above the table: what the sheet is and the method, one text per row in column A. */
  readonly title: readonly string[];
  readonly headers: readonly string[];
  /** One row per LSG: identity and round filled, score, evidence and rater cells blank (null). */
  readonly rows: readonly (readonly (string | null)[])[];
  /** Indices into headers of the score columns, which carry the validation. */
  readonly scoreColumns: readonly number[];
  readonly validation: ScoreValidation;
}

// Excel keeps a validation's input-message title and error title to 32 characters, the input
// message to 255 and the error message to 225 ([MS-XLS] 2.5.37 DValStrings); ours stay within.
export const VALIDATION_LIMITS = { title: 32, prompt: 255, error: 225 } as const;

export const NEW_ROUND_LABELS = {
  sheet: { en: "Round", ru: "Раунд", ky: "Раунд" },
  heading: {
    en: "Scoring sheet, round",
    ru: "Лист оценки, раунд",
    ky: "Баалоо барагы, раунд",
  },
  howTo: {
    en: "Score each indicator with a whole number from {min} to {max}. Leave a cell blank if it was not assessed: a blank is missing, not 0. Give the evidence (document, page) for every score above 0.",
    ru: "Оцените каждый индикатор целым числом от {min} до {max}. Если индикатор не оценивался, оставьте ячейку пустой: пустая ячейка — это «нет оценки», а не 0. Для каждого балла выше 0 укажите обоснование (документ, страница).",
    ky: "Ар бир индикаторду {min}дөн {max}гө чейинки бүтүн сан менен баалаңыз. Бааланбаса, уячаны бош калтырыңыз: бош уяча 0 эмес, «баа жок» дегенди билдирет. 0дөн жогору ар бир упай үчүн негиздеме (документ, бет) жазыңыз.",
  },
  categories: { en: "Total {range} →", ru: "Итог {range} →", ky: "Жалпы {range} →" },
  evidence: { en: "evidence", ru: "обоснование", ky: "негиздеме" },
  rater: { en: "rater", ru: "оценщик", ky: "баалоочу" },
  soate: { en: "SOATE", ru: "СОАТЕ", ky: "ААБТ" },
  promptTitle: { en: "Score 0–3", ru: "Балл 0–3", ky: "Упай 0–3" },
  promptMessage: {
    en: "A whole number from {min} to {max}; blank if not assessed.",
    ru: "Целое число от {min} до {max}; пусто, если не оценивалось.",
    ky: "{min}дөн {max}гө чейинки бүтүн сан; бааланбаса бош калтырыңыз.",
  },
  errorTitle: { en: "Not a score", ru: "Недопустимый балл", ky: "Туура эмес упай" },
  errorMessage: {
    en: "A score is a whole number from {min} to {max} (not 2.5, not 4, not text). Leave the cell blank if the indicator was not assessed.",
    ru: "Балл — целое число от {min} до {max} (не 2,5, не 4, не текст). Если индикатор не оценивался, оставьте ячейку пустой.",
    ky: "Упай — {min}дөн {max}гө чейинки бүтүн сан (2,5 эмес, 4 эмес, текст эмес). Индикатор бааланбаса, уячаны бош калтырыңыз.",
  },
} as const satisfies Record<string, Labels>;

/**
 * A sheet name Excel accepts: none of \ / ? * [ ] : (a label such as "2025/26" becomes "2025-26"),
 * no apostrophe at either end, at most 31 characters (support.microsoft.com: "Rename a worksheet").
 */
export function sheetNameFor(wanted: string): string {
  return wanted
    .replace(/[\\/?*[\]:]/g, "-")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31)
    .trim();
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
}

const collator = new Intl.Collator("ru", { sensitivity: "base", numeric: true });
const byText = (a: string | null, b: string | null) => collator.compare(a ?? "", b ?? "");

/**
 * One entry per distinct LSG of the latest round (all rows when there is no round column),
 * matched as every report matches LSGs: by LSG and district name (`nameKey`). The first row of an
 * LSG named twice gives its names; rows with no LSG name are not LSGs. Sorted by oblast, district, name.
 */
export function roundLsgs(rows: readonly LsgRow[]): RoundLsg[] {
  const rounds = rows.map((r) => r.round).filter((r): r is string => r !== null);
  const latest =
    rounds.length > 0 ? rounds.reduce((a, b) => (compareRounds(a, b) >= 0 ? a : b)) : null;
  const seen = new Map<string, RoundLsg>();
  for (const row of rows) {
    if (row.lsg === null || row.lsg.trim() === "") continue;
    if (latest !== null && (row.round === null || compareRounds(row.round, latest) !== 0)) continue;
    const key = lsgKey(row.lsg, row.district);
    if (seen.has(key)) continue;
    seen.set(key, { oblast: row.oblast, district: row.district, lsg: row.lsg, soate: row.soate });
  }
  return [...seen.values()].sort(
    (a, b) => byText(a.oblast, b.oblast) || byText(a.district, b.district) || byText(a.lsg, b.lsg)
  );
}

/** The title lines: what the sheet is, how to score, each indicator and the category bands. */
function titleLines(options: NewRoundOptions, method: Method): string[] {
  const { lang, round } = options;
  const { min, max } = method.points;
  const lines = [
    `${method.title[lang]}. ${NEW_ROUND_LABELS.heading[lang]} ${round}`,
    fill(NEW_ROUND_LABELS.howTo[lang], { min, max }),
    ...method.indicators.map((i) => `${i.short[lang]}: ${i.name[lang]} (${min}–${max})`),
  ];
  const bands = [...method.categories].sort((a, b) => b.min - a.min);
  for (const band of bands) {
    const range = `${band.min}–${band.max}`;
    lines.push(`${fill(NEW_ROUND_LABELS.categories[lang], { range })} ${band.label[lang]}`);
  }
  return lines;
}

/** Who and when: oblast, district, LSG, SOATE (only when some LSG has one), round. */
/** Oblast, district, LSG, SOATE when any LSG has one, round: headers the reader maps unaided. */
export function identityHeaders(lang: Language, withSoate: boolean): string[] {
  const identity = [label("oblast", lang), label("district", lang), label("lsg", lang)];
  if (withSoate) identity.push(NEW_ROUND_LABELS.soate[lang]);
  identity.push(label("round", lang));
  return identity;
}

/** "Documents — evidence": an evidence column's header in the form the reader maps to its indicator. */
export function evidenceHeader(indicator: Indicator, lang: Language): string {
  return `${indicator.short[lang]} — ${NEW_ROUND_LABELS.evidence[lang]}`;
}

/**
 * The headers after the identity ones, and where the score columns fall, counting from `first`.
 * Score columns first, then their evidence, per rater: "Documents (rater 2)" is the form the
 * reader's rater columns look for (src/sheets/raterColumns.ts).
 */
function scoringHeaders(
  method: Method,
  lang: Language,
  raters: 1 | 2,
  first: number
): { headers: string[]; scoreColumns: number[] } {
  const headers: string[] = [];
  const scoreColumns: number[] = [];
  for (let r = 1; r <= raters; r++) {
    const mark = raters === 2 ? ` (${NEW_ROUND_LABELS.rater[lang]} ${r})` : "";
    for (const indicator of method.indicators) {
      scoreColumns.push(first + headers.length);
      headers.push(`${indicator.short[lang]}${mark}`);
    }
    for (const indicator of method.indicators)
      headers.push(`${evidenceHeader(indicator, lang)}${mark}`);
  }
  // With one rater, who scored: a rater column with two names would be read as two raters.
  if (raters === 1) headers.push(label("rater", lang));
  return { headers, scoreColumns };
}

/** What Excel says when a score cell is selected and when a typed value is refused. */
function scoreValidation(method: Method, lang: Language): ScoreValidation {
  const { min, max } = method.points;
  return {
    min,
    max,
    prompt: {
      title: NEW_ROUND_LABELS.promptTitle[lang],
      message: fill(NEW_ROUND_LABELS.promptMessage[lang], { min, max }),
    },
    error: {
      title: NEW_ROUND_LABELS.errorTitle[lang],
      message: fill(NEW_ROUND_LABELS.errorMessage[lang], { min, max }),
    },
  };
}

export function newRoundLayout(
  lsgs: readonly RoundLsg[],
  options: NewRoundOptions
): NewRoundLayout {
  const method = options.method ?? METHOD_2015;
  const { lang, round, raters } = options;
  const withSoate = lsgs.some((l) => l.soate !== null && l.soate.trim() !== "");
  const identity = identityHeaders(lang, withSoate);
  const scoring = scoringHeaders(method, lang, raters, identity.length);
  // Identity and round filled, every score, evidence and rater cell blank.
  const blanks = Array<null>(scoring.headers.length).fill(null);
  const rows = lsgs.map((l) => [
    l.oblast,
    l.district,
    l.lsg,
    ...(withSoate ? [l.soate] : []),
    round,
    ...blanks,
  ]);
  return {
    sheetName: sheetNameFor(`${NEW_ROUND_LABELS.sheet[lang]} ${round}`),
    tableName: "GenderScorecardRound",
    title: titleLines(options, method),
    headers: [...identity, ...scoring.headers],
    rows,
    scoreColumns: scoring.scoreColumns,
    validation: scoreValidation(method, lang),
  };
}
