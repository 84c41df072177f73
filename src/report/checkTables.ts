import { KAPPA_BANDS, type Language, type Method } from "../rubric";
import type { AssessmentReport } from "./analysis";
import { label, type ReportLabel } from "./labels";
import type { RaterComparison, RaterStatistics } from "./raters";
import type { ReportTable } from "./tables";
import { duplicatePlaces } from "./validation";

// The tables of checks: the validation report and two raters' agreement.

type Cells = ReportTable["rows"];

/** The validation tables in their order: id, title and column headers (report labels). */
const VALIDATION_TABLES = [
  { id: "problemsByKind", title: "problemsByKind", header: ["kind", "number", "cells"] },
  { id: "problemsByColumn", title: "problemsByColumn", header: ["column", "indicator", "number"] },
  { id: "duplicates", title: "duplicates", header: ["lsg", "district", "round", "rows"] },
  {
    id: "totalMismatches",
    title: "totalMismatches",
    header: ["cells", "lsg", "sheetTotal", "computedTotal"],
  },
  {
    id: "evidence",
    title: "evidenceMissing",
    header: ["cell", "lsg", "indicator", "score", "evidenceCell"],
  },
  { id: "skippedRows", title: "skippedRows", header: ["row", "reason", "text"] },
] as const satisfies readonly {
  id: string;
  title: ReportLabel;
  header: readonly ReportLabel[];
}[];

type ValidationTableId = (typeof VALIDATION_TABLES)[number]["id"];

/** The validation report: problems grouped by kind and column, duplicates, total mismatches, skipped rows. */
export function validationTables(report: AssessmentReport, lang: Language): ReportTable[] {
  const rows = validationRows(report, lang);
  return VALIDATION_TABLES.map((t) => ({
    id: t.id,
    title: label(t.title, lang),
    header: t.header.map((h) => label(h, lang)),
    rows: rows[t.id],
    formats: {},
  })).filter((t) => t.rows.length > 0);
}

/** Each validation table's cells, one row per problem group, duplicate, mismatch, warning, skipped row. */
function validationRows(
  report: AssessmentReport,
  lang: Language
): Record<ValidationTableId, Cells> {
  const v = report.validation;
  const indicatorName = (id: string) =>
    report.table.method.indicators.find((i) => i.id === id)!.short[lang];
  return {
    problemsByKind: v.problemsByKind.map((g) => [
      label(`kind:${g.kind}`, lang),
      g.count,
      // The first cells of the kind, with an ellipsis when there are more.
      g.cells.join(", ") + (g.count > g.cells.length ? ", …" : ""),
    ]),
    problemsByColumn: v.problemsByColumn.map((c) => [
      c.column,
      indicatorName(c.indicator),
      c.count,
    ]),
    duplicates: v.duplicates.map((d) => [d.lsg, d.district, d.round, duplicatePlaces(d, lang)]),
    totalMismatches: v.totalMismatches.map((m) => [m.cell, m.lsg, m.userTotal, m.computed]),
    evidence: v.evidence.map((w) => [
      w.cell,
      w.lsg,
      indicatorName(w.indicator),
      w.score,
      w.evidenceCell,
    ]),
    // Gathered from several files, a row number says which file too ("osh.csv row 3").
    skippedRows: v.skipped.map((s) => [
      s.file === undefined ? s.row : duplicatePlaces({ rows: [s.row], files: [s.file] }, lang),
      label(`skip:${s.reason}`, lang),
      s.text,
    ]),
  };
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
