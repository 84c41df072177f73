import { categoryBand, type CategoryId, type IndicatorId, type Language } from "../rubric";
import type { AssessmentReport } from "./analysis";
import { label } from "./labels";

/** Results go back as plain values (readable without the add-in) or as live formulas. */
export type OutputMode = "values" | "formulas";

export type OutputCell = string | number;

/** The three result columns written next to the user's data, as plain data. */
export interface ResultColumns {
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
const CATEGORY_COLOURS: Record<CategoryId, { fill: string; font: string }> = {
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
}

/** The headers the add-in writes, in every language: a column headed so is the add-in's own. */
export function resultHeaders(lang: Language): [string, string, string] {
  return [label("total", lang), label("coverage", lang), label("category", lang)];
}

export function resultColumns(
  report: AssessmentReport,
  options: ResultColumnOptions
): ResultColumns {
  const { table } = report;
  const { mode, lang, firstRow, lastRow } = options;
  const byRow = new Map(table.rows.map((r) => [r.source.row, r]));
  const ids = table.method.indicators.map((i) => i.id);
  const rows: OutputCell[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const scored = byRow.get(row);
    if (!scored) {
      rows.push(["", "", ""]);
      continue;
    }
    if (mode === "formulas") {
      const cells = ids.map((id) => `${options.indicatorColumns[id]}${row}`).join(",");
      rows.push([
        `=LSG.GENDERSCORE(${cells})`,
        `=LSG.COVERAGE(${cells})`,
        `=LSG.POLICYCATEGORY(${options.totalColumn}${row},"${lang}")`,
      ]);
      continue;
    }
    const { total, coverage } = scored.assessment;
    const band = total === null ? undefined : categoryBand(total, table.method);
    rows.push([total ?? "", coverage ?? "", band ? band.label[lang] : NOT_SCORED[lang]]);
  }
  return {
    headers: resultHeaders(lang),
    firstRow,
    rows,
    categoryRules: table.method.categories.map((band) => ({
      category: band.id,
      text: band.label[lang],
      ...CATEGORY_COLOURS[band.id],
    })),
  };
}
