import { categoryBand, describeMethod, type Language } from "../rubric";
import type { FieldId } from "../sheets";
import {
  agreementTable,
  type RaterComparison,
  label,
  moversTables,
  summaryLines,
  summaryTables,
  validationTables,
  fieldName,
  formatDecimal,
  formatPercent,
  type AssessmentReport,
  type ReportTable,
  fileLabel,
} from "../report";

/** Problems listed one per line before the text report says "and N more". */
export const LISTED_PROBLEMS = 50;

function fit(value: string, width: number): string {
  const chars = [...value];
  return chars.length > width
    ? chars.slice(0, width - 1).join("") + "…"
    : value + " ".repeat(width - chars.length);
}

/** A file's path cut at the start, where paths in one folder are alike: "…/round-2025-osh.xlsx". */
function fitEnd(value: string, width: number): string {
  const chars = [...value];
  return chars.length > width
    ? "…" + chars.slice(chars.length - width + 1).join("")
    : value + " ".repeat(width - chars.length);
}

function formatCell(
  cell: string | number | null,
  format: string | undefined,
  lang: Language
): string {
  if (cell === null) return "–";
  if (typeof cell === "number" && format === "share") return formatPercent(cell, lang, 1);
  if (typeof cell === "number" && format === "decimal") return formatDecimal(cell, lang, 2);
  return String(cell);
}

export function renderTable(table: ReportTable, lang: Language): string[] {
  const cells = table.rows.map((row) =>
    row.map((cell, i) => formatCell(cell, table.formats[i], lang))
  );
  const widths = table.header.map((h, i) =>
    Math.min(56, Math.max([...h].length, ...cells.map((row) => [...row[i]].length)))
  );
  const numeric = table.header.map((_, i) =>
    table.rows.every((row) => typeof row[i] === "number" || row[i] === null)
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : fit(cell, widths[i])))
      .join("  ")
      .trimEnd();
  return [table.title, line(table.header), ...cells.map(line)];
}

function mappingLine(report: AssessmentReport, lang: Language): string {
  const { mapping } = report.source;
  // English keeps --map's own syntax (documents=E), to be copied into a command; Russian and
  // Kyrgyz name the fields in their language, never by our ids.
  const parts = Object.entries(mapping.fields).map(([field, match]) => {
    const letter = mapping.headers[match!.column].letter;
    return lang === "en"
      ? `${field}=${letter}`
      : `${fieldName(field as FieldId, lang)} — ${letter}`;
  });
  return `${label("headerRow", lang)}: ${report.source.headerRows.join("–")}; ${label("columnsUsed", lang)}: ${parts.join(", ")}`;
}

/** The human-readable report: one line per LSG, the problems, then the summary and its tables. */
export function renderText(
  report: AssessmentReport,
  source: string,
  comparison: RaterComparison | null = null,
  files: ReportTable | null = null
): string {
  const { table } = report;
  const lang: Language = table.language;
  const ids = table.method.indicators;
  const width = (heading: string) => Math.max(5, [...heading].length);
  const scoreWidths = ids.map((i) => width(i.short[lang]));
  const totalWidth = width(label("total", lang));
  const coverageWidth = width(label("coverage", lang));
  // Rows gathered from several files begin with their file; the files' counts come first.
  const fileWidth = files
    ? Math.min(32, Math.max(4, ...table.rows.map((r) => [...(r.source.file ?? "")].length)))
    : 0;
  const header = [
    ...(files ? [fit(fileLabel("file", lang), fileWidth)] : []),
    fit(label("row", lang), 6),
    fit(label("lsg", lang), 28),
    fit(label("oblast", lang), 24),
    ...ids.map((i, k) => fit(i.short[lang], scoreWidths[k])),
    fit(label("total", lang), totalWidth),
    fit(label("coverage", lang), coverageWidth),
    label("category", lang),
  ].join(" ");
  const lines = [source, describeMethod(table.method, lang)];
  if (files) lines.push("", ...renderTable(files, lang).map((l) => `  ${l}`));
  else lines.push(mappingLine(report, lang));
  lines.push("", header);
  for (const { source: row, assessment } of table.rows) {
    const scores = ids.map((i, k) => fit(String(assessment.scores[i.id] ?? "·"), scoreWidths[k]));
    const category =
      assessment.total === null
        ? `(${label("notScored", lang)})`
        : (categoryBand(assessment.total, table.method)?.label[lang] ?? "");
    lines.push(
      [
        ...(files ? [fitEnd(row.file ?? "", fileWidth)] : []),
        fit(String(row.row), 6),
        fit(row.lsg ?? "", 28),
        fit(row.oblast ?? "", 24),
        ...scores,
        fit(String(assessment.total ?? "·"), totalWidth),
        fit(String(assessment.coverage ?? "·"), coverageWidth),
        category,
      ]
        .join(" ")
        .trimEnd()
    );
  }

  const problems = table.rows.flatMap((r) =>
    r.problems.map((p) => `  ${p.cell}  ${r.source.lsg ?? ""}: ${p.message}`)
  );
  lines.push("", `${label("problemsHeading", lang)}:`);
  if (problems.length === 0) lines.push(`  ${label("noProblems", lang)}`);
  lines.push(...problems.slice(0, LISTED_PROBLEMS));
  if (problems.length > LISTED_PROBLEMS) {
    const more = problems.length - LISTED_PROBLEMS;
    lines.push(
      {
        en: `  … and ${more} more (see --json or --out).`,
        ru: `  … и ещё ${more} (см. --json или --out).`,
        ky: `  … жана дагы ${more} (--json же --out караңыз).`,
      }[lang]
    );
  }
  for (const d of report.validation.duplicates) lines.push(`  ${d.message}`);
  for (const m of report.validation.totalMismatches) lines.push(`  ${m.message}`);
  for (const w of report.validation.evidence.slice(0, LISTED_PROBLEMS))
    lines.push(`  ${w.message}`);
  for (const t of validationTables(report, lang))
    lines.push("", ...renderTable(t, lang).map((l) => `  ${l}`));

  // Never pooled across rounds: the headline round's finding first, the other rounds' after it.
  const [counts, ...findings] = summaryLines(report, lang);
  lines.push("", `${label("summary", lang)}: ${counts}`, ...findings);
  // Then who moved between the two latest rounds.
  const moved = moversTables(report.movers, table.method, lang);
  for (const t of [...summaryTables(report, lang), ...moved])
    lines.push("", ...renderTable(t, lang).map((l) => `  ${l}`));
  if (comparison) {
    lines.push(
      "",
      ...renderTable(agreementTable(comparison, table.method, lang), lang).map((l) => `  ${l}`)
    );
    const count = { en: "Disagreements", ru: "Расхождений", ky: "Айырмачылыктар" }[lang];
    lines.push(`  ${count}: ${comparison.disagreements.length}`);
  }
  return lines.join("\n") + "\n";
}
