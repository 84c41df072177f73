import { categoryBand, type Language, type Summary } from "../rubric";
import type { AssessmentReport } from "./analysis";
import { roundName } from "./finding";
import { label, POINT_FORMS } from "./labels";
import { counted } from "./numbers";

export type CellFormat = "share" | "decimal";

/** One table of a report as plain data; the CLI prints it, the workbook writers lay it out on a sheet. */
export interface ReportTable {
  readonly id: string;
  readonly title: string;
  readonly header: readonly string[];
  /** Cells are text or numbers; shares are fractions (0.25), formatted by whoever renders them. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** How to format numeric columns, by column index. */
  readonly formats: Readonly<Record<number, CellFormat>>;
}

function categoryColumns(report: AssessmentReport, lang: Language): string[] {
  const bands = report.table.method.categories;
  return [...bands.map((b) => b.short[lang]), ...bands.map((b) => `% ${b.short[lang]}`)];
}

function categoryCells(summary: Summary, report: AssessmentReport): (number | null)[] {
  const bands = report.table.method.categories;
  return [
    ...bands.map((b) => summary.categories[b.id].count),
    ...bands.map((b) => summary.categories[b.id].share),
  ];
}

function shareFormats(from: number, count: number): Record<number, CellFormat> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [from + i, "share" as const]));
}

/** With several rounds, a headline table's title says which round it is about. */
function headlineTitle(report: AssessmentReport, title: string, lang: Language): string {
  return report.byRound.length > 1 ? `${title} — ${roundName(report.headline.round, lang)}` : title;
}

export function categoryTable(report: AssessmentReport, lang: Language): ReportTable {
  const { method } = report.table;
  const { summary } = report.headline;
  return {
    id: "categories",
    title: headlineTitle(report, label("category", lang), lang),
    header: [label("category", lang), label("count", lang), label("share", lang)],
    rows: [
      ...method.categories.map((band) => [
        band.label[lang],
        summary.categories[band.id].count,
        summary.categories[band.id].share,
      ]),
      [
        label("studyFinding", lang),
        summary.partialAddressing.count,
        summary.partialAddressing.share,
      ],
    ],
    formats: { 2: "share" },
  };
}

export function coverageTable(report: AssessmentReport, lang: Language): ReportTable {
  const { method } = report.table;
  const { summary } = report.headline;
  const keys = Object.keys(summary.coverage).sort();
  return {
    id: "coverage",
    title: headlineTitle(report, label("coverageHeading", lang), lang),
    header: [label("coverageHeading", lang), label("count", lang), label("share", lang)],
    rows: keys.map((k) => [
      `${k} / ${method.indicators.length}`,
      summary.coverage[k],
      summary.scored === 0 ? null : summary.coverage[k] / summary.scored,
    ]),
    formats: { 2: "share" },
  };
}

export function indicatorTable(report: AssessmentReport, lang: Language): ReportTable {
  const { method } = report.table;
  const points = Array.from({ length: method.points.max - method.points.min + 1 }, (_, i) =>
    String(method.points.min + i)
  );
  return {
    id: "indicators",
    title: headlineTitle(report, label("indicatorsHeading", lang), lang),
    header: [
      label("indicator", lang),
      label("mean", lang),
      label("aboveZero", lang),
      label("shareAboveZero", lang),
      ...points.map((p) => counted(Number(p), lang, POINT_FORMS[lang])),
    ],
    rows: report.headline.indicators.map((stats) => [
      method.indicators.find((i) => i.id === stats.indicator)!.short[lang],
      stats.mean,
      stats.aboveZero.count,
      stats.aboveZero.share,
      ...points.map((p) => stats.distribution[p]),
    ]),
    formats: { 1: "decimal", 3: "share" },
  };
}

function countColumns(lang: Language): string[] {
  return [label("assessed", lang), label("scored", lang), label("incomplete", lang)];
}

