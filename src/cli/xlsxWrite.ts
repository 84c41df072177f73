import ExcelJS from "exceljs";
import { categoryBand, describeMethod, LANGUAGES, METHOD_2015, type Language } from "../rubric";
import { plainCellValue } from "../files/xlsx";
import {
  agreementTable,
  type AgreedScores,
  type RaterComparison,
  label,
  scorecardsLayout,
  summaryLayout,
  text,
  type AssessmentReport,
} from "../report";
import { cellText, type CellValue } from "../sheets";
import type { InputSheet } from "./readInput";
import { addReconcileSheet } from "./reconcile";

const OURS = {
  results: new Set(LANGUAGES.map((l) => `${label("row", l)}|${label("lsg", l)}`)),
  method: LANGUAGES.map((l) => describeMethod(METHOD_2015, l).split(":")[0] + ":"),
  agreed: new Set(LANGUAGES.map((l) => text("agreedScore", l))),
};

function isOurSheet(sheet: ExcelJS.Worksheet): boolean {
  const at = (address: string) => cellText(plainCellValue(sheet.getCell(address).value));
  if (LANGUAGES.some((l) => sheet.name === text("scorecards", l) && at("A1").includes(":")))
    return true;
  if (OURS.results.has(`${at("A1")}|${at("B1")}`)) return true;
  if (OURS.method.some((prefix) => at("A2").startsWith(prefix))) return true;
  return at("E1") === "id" && OURS.agreed.has(at("L1"));
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return { error: value.error as ExcelJS.CellErrorValue["error"] };
  }
  // Strings are written as text cells: a name starting with "=" stays text, never a formula.
  return value;
}

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFEDE7F3" },
};

function headerRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
}

function uniqueName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
  return name;
}

function addResultsSheet(
  workbook: ExcelJS.Workbook,
  report: AssessmentReport,
  lang: Language
): void {
  const { table } = report;
  const sheet = workbook.addWorksheet(uniqueName(workbook, label("results", lang)), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const indicators = table.method.indicators;
  headerRow(
    sheet.addRow([
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
    const row = sheet.addRow([
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
    row.alignment = { vertical: "top", wrapText: true };
  }
  const widths = [8, 30, 20, 24, 12, ...indicators.map(() => 12), 10, 10, 40, 70];
  sheet.columns.forEach((column, i) => (column.width = widths[i]));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
}

function addSummarySheet(
  workbook: ExcelJS.Workbook,
  report: AssessmentReport,
  lang: Language,
  comparison: RaterComparison | null
): void {
  // The same layout the task pane writes through Office.js; ExcelJS cannot draw its charts.
  const extra = comparison ? [agreementTable(comparison, report.table.method, lang)] : [];
  const layout = summaryLayout(report, lang, extra);
  const sheet = workbook.addWorksheet(uniqueName(workbook, label("summary", lang)));
  for (const cells of layout.cells) sheet.addRow([...cells]);
  const row = (index: number) => sheet.getRow(index + 1);
  layout.titleRows.forEach(
    (index, i) => (row(index).font = { bold: true, size: i === 0 ? 14 : 12 })
  );
  for (const { row: index } of layout.headerRows) headerRow(row(index));
  for (const { area, format } of layout.formats) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++)
        row(r).getCell(c + 1).numFmt = format === "share" ? "0.0%" : "0.00";
    }
  }
  const finding = row(layout.findingRow);
  finding.font = { italic: true };
  sheet.mergeCells(finding.number, 1, finding.number, 8);
  finding.getCell(1).alignment = { wrapText: true, vertical: "top" };
  finding.height = 48;
  layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/** One A4 portrait page per LSG, with page breaks between them. */
function addScorecardsSheet(
  workbook: ExcelJS.Workbook,
  report: AssessmentReport,
  lang: Language
): void {
  const sheet = workbook.addWorksheet(uniqueName(workbook, text("scorecards", lang)), {
    pageSetup: {
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const layout = scorecardsLayout(report, lang);
  layout.cells.forEach((cells, i) => {
    const row = sheet.addRow([...cells]);
    row.alignment = { wrapText: true, vertical: "top" };
    if (layout.titleRows.includes(i)) row.font = { bold: true, size: 14 };
    if (layout.subtitleRows.includes(i)) row.font = { italic: true };
    if (layout.headerRows.includes(i)) headerRow(row);
    if (layout.lineRows.includes(i)) {
      row.getCell(1).font = { bold: true };
      // Values can be long (a category label, a change between rounds): they get the full width.
      sheet.mergeCells(row.number, 2, row.number, layout.width);
      row.getCell(2).alignment = { wrapText: true, vertical: "top", horizontal: "left" };
      // Merged cells do not grow to fit wrapped text: as many lines as the text needs (a finding
      // sentence takes three or four).
      const lines = Math.max(
        Math.ceil(String(cells[0]).length / 34),
        Math.ceil(String(cells[1] ?? "").length / 80)
      );
      if (lines > 1) row.height = 15 * lines;
    }
    if (layout.pageBreaksAfter.includes(i)) row.addPageBreak();
  });
  layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/**
 * Writes a new workbook: the user's workbook as it was (an .xlsx is copied sheet for sheet; a CSV
 * becomes one sheet of its values), a results sheet with one row per LSG, and a summary sheet
 * (with Reconcile and Scorecards sheets when asked).
 */
export async function writeResultsWorkbook(
  file: string,
  input: InputSheet,
  report: AssessmentReport,
  raters: { comparison: RaterComparison; agreed: AgreedScores } | null = null,
  withScorecards = false
): Promise<void> {
  const lang = report.table.language;
  // An .xlsx input is the workbook already read (it is written to a new file, never back); a CSV
  // becomes one sheet of its values.
  let workbook = input.workbook;
  if (!workbook) {
    workbook = new ExcelJS.Workbook();
    const data = workbook.addWorksheet(label("data", lang));
    for (const row of input.grid.values) data.addRow(row.map(excelValue));
  }
  workbook.creator = "Gender Scorecard";
  // A workbook written by an earlier run holds our Results, Summary and Reconcile sheets: they are
  // replaced, not duplicated (agreed scores were read from Reconcile before this). Only sheets that
  // are recognisably ours go; a user's own sheet of the same name stays.
  for (const sheet of [...workbook.worksheets])
    if (isOurSheet(sheet)) workbook.removeWorksheet(sheet.id);
  addResultsSheet(workbook, report, lang);
  addSummarySheet(workbook, report, lang, raters?.comparison ?? null);
  if (withScorecards) addScorecardsSheet(workbook, report, lang);
  if (raters) {
    addReconcileSheet(
      workbook,
      text("reconcile", lang),
      raters.comparison,
      raters.agreed,
      report.table.method,
      lang
    );
  }
  await workbook.xlsx.writeFile(file);
}
