import {
  categoryBand,
  METHOD_2015,
  type CategoryId,
  type IndicatorId,
  type Language,
} from "../rubric";
import { columnIndex } from "../sheets";
import type { AssessmentReport } from "./analysis";
import { label } from "./labels";

/** Results go back as plain values (readable without the add-in) or as live formulas. */
export type OutputMode = "values" | "formulas";

export type OutputCell = string | number;

/** The three result columns written next to the user's data, as plain data. */
export interface ResultColumns {
  /** What the rows hold: formulas only when asked for and no FormulaBlocker applies. */
  readonly mode: OutputMode;
  readonly headers: readonly [string, string, string];
  /** Sheet row of rows[0]. */
  readonly firstRow: number;
  /** One row per sheet row from firstRow on: [total, coverage, category]; "" where nothing belongs. */
  readonly rows: readonly (readonly OutputCell[])[];
  /** Colours for the category column, one rule per category label. */
  readonly categoryRules: readonly CategoryRule[];
}

export interface CategoryRule {
  readonly category: CategoryId;
  readonly text: string;
  readonly fill: string;
  readonly font: string;
}

// Excel's own Good / Neutral / Bad cell styles: familiar to users and readable (dark text on light fill).
export const CATEGORY_COLOURS: Record<CategoryId, { fill: string; font: string }> = {
  positive: { fill: "#C6EFCE", font: "#006100" },
  addressing: { fill: "#FFEB9C", font: "#9C5700" },
  blind: { fill: "#FFC7CE", font: "#9C0006" },
};

export const NOT_SCORED = { en: "not scored", ru: "не оценено", ky: "бааланган эмес" } as const;

export interface ResultColumnOptions {
  readonly mode: OutputMode;
  readonly lang: Language;
  /** Sheet row of the first row to write (just below the header). */
  readonly firstRow: number;
  /** Sheet row of the last row to write: at least the last LSG, more to clear an older, longer run. */
  readonly lastRow: number;
  /** Column letters of the indicator cells, for formulas. */
  readonly indicatorColumns: Readonly<Record<IndicatorId, string>>;
  /** Column letter where the total is written, for the category formula. */
  readonly totalColumn: string;
  /** Two raters: the totals are the agreed ones, written on the first rater's rows. */
  readonly agreed?: boolean;
}

/**
 * The headers the add-in writes, in every language: a column headed so is the add-in's own. With
 * two raters the total sits beside the first rater's scores, so its header says it is the agreed one.
 */
export function resultHeaders(lang: Language, agreed = false): [string, string, string] {
  const total = label(agreed ? "agreedTotal" : "total", lang);
  return [total, label("coverage", lang), label("category", lang)];
}

/** Why live formulas are not written for a table: an edited method, or the score columns' layout. */
export type FormulaBlocker = "method" | "columns";

/**
 * The three scores of one sheet row as ONE range ("B5:D5"), or undefined when their columns are not
 * adjacent and in the method's order. Live formulas pass the scores as one range because blank cells
 * given as the optional mechanism and budget arguments arrive as 0 on some Excel builds
 * (OfficeDev/office-js #5262: optional `any` range parameters; #1951; #4702: 0 on Windows, null on
 * the web), so `=LSG.GENDERSCORE(B5,C5,D5)` could total a blank score as 0. The first, required,
 * argument is not affected in those reports. A union ((B5,D5,F5)) is no way out: Excel passes no
 * multi-area reference to a custom function, so with the columns apart formulas are declined.
 */
export function indicatorRange(letters: readonly string[], row: number): string | undefined {
  const first = columnIndex(letters[0] ?? "");
  if (first === undefined) return undefined;
  const inOrder = letters.every((letter, i) => columnIndex(letter) === first + i);
  return inOrder ? `${letters[0]}${row}:${letters[letters.length - 1]}${row}` : undefined;
}

/** The reason live formulas cannot be written for this report, or null when they can. */
export function formulaBlocker(
  report: AssessmentReport,
  indicatorColumns: Readonly<Record<IndicatorId, string>>
): FormulaBlocker | null {
  const { method } = report.table;
  // The functions compute with the 2015 method only.
  if (method !== METHOD_2015) return "method";
  const letters = method.indicators.map((i) => indicatorColumns[i.id]);
  return indicatorRange(letters, 1) === undefined ? "columns" : null;
}

/** The column letter of each indicator in the data the report was read from. */
export function indicatorColumnsOf(report: AssessmentReport): Record<IndicatorId, string> {
  const { mapping } = report.source;
  const columns = {} as Record<IndicatorId, string>;
  for (const { id } of report.table.method.indicators) {
    const match = mapping.fields[id];
    columns[id] = match ? mapping.headers[match.column].letter : "";
  }
  return columns;
}

export function resultColumns(
  report: AssessmentReport,
  options: ResultColumnOptions
): ResultColumns {
  const { table } = report;
  const { lang, firstRow, lastRow } = options;
  const mode =
    // Formulas would add up the first rater's cells, not the agreed scores.
    options.mode === "formulas" &&
    !options.agreed &&
    formulaBlocker(report, options.indicatorColumns) === null
      ? "formulas"
      : "values";
  const byRow = new Map(table.rows.map((r) => [r.source.row, r]));
  const letters = table.method.indicators.map((i) => options.indicatorColumns[i.id]);
  const rows: OutputCell[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const scored = byRow.get(row);
    if (!scored) {
      rows.push(["", "", ""]);
      continue;
    }
    if (mode === "formulas") {
      const scores = indicatorRange(letters, row);
      rows.push([
        `=LSG.GENDERSCORE(${scores})`,
        `=LSG.COVERAGE(${scores})`,
        `=LSG.POLICYCATEGORY(${options.totalColumn}${row},"${lang}")`,
      ]);
      continue;
    }
    const { total, coverage } = scored.assessment;
    const band = total === null ? undefined : categoryBand(total, table.method);
    rows.push([total ?? "", coverage ?? "", band ? band.label[lang] : NOT_SCORED[lang]]);
  }
  return {
    mode,
    headers: resultHeaders(lang, options.agreed),
    firstRow,
    rows,
    categoryRules: table.method.categories.map((band) => ({
      category: band.id,
      text: band.label[lang],
      ...CATEGORY_COLOURS[band.id],
    })),
  };
}
