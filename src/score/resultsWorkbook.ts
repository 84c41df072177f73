/* global Buffer */
import { categoryBand, describeMethod, LANGUAGES, METHOD_2015, type Language } from "../rubric";
import {
  agreementTable,
  type AgreedScores,
  type RaterComparison,
  label,
  summaryLayout,
  type AssessmentReport,
  fileLabel,
  type ReportTable,
} from "../report";
import { cellText, type CellValue } from "../sheets";
import type { SheetEntry, XlsxWorkbook } from "../files/xlsxPackage";
import { readSheetGrid } from "../files/xlsxSheet";
import type { CellLook } from "../files/xlsxStyles";
import { writeWorkbookPackage, type PackageBuilder } from "../files/xlsxWriter";
import { addCharts } from "../files/xlsxCharts";
import { boundCharts, type BoundChart } from "../report/chartSpecs";
import type { InputSheet, RowProgress } from "./input";
import { addReconcileSheet } from "./reconcileSheet";
import { addScorecardsSheet } from "./scorecardsSheet";

const OURS = {
  results: new Set(LANGUAGES.map((l) => `${label("row", l)}|${label("lsg", l)}`)),
  method: LANGUAGES.map((l) => describeMethod(METHOD_2015, l).split(":")[0] + ":"),
  agreed: new Set(LANGUAGES.map((l) => label("agreedScore", l))),
};

/** Our Results, Summary, Reconcile and Scorecards sheets from an earlier run, known by their first cells. */
export function isOurSheet(workbook: XlsxWorkbook, sheet: SheetEntry): boolean {
  const { values } = readSheetGrid(workbook, sheet, { rowLimit: 2 });
  const at = (row: number, column: number) => cellText(values[row]?.[column]);
  if (LANGUAGES.some((l) => sheet.name === label("scorecards", l) && at(0, 0).includes(":")))
    return true;
  if (OURS.results.has(`${at(0, 0)}|${at(0, 1)}`)) return true;
  if (OURS.method.some((prefix) => at(1, 0).startsWith(prefix))) return true;
  return at(0, 4) === "id" && OURS.agreed.has(at(0, 11));
}

export const HEADER: CellLook = { font: "bold", fill: "header", wrap: true, top: true };
const WRAP_TOP: CellLook = { wrap: true, top: true };

type ResultsTable = AssessmentReport["table"];

/** The Results sheet's header row: the file first when rows were gathered from several files. */
function resultsHeaders(table: ResultsTable, lang: Language, withFile: boolean): string[] {
  return [
    ...(withFile ? [fileLabel("file", lang)] : []),
    label("row", lang),
    label("lsg", lang),
    label("district", lang),
    label("oblast", lang),
    label("round", lang),
    ...table.method.indicators.map((i) => i.short[lang]),
    label("total", lang),
    label("coverage", lang),
    label("category", lang),
    label("problems", lang),
  ];
}

/** One LSG's line: where it came from, its scores, total, coverage, category and problems. */
function resultsRow(
  table: ResultsTable,
  { source, assessment, problems }: ResultsTable["rows"][number],
  lang: Language,
  withFile: boolean
): CellValue[] {
  return [
    ...(withFile ? [source.file ?? null] : []),
    source.row,
    source.lsg,
    source.district,
    source.oblast,
    source.round,
    ...table.method.indicators.map((i) => assessment.scores[i.id]),
    assessment.total,
    assessment.coverage,
    assessment.total === null
      ? null
      : (categoryBand(assessment.total, table.method)?.label[lang] ?? null),
    problems.map((p) => `${p.cell}: ${p.message}`).join("\n") || null,
  ];
}

function addResultsSheet(
  book: PackageBuilder,
  report: AssessmentReport,
  lang: Language,
  progress?: RowProgress
): void {
  const { table } = report;
  // Rows gathered from several files begin with their file.
  const withFile = table.rows.some((r) => r.source.file !== undefined);
  const widths = [
    ...(withFile ? [24] : []),
    ...[8, 30, 20, 24, 12, ...table.method.indicators.map(() => 12), 10, 10, 40, 70],
  ];
  const sheet = book.sheet(label("results", lang), {
    frozenRows: 1,
    columnWidths: widths,
    autoFilterColumns: widths.length,
  });
  sheet.addRow(resultsHeaders(table, lang, withFile), HEADER);
  table.rows.forEach((row, i) => {
    if (progress && i % 4096 === 0) progress.rows(i);
    sheet.addRow(resultsRow(table, row, lang, withFile), WRAP_TOP);
  });
}

