/* global Buffer */
import { writeWorkbookPackage } from "../../src/files/xlsxWriter";
import { FakeExcel, WorkbookModel } from "../../src/fake-excel";
import type { CellValue } from "../../src/sheets";

/** A plain LSG table's header in Russian: oblast, district, LSG, year and the three indicators. */
export const LSG_HEADER_RU = [
  "Область",
  "Район",
  "Наименование ОМСУ",
  "Год",
  "Документы",
  "Механизм",
  "Бюджет",
];

const HEADER = [...LSG_HEADER_RU, "Примечание"];

/**
 * Row i of a big table: two oblasts, 40 districts, three rounds and an occasional note (null when
 * there is none); scoresOf(i) gives its three scores.
 */
function bigRow(i: number, scoresOf: (i: number) => readonly number[]): CellValue[] {
  return [
    i % 2 ? "Джалал-Абадская область" : "Иссык-Кульская область",
    `Район ${i % 40}`,
    `Айыл аймагы ${i}`,
    2019 + (i % 3),
    ...scoresOf(i),
    i % 7 === 0 ? "Программа развития, с. 12" : null,
  ];
}

/**
 * A workbook of n LSG rows with Russian headers (see bigRow) in the in-memory Excel. Used by the
 * scale test and the bench.
 */
export function bigWorkbook(n: number, scoresOf: (i: number) => readonly number[]): FakeExcel {
  const model = new WorkbookModel();
  const sheet = model.addSheet("LSGs");
  const rows: unknown[][] = [HEADER];
  // Office.js gives blank cells as "": the in-memory Excel is written the same way.
  for (let i = 0; i < n; i++) rows.push(bigRow(i, scoresOf).map((v) => v ?? ""));
  sheet.write({ top: 0, left: 0, bottom: n, right: HEADER.length - 1 }, rows);
  return new FakeExcel(model);
}

/** The same table as an .xlsx file's bytes, for the command line and its benchmark. */
export function bigXlsx(n: number, scoresOf: (i: number) => readonly number[]): Buffer {
  return writeWorkbookPackage(
    undefined,
    () => false,
    (book) => {
      const sheet = book.sheet("LSGs");
      sheet.addRow(HEADER);
      for (let i = 0; i < n; i++) sheet.addRow(bigRow(i, scoresOf));
    }
  );
}
