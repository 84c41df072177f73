import ExcelJS from "exceljs";
import {
  LANGUAGES,
  isProblem,
  parseScore,
  type IndicatorId,
  type Language,
  type Method,
} from "../rubric";
import { agreedKey, label, text, type AgreedScores, type RaterComparison } from "../report";
import { plainCellValue, worksheetRows } from "../files/xlsx";
import { cellText } from "../sheets";

const ID_HEADER = "id";

function headers(lang: Language): string[] {
  return [
    label("lsg", lang),
    label("district", lang),
    label("round", lang),
    text("indicator", lang),
    ID_HEADER,
    `${text("rater", lang)} 1`,
    `${text("score", lang)} 1`,
    `${text("note", lang)} 1`,
    `${text("rater", lang)} 2`,
    `${text("score", lang)} 2`,
    `${text("note", lang)} 2`,
    text("agreedScore", lang),
  ];
}

const AGREED = new Set(LANGUAGES.map((lang) => text("agreedScore", lang).toLowerCase()));

/**
 * The agreed scores from a workbook's Reconcile sheet (found by its "Agreed score" header, in any
 * language), so that a later run scores the LSGs the raters settled.
 */
export async function readAgreedScores(file: string, method: Method): Promise<AgreedScores> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const agreed = new Map<string, number>();
  for (const sheet of workbook.worksheets) {
    const rows = worksheetRows(sheet, plainCellValue);
    const header = (rows[0] ?? []).map((v) => cellText(v).toLowerCase());
    const agreedColumn = header.findIndex((h) => AGREED.has(h));
    const idColumn = header.indexOf(ID_HEADER);
    if (agreedColumn < 0 || idColumn < 0) continue;
    for (const row of rows.slice(1)) {
      const score = parseScore(row[agreedColumn], method);
      if (isProblem(score)) continue;
      const text = (c: number) => cellText(row[c]) || null;
      agreed.set(
        agreedKey(text(0), text(1), text(2), cellText(row[idColumn]) as IndicatorId),
        score
      );
    }
  }
  return agreed;
}

/** A sheet listing every disagreement, with a column for the score the raters agree. */
export function addReconcileSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  comparison: RaterComparison,
  agreed: AgreedScores,
  method: Method,
  lang: Language
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const head = sheet.addRow(headers(lang));
  head.font = { bold: true };
  for (const d of comparison.disagreements) {
    const short = method.indicators.find((i) => i.id === d.indicator)!.short[lang];
    const settled = agreed.get(agreedKey(d.lsg, d.district, d.round, d.indicator));
    sheet.addRow([
      d.lsg,
      d.district,
      d.round,
      short,
      d.indicator,
      comparison.raters[0],
      d.first.score,
      d.first.note,
      comparison.raters[1],
      d.second.score,
      d.second.note,
      settled ?? null,
    ]);
  }
  const widths = [28, 20, 10, 14, 11, 14, 8, 36, 14, 8, 36, 14];
  sheet.columns.forEach((column, i) => (column.width = widths[i]));
  const agreedColumn = sheet.getColumn(12);
  agreedColumn.eachCell((cell, row) => {
    if (row > 1) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  });
}