// Tables of category counts (per oblast, district, round) put the names and the counts first, so a
// chart can take them as one block; shares and row counts follow.
function countsTable(
  report: AssessmentReport,
  lang: Language,
  id: string,
  title: string,
  names: readonly string[],
  rows: readonly { readonly names: readonly (string | null)[]; readonly summary: Summary }[]
): ReportTable {
  const n = report.table.method.categories.length;
  return {
    id,
    title,
    header: [...names, ...categoryColumns(report, lang), ...countColumns(lang)],
    rows: rows.map(({ names: cells, summary }) => [
      ...cells,
      ...categoryCells(summary, report),
      summary.assessed,
      summary.scored,
      summary.incomplete,
    ]),
    formats: shareFormats(names.length + n, n),
  };
}

export function oblastTable(report: AssessmentReport, lang: Language): ReportTable {
  return countsTable(
    report,
    lang,
    "byOblast",
    headlineTitle(report, label("byOblast", lang), lang),
    [label("oblast", lang)],
    report.headline.byOblast.map((g) => ({ names: [g.label], summary: g.summary }))
  );
}

export function districtTable(report: AssessmentReport, lang: Language): ReportTable {
  return countsTable(
    report,
    lang,
    "byDistrict",
    headlineTitle(report, label("byDistrict", lang), lang),
    [label("oblast", lang), label("district", lang)],
    report.headline.byDistrict.map((g) => ({ names: [g.parent, g.label], summary: g.summary }))
  );
}

/** Every round side by side, the rows with no round as their own line: never merged into a round. */
export function roundTable(report: AssessmentReport, lang: Language): ReportTable {
  return countsTable(
    report,
    lang,
    "byRound",
    label("byRound", lang),
    [label("round", lang)],
    report.byRound.map((r) => ({ names: [r.round ?? label("noRound", lang)], summary: r.summary }))
  );
}

/** Each indicator's mean score per round; empty unless the table holds several rounds. */
export function meansByRoundTable(report: AssessmentReport, lang: Language): ReportTable {
  const { indicators } = report.table.method;
  const rounds = report.byRound.length > 1 ? report.byRound : [];
  return {
    id: "meansByRound",
    title: label("meansByRound", lang),
    header: [label("round", lang), ...indicators.map((i) => i.short[lang]), label("scored", lang)],
    rows: rounds.map((r) => [
      r.round ?? label("noRound", lang),
      ...r.indicators.map((stats) => stats.mean),
      r.summary.scored,
    ]),
    formats: Object.fromEntries(indicators.map((_, i) => [i + 1, "decimal" as const])),
  };
}

export function changesTable(report: AssessmentReport, lang: Language): ReportTable {
  const method = report.table.method;
  const name = (total: number) => categoryBand(total, method)?.label[lang] ?? "";
  return {
    id: "changes",
    title: label("changes", lang),
    header: [
      label("lsg", lang),
      label("district", lang),
      label("from", lang),
      label("total", lang),
      label("to", lang),
      label("total", lang),
      label("totalChange", lang),
      label("change", lang),
      label("category", lang),
    ],
    rows: report.changes.map((c) => [
      c.lsg,
      c.district,
      c.first.round,
      c.first.total,
      c.latest.round,
      c.latest.total,
      c.totalChange,
      label(c.category, lang),
      `${name(c.first.total)} → ${name(c.latest.total)}`,
    ]),
    formats: {},
  };
}

/** Every summary table, in the order a report shows them; empty tables are left out. */
export function summaryTables(report: AssessmentReport, lang: Language): ReportTable[] {
  const tables = [
    categoryTable(report, lang),
    coverageTable(report, lang),
    indicatorTable(report, lang),
    oblastTable(report, lang),
    districtTable(report, lang),
    roundTable(report, lang),
    meansByRoundTable(report, lang),
    changesTable(report, lang),
  ];
  return tables.filter((t) => t.rows.length > 0);
}
