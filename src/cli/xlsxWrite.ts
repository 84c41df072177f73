import ExcelJS from "exceljs";
import { categoryBand, type Language } from "../rubric";
import {
  categoryTable,
  countsSentence,
  coverageTable,
  label,
  type ReportTable,
  type ScoredTable,
} from "../report";
import type { CellGrid, CellValue } from "../sheets";

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return { error: value.error as ExcelJS.CellErrorValue["error"] };
  }
  // Strings are written as text cells: a name starting with "=" stays text, never a formula.
  return value;
}

function bold(row: ExcelJS.Row): void {
  row.font = { bold: true };
}

function addReportTable(sheet: ExcelJS.Worksheet, table: ReportTable): void {
  bold(sheet.addRow([table.title]));
  bold(sheet.addRow([...table.header]));
  for (const cells of table.rows) {
    const row = sheet.addRow([...cells]);
    for (const column of table.shareColumns) row.getCell(column + 1).numFmt = "0.0%";
  }
  sheet.addRow([]);
}

/** Writes a new workbook: the data as read, one results row per LSG, and the summary. */
export async function writeResultsWorkbook(
  file: string,
  input: CellGrid,
  table: ScoredTable
): Promise<void> {
  const lang: Language = table.language;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Gender Scorecard";

  const data = workbook.addWorksheet(label("data", lang));
  for (const row of input.values) data.addRow(row.map(excelValue));

  const results = workbook.addWorksheet(label("results", lang), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const indicators = table.method.indicators;
  bold(
    results.addRow([
      label("row", lang),
      label("lsg", lang),
      label("district", lang),
      label("oblast", lang),
      label("round", lang),
      ...indicators.map((i) => i.short[lang]),
      label("total", lang),
      label("coverage", lang),
      label("category", lang),
      label("problems", lang),
    ])
  );
  for (const { source, assessment, problems } of table.rows) {
    results.addRow([
      source.row,
      source.lsg,
      source.district,
      source.oblast,
      source.round,
      ...indicators.map((i) => assessment.scores[i.id]),
      assessment.total,
      assessment.coverage,
      assessment.total === null
        ? null
        : (categoryBand(assessment.total, table.method)?.label[lang] ?? null),
      problems.map((p) => `${p.cell}: ${p.message}`).join("\n") || null,
    ]);
  }
  const widths = [8, 30, 18, 18, 12, ...indicators.map(() => 12), 10, 10, 44, 60];
  results.columns.forEach((column, i) => (column.width = widths[i]));
  results.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };

  const summary = workbook.addWorksheet(label("summary", lang));
  bold(summary.addRow([table.method.title[lang]]));
  const s = table.summary;
  summary.addRow([countsSentence(s.assessed, s.scored, s.incomplete, lang)]);
  summary.addRow([]);
  addReportTable(summary, categoryTable(table));
  addReportTable(summary, coverageTable(table));
  summary.getColumn(1).width = 52;
  summary.getColumn(2).width = 10;
  summary.getColumn(3).width = 18;

  await workbook.xlsx.writeFile(file);
}
