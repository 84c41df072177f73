import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

// Spreadsheets as ministry staff and consultants keep them, made by the tests themselves.

/** Two header rows with merged cells under a title line; an oblast merged down; blank and total rows. */
export async function writeRussianTwoRowHeaderXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Оценка 2019");
  sheet.getCell("A1").value = "Оценка гендерной чувствительности политики ОМСУ, 2019 г.";
  sheet.mergeCells("A1:H1");
  sheet.getRow(3).values = [
    "Область",
    "Район",
    "Наименование\nОМСУ",
    "Индикаторы",
    null,
    null,
    "Итоговый балл",
    "Обоснование, источник",
  ];
  sheet.getRow(4).values = [null, null, null, "Документы", "Механизм", "Бюджет"];
  for (const range of ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4"])
    sheet.mergeCells(range);
  const data: (string | number | null)[][] = [
    [
      "Иссык-Кульская область",
      "Тонский район",
      "Бөкөнбаев а/о",
      2,
      1,
      0,
      3,
      "Программа развития 2018–2022, с. 14",
    ],
    [null, null, "Кажы-Сай а/о", "1", "0", "0", 1, null],
    [null, "Тюпский район", "Түп а/о", 3, 2, 2, 7, "Гендерная комиссия"],
    [null, null, "Санташ а/о", 2.5, 0, 0, null, null],
  ];
  data.forEach((row, i) => (sheet.getRow(5 + i).values = row));
  sheet.mergeCells("A5:A8");
  // Row 9 blank; row 10 a total row; row 11 a footnote.
  sheet.getRow(10).values = ["Итого", null, null, 8, 3, 2, 11];
  sheet.getRow(11).values = ["Источник: данные мониторинговой группы"];
  await workbook.xlsx.writeFile(file);
}

/** Kyrgyz headers, UTF-8 with a BOM, as "CSV UTF-8" from Excel. */
export function writeKyrgyzCsv(file: string): void {
  const lines = [
    'Облусу,Району,ЖӨБ органынын аталышы,Жылы,"1-индикатор, упай","2-индикатор, упай","3-индикатор, упай","Негиздеме, булак"',
    "Жалал-Абад облусу,Сузак району,Барпы айыл аймагы,2019,2,0,1,Өнүктүрүү программасы",
    "Жалал-Абад облусу,Сузак району,Кыз-Көл айыл аймагы,2019,0,0,1,",
    "Жалал-Абад облусу,Ноокен району,Масы айыл аймагы,2019,#N/A,1,0,",
    "Жыйынтык,,,,2,1,2,",
  ];
  fs.writeFileSync(file, "\ufeff" + lines.join("\r\n") + "\r\n");
}

/** English headers with an evidence column per indicator and two rounds. */
export function writeEnglishCsv(file: string): void {
  const lines = [
    "LSG name,District,Oblast,Round,Documents score,Documents evidence,Mechanism score,Mechanism evidence,Budget score,Budget evidence",
    "Bosteri,Issyk-Kul,Issyk-Kul,2019,1,Plan p.3,0,,0,",
    "Bosteri,Issyk-Kul,Issyk-Kul,2023,3,Plan 2023 p.5,2,Commission order,1,Budget line 12",
    "Tamchy,Issyk-Kul,Issyk-Kul,2019,2,,1,,1,",
    "Tamchy,Issyk-Kul,Issyk-Kul,2023,1,,0,,0,",
    "Chok-Tal,Issyk-Kul,Issyk-Kul,2023,0,,0,,0,",
    "Chok-Tal,Issyk-Kul,Issyk-Kul,2023,1,,0,,0,",
  ];
  fs.writeFileSync(file, lines.join("\n") + "\n");
}

/** Semicolon-separated, Windows-1251, decimal commas and numbers with spaces: Russian-locale "CSV". */
export function writeCp1251SemicolonCsv(file: string): void {
  const lines = [
    "Сводная таблица оценки;;;;;;",
    "Область;Район;Айылный аймак;Год;Инд. 1 (документы);Инд. 2 (механизм);Инд. 3 (бюджет)",
    "Джалал-Абадская область;Аксыйский район;Кара-Жыгач а/о;2019; 3 ;0;1",
    "Джалал-Абадская область;Аксыйский район;Авлетим а/о;2019;1,0;0;1",
    "Джалал-Абадская область;Аксыйский район;Нооруз а/о;2019;2,5;0;2",
    ";;;;;;",
    "Всего;;;;6;0;4",
  ];
  fs.writeFileSync(file, iconv.encode(lines.join("\r\n") + "\r\n", "win1251"));
}

export function fixturePath(dir: string, name: string): string {
  return path.join(dir, name);
}
