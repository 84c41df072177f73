import {
  LANGUAGES,
  isProblem,
  parseScore,
  type IndicatorId,
  type Language,
  type Method,
} from "../rubric";
import { cellText, type CellValue } from "../sheets";
import { label } from "./labels";
import { agreedKey, type AgreedScores, type RaterComparison } from "./raters";

// The Reconcile sheet as plain data: one row per disagreement with a column for the agreed score.
// The CLI writes it with ExcelJS, the pane through Office.js; both read agreed scores back from it.

export const AGREED_COLUMN = 11;

export function reconcileHeader(lang: Language): string[] {
  return [
    label("lsg", lang),
    label("district", lang),
    label("round", lang),
    label("indicator", lang),
    label("indicatorId", lang),
    `${label("rater", lang)} 1`,
    `${label("score", lang)} 1`,
    `${label("evidence", lang)} 1`,
    `${label("rater", lang)} 2`,
    `${label("score", lang)} 2`,
    `${label("evidence", lang)} 2`,
    label("agreedScore", lang),
  ];
}

export function reconcileRows(
  comparison: RaterComparison,
  agreed: AgreedScores,
  method: Method,
  lang: Language
): (string | number | null)[][] {
  return comparison.disagreements.map((d) => [
    d.lsg,
    d.district,
    d.round,
    method.indicators.find((i) => i.id === d.indicator)!.short[lang],
    d.indicator,
    comparison.raters[0],
    d.first.score,
    d.first.note,
    comparison.raters[1],
    d.second.score,
    d.second.note,
    agreed.get(agreedKey(d.lsg, d.district, d.round, d.indicator)) ?? null,
  ]);
}

const AGREED = new Set(LANGUAGES.map((lang) => label("agreedScore", lang).toLowerCase()));
// A sheet written in one language is read back whatever the pane's language is now.
const IDS = new Set(LANGUAGES.map((lang) => label("indicatorId", lang).toLowerCase()));

/** Whether a sheet's first row is a Reconcile sheet's header, in any language. */
export function isReconcileHeader(row: readonly CellValue[]): boolean {
  const header = row.map((v) => cellText(v ?? null).toLowerCase());
  return header.some((h) => AGREED.has(h)) && header.some((h) => IDS.has(h));
}

/** The agreed scores in a Reconcile sheet's rows (header first); rows without a valid score are open. */
export function agreedScores(
  rows: readonly (readonly CellValue[])[],
  method: Method
): Map<string, number> {
  const agreed = new Map<string, number>();
  if (rows.length === 0 || !isReconcileHeader(rows[0])) return agreed;
  const header = rows[0].map((v) => cellText(v ?? null).toLowerCase());
  const agreedColumn = header.findIndex((h) => AGREED.has(h));
  const idColumn = header.findIndex((h) => IDS.has(h));
  for (const row of rows.slice(1)) {
    const score = parseScore(row[agreedColumn], method);
    if (isProblem(score)) continue;
    const at = (c: number) => cellText(row[c] ?? null) || null;
    agreed.set(
      agreedKey(at(0), at(1), at(2), cellText(row[idColumn] ?? null) as IndicatorId),
      score
    );
  }
  return agreed;
}
