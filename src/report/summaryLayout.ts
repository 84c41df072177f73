import type { Language } from "../rubric";
import { label } from "./labels";
import type { ScoredTable } from "./results";

/** One table of a report as plain data; the CLI prints it, the workbook writers lay it out on a sheet. */
export interface ReportTable {
  readonly title: string;
  readonly header: readonly string[];
  /** Cells are text or numbers; shares are fractions (0.25), formatted by whoever renders them. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Which columns hold shares, so renderers can format them as percentages. */
  readonly shareColumns: readonly number[];
}

export function categoryTable(table: ScoredTable, lang: Language = table.language): ReportTable {
  const { summary, method } = table;
  return {
    title: label("category", lang),
    header: [label("category", lang), label("count", lang), label("share", lang)],
    rows: method.categories.map((band) => [
      band.label[lang],
      summary.categories[band.id].count,
      summary.categories[band.id].share,
    ]),
    shareColumns: [2],
  };
}

export function coverageTable(table: ScoredTable, lang: Language = table.language): ReportTable {
  const { summary } = table;
  const keys = Object.keys(summary.coverage).sort();
  return {
    title: label("coverageHeading", lang),
    header: [label("coverageHeading", lang), label("count", lang), label("share", lang)],
    rows: keys.map((k) => [
      `${k} / ${table.method.indicators.length}`,
      summary.coverage[k],
      summary.scored === 0 ? null : summary.coverage[k] / summary.scored,
    ]),
    shareColumns: [2],
  };
}