function addSummarySheet(
  book: PackageBuilder,
  report: AssessmentReport,
  lang: Language,
  comparison: RaterComparison | null
): BoundChart[] {
  // The same layout the task pane writes through Office.js, and the same charts.
  const extra = comparison ? [agreementTable(comparison, report.table.method, lang)] : [];
  const layout = summaryLayout(report, lang, extra);
  const sheet = book.sheet(label("summary", lang), { columnWidths: layout.columnWidths });
  const looks: (CellLook | undefined)[][] = layout.cells.map(() => []);
  const rowLook = new Map<number, CellLook>();
  layout.titleRows.forEach((index, i) =>
    rowLook.set(index, { font: i === 0 ? "title" : "subtitle" })
  );
  for (const { row } of layout.headerRows) rowLook.set(row, HEADER);
  rowLook.set(layout.findingRow, { font: "italic", wrap: true, top: true });
  for (const { area, format } of layout.formats) {
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++)
        looks[r][c] = { format: format === "share" ? "0.0%" : "0.00" };
  }
  layout.cells.forEach((cells, r) => {
    const whole = rowLook.get(r);
    const perCell = cells.map((value, c) => (value === null ? undefined : (looks[r][c] ?? whole)));
    const number = sheet.addRow(cells, perCell, r === layout.findingRow ? 48 : undefined);
    if (r === layout.findingRow) sheet.merge(number, 0, number, 7);
  });
  return boundCharts(layout, sheet.name);
}

/** A table of the report as a sheet of its own (the per-file counts of gathered files). */
function addTableSheet(book: PackageBuilder, table: ReportTable): void {
  const widths = table.header.map((_, i) =>
    i === 0 ? 30 : i === table.header.length - 1 ? 60 : 14
  );
  const sheet = book.sheet(table.title, { frozenRows: 1, columnWidths: widths });
  sheet.addRow(table.header, HEADER);
  for (const row of table.rows) sheet.addRow(row, WRAP_TOP);
}

/**
 * The bytes of a new workbook, for the command line to write to its file and the browser page to
 * offer as a download (so no file system here) (input null: several files gathered, whose sheets are not copied, and
 * `files` their per-file counts on a sheet of their own): the user's workbook as it was (an .xlsx package's parts copied as stored,
 * so its sheets keep every value, format and merge byte for byte; a CSV becomes one sheet of its
 * values), a results sheet with one row per LSG, and a summary sheet (with Reconcile and
 * Scorecards sheets when asked).
 */
export function resultsWorkbookBytes(
  input: InputSheet | null,
  report: AssessmentReport,
  raters: { comparison: RaterComparison; agreed: AgreedScores } | null = null,
  withScorecards = false,
  progress?: RowProgress,
  files: ReportTable | null = null
): Buffer {
  const lang = report.table.language;
  const base = input?.workbook;
  let charts: BoundChart[] = [];
  // A workbook written by an earlier run holds our Results, Summary and Reconcile sheets: they are
  // replaced, not duplicated (agreed scores were read from Reconcile before this). Only sheets that
  // are recognisably ours go; a user's own sheet of the same name stays.
  const bytes = writeWorkbookPackage(
    base,
    (sheet) => (base ? isOurSheet(base, sheet) : false),
    (book) => {
      if (input && !base) {
        const data = book.sheet(label("data", lang));
        for (const row of input.grid.values) data.addRow(row as readonly CellValue[]);
      }
      addResultsSheet(book, report, lang, progress);
      charts = addSummarySheet(book, report, lang, raters?.comparison ?? null);
      if (files) addTableSheet(book, files);
      if (withScorecards) charts.push(...addScorecardsSheet(book, report, lang));
      if (raters) {
        addReconcileSheet(
          book,
          label("reconcile", lang),
          raters.comparison,
          raters.agreed,
          report.table.method,
          lang
        );
      }
    }
  );
  return addCharts(bytes, charts);
}
