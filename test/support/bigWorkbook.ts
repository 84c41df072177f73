/* global Buffer */
import { writeWorkbookPackage } from "../../src/files/xlsxWriter";
import { FakeExcel, WorkbookModel } from "../../src/fake-excel";

/**
 * A workbook of n LSG rows with Russian headers, two oblasts, 40 districts, three rounds and an
 * occasional note; scoresOf(i) gives row i's three scores. Used by the scale test and the bench.
 */
export function bigWorkbook(n: number, scoresOf: (i: number) => readonly number[]): FakeExcel {
  const model = new WorkbookModel();
  const sheet = model.addSheet("LSGs");
  const rows: unknown[][] = [
    [
      "Область",
      "Район",
      "Наименование ОМСУ",
      "Год",
      "Документы",
      "Механизм",
      "Бюджет",
      "Примечание",
    ],
  ];
  for (let i = 0; i < n; i++) {
    rows.push([
      i % 2 ? "Джалал-Абадская область" : "Иссык-Кульская область",
      `Район ${i % 40}`,
      `Айыл аймагы ${i}`,
      2019 + (i % 3),
      ...scoresOf(i),
      i % 7 === 0 ? "Программа развития, с. 12" : "",
    ]);
  }
  sheet.write({ top: 0, left: 0, bottom: n, right: 7 }, rows);
  return new FakeExcel(model);
}

/** The same kind of table as an .xlsx file's bytes, for the command line and its benchmark. */
export function bigXlsx(n: number, scoresOf: (i: number) => readonly number[]): Buffer {
  return writeWorkbookPackage(
    undefined,
    () => false,
    (book) => {
      const sheet = book.sheet("LSGs");
      sheet.addRow([
        "Область",
        "Район",
        "Наименование ОМСУ",
        "Год",
        "Документы",
        "Механизм",
        "Бюджет",
        "Примечание",
      ]);
      for (let i = 0; i < n; i++) {
        sheet.addRow([
          i % 2 ? "Джалал-Абадская область" : "Иссык-Кульская область",
          `Район ${i % 40}`,
          `Айыл аймагы ${i}`,
          2019 + (i % 3),
          ...scoresOf(i),
          i % 7 === 0 ? "Программа развития, с. 12" : null,
        ]);
      }
    }
  );
}
