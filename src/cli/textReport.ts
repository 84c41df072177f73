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
  const columns = columnsOf(report, files !== null);
  const lines = [source, describeMethod(table.method, lang)];
  if (files) lines.push("", ...renderTable(files, lang).map((l) => `  ${l}`));
  else lines.push(mappingLine(report, lang));
  lines.push("", headerLine(columns, lang));
  for (const row of table.rows) lines.push(rowLine(columns, row, report));
  lines.push(...problemLines(report, lang));
  lines.push(...summaryPart(report, comparison, lang));
  return lines.join("\n") + "\n";
}

/** The widths of the LSG table's columns. */
interface Columns {
  readonly ids: AssessmentReport["table"]["method"]["indicators"];
  readonly scoreWidths: readonly number[];
  readonly totalWidth: number;
  readonly coverageWidth: number;
  /** Rows gathered from several files begin with their file; 0 when there is one file. */
  readonly fileWidth: number;
  readonly files: boolean;
}

function columnsOf(report: AssessmentReport, files: boolean): Columns {
  const { table } = report;
  const lang: Language = table.language;
  const ids = table.method.indicators;
  const width = (heading: string) => Math.max(5, [...heading].length);
  // Rows gathered from several files begin with their file; the files' counts come first.
  const fileWidth = files
    ? Math.min(32, Math.max(4, ...table.rows.map((r) => [...(r.source.file ?? "")].length)))
    : 0;
  return {
    ids,
    scoreWidths: ids.map((i) => width(i.short[lang])),
    totalWidth: width(label("total", lang)),
    coverageWidth: width(label("coverage", lang)),
    fileWidth,
    files,
  };
}

function headerLine(c: Columns, lang: Language): string {
  return [
    ...(c.files ? [fit(fileLabel("file", lang), c.fileWidth)] : []),
    fit(label("row", lang), 6),
    fit(label("lsg", lang), 28),
    fit(label("oblast", lang), 24),
    ...c.ids.map((i, k) => fit(i.short[lang], c.scoreWidths[k])),
    fit(label("total", lang), c.totalWidth),
    fit(label("coverage", lang), c.coverageWidth),
    label("category", lang),
  ].join(" ");
}

function rowLine(
  c: Columns,
  { source: row, assessment }: AssessmentReport["table"]["rows"][number],
  report: AssessmentReport
): string {
  const { method, language: lang } = report.table;
  const scores = c.ids.map((i, k) => fit(String(assessment.scores[i.id] ?? "·"), c.scoreWidths[k]));
  const category =
    assessment.total === null
      ? `(${label("notScored", lang)})`
      : (categoryBand(assessment.total, method)?.label[lang] ?? "");
  return [
    ...(c.files ? [fitEnd(row.file ?? "", c.fileWidth)] : []),
    fit(String(row.row), 6),
    fit(row.lsg ?? "", 28),
    fit(row.oblast ?? "", 24),
    ...scores,
    fit(String(assessment.total ?? "·"), c.totalWidth),
    fit(String(assessment.coverage ?? "·"), c.coverageWidth),
    category,
  ]
    .join(" ")
    .trimEnd();
}

/** The rows' problems (the first LISTED_PROBLEMS), then the checks across rows. */
function problemLines(report: AssessmentReport, lang: Language): string[] {
  const problems = report.table.rows.flatMap((r) =>
    r.problems.map((p) => `  ${p.cell}  ${r.source.lsg ?? ""}: ${p.message}`)
  );
  const lines = ["", `${label("problemsHeading", lang)}:`];
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
  return lines;
}

/** The summary, its tables, the movers and the two raters' agreement. */
function summaryPart(
  report: AssessmentReport,
  comparison: RaterComparison | null,
  lang: Language
): string[] {
  const { method } = report.table;
  // Never pooled across rounds: the headline round's finding first, the other rounds' after it.
  const [counts, ...findings] = summaryLines(report, lang);
  const lines = ["", `${label("summary", lang)}: ${counts}`, ...findings];
  // Then who moved between the two latest rounds.
  const moved = moversTables(report.movers, method, lang);
  for (const t of [...summaryTables(report, lang), ...moved])
    lines.push("", ...renderTable(t, lang).map((l) => `  ${l}`));
  if (comparison) {
    lines.push(
      "",
      ...renderTable(agreementTable(comparison, method, lang), lang).map((l) => `  ${l}`)
    );
    const count = { en: "Disagreements", ru: "Расхождений", ky: "Айырмачылыктар" }[lang];
    lines.push(`  ${count}: ${comparison.disagreements.length}`);
  }
  return lines;
}
