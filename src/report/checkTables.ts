import { KAPPA_BANDS, type Language, type Method } from "../rubric";
import type { AssessmentReport } from "./analysis";
import { label } from "./labels";
import type { RaterComparison, RaterStatistics } from "./raters";
import type { ReportTable } from "./tables";
import { duplicatePlaces } from "./validation";

// The tables of checks: the validation report and two raters' agreement.

/** The validation report: problems grouped by kind and column, duplicates, total mismatches, skipped rows. */
export function validationTables(report: AssessmentReport, lang: Language): ReportTable[] {
  const v = report.validation;
  const indicatorName = (id: string) =>
    report.table.method.indicators.find((i) => i.id === id)!.short[lang];
  const tables: ReportTable[] = [
    {
      id: "problemsByKind",
      title: label("problemsByKind", lang),
      header: [label("kind", lang), label("number", lang), label("cells", lang)],
      rows: v.problemsByKind.map((g) => [
        label(`kind:${g.kind}`, lang),
        g.count,
        g.cells.join(", ") + (g.count > g.cells.length ? ", …" : ""),
      ]),
      formats: {},
    },
    {
      id: "problemsByColumn",
      title: label("problemsByColumn", lang),
      header: [label("column", lang), label("indicator", lang), label("number", lang)],
      rows: v.problemsByColumn.map((c) => [c.column, indicatorName(c.indicator), c.count]),
      formats: {},
    },
    {
      id: "duplicates",
      title: label("duplicates", lang),
      header: [
        label("lsg", lang),
        label("district", lang),
        label("round", lang),
        label("rows", lang),
      ],
      rows: v.duplicates.map((d) => [d.lsg, d.district, d.round, duplicatePlaces(d, lang)]),
      formats: {},
    },
    {
      id: "totalMismatches",
      title: label("totalMismatches", lang),
      header: [
        label("cells", lang),
        label("lsg", lang),
        label("sheetTotal", lang),
        label("computedTotal", lang),
      ],
      rows: v.totalMismatches.map((m) => [m.cell, m.lsg, m.userTotal, m.computed]),
      formats: {},
    },
    {
      id: "evidence",
      title: label("evidenceMissing", lang),
      header: [
        label("cell", lang),
        label("lsg", lang),
        label("indicator", lang),
        label("score", lang),
        label("evidenceCell", lang),
      ],
      rows: v.evidence.map((w) => [
        w.cell,
        w.lsg,
        indicatorName(w.indicator),
        w.score,
        w.evidenceCell,
      ]),
      formats: {},
    },
    {
      id: "skippedRows",
      title: label("skippedRows", lang),
      header: [label("row", lang), label("reason", lang), label("text", lang)],
      rows: v.skipped.map((s) => [s.row, label(`skip:${s.reason}`, lang), s.text]),
      formats: {},
    },
  ];
  return tables.filter((t) => t.rows.length > 0);
}

/** Agreement between two raters per indicator and for the category. */
export function agreementTable(
  comparison: RaterComparison,
  method: Method,
  lang: Language
): ReportTable {
  const row = (name: string, s: RaterStatistics) => [
    name,
    s.pairs,
    s.exact,
    s.withinOne,
    s.kappa,
    s.band === null ? null : KAPPA_BANDS[s.band][lang],
  ];
  return {
    id: "agreement",
    title: `${label("agreementHeading", lang)}: ${comparison.raters[0]} / ${comparison.raters[1]}`,
    header: [
      label("indicator", lang),
      label("pairs", lang),
      label("exactAgreement", lang),
      label("withinOne", lang),
      label("kappa", lang),
      label("reading", lang),
    ],
    rows: [
      ...comparison.indicators.map((i) =>
        row(method.indicators.find((x) => x.id === i.indicator)!.short[lang], i.agreement)
      ),
      row(label("category", lang), comparison.category),
    ],
    formats: { 2: "share", 3: "share", 4: "decimal" },
  };
}
