import { categoryBand, type Language } from "../rubric";
import {
  categoryTable,
  countsSentence,
  coverageTable,
  label,
  type ReportTable,
  type ScoredTable,
} from "../report";

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width
    ? chars.slice(0, width - 1).join("") + "…"
    : text + " ".repeat(width - chars.length);
}

function percent(share: number | null): string {
  return share === null ? "–" : `${(share * 100).toFixed(1)}%`;
}

function renderTable(table: ReportTable): string[] {
  const cells = table.rows.map((row) =>
    row.map((cell, i) =>
      table.shareColumns.includes(i) ? percent(cell as number | null) : String(cell ?? "")
    )
  );
  const widths = table.header.map((h, i) =>
    Math.max([...h].length, ...cells.map((row) => [...row[i]].length))
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === 0 ? fit(cell, widths[i]) : cell.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(table.header), ...cells.map(line)];
}

/** The human-readable report: one line per LSG, the problems by cell, then the summary. */
export function renderText(table: ScoredTable, source: string): string {
  const lang: Language = table.language;
  const ids = table.method.indicators;
  const header = [
    fit(label("row", lang), 6),
    fit(label("lsg", lang), 28),
    fit(label("oblast", lang), 24),
    ...ids.map((i) => fit(i.short[lang], 5)),
    fit(label("total", lang), 6),
    fit(label("coverage", lang), 6),
    label("category", lang),
  ].join(" ");
  const lines = [`${source} — ${table.method.title[lang]}`, "", header];
  for (const { source: row, assessment } of table.rows) {
    const scores = ids.map((i) => fit(String(assessment.scores[i.id] ?? "·"), 5));
    const category =
      assessment.total === null
        ? `(${label("notScored", lang)})`
        : (categoryBand(assessment.total, table.method)?.label[lang] ?? "");
    lines.push(
      [
        fit(String(row.row), 6),
        fit(row.lsg ?? "", 28),
        fit(row.oblast ?? "", 24),
        ...scores,
        fit(String(assessment.total ?? "·"), 6),
        fit(String(assessment.coverage ?? "·"), 6),
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
  lines.push(...(problems.length > 0 ? problems : [`  ${label("noProblems", lang)}`]));
  const { summary } = table;
  lines.push(
    "",
    `${label("summary", lang)}: ${countsSentence(summary.assessed, summary.scored, summary.incomplete, lang)}`,
    ""
  );
  lines.push(...renderTable(categoryTable(table)).map((l) => `  ${l}`), "");
  lines.push(...renderTable(coverageTable(table)).map((l) => `  ${l}`));
  return lines.join("\n") + "\n";
}
