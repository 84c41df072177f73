// Writes assets/example-ministry-sheet.xlsx: a spreadsheet as ministry staff keep them, for the
// README's example and for trying the CLI. Run: node scripts/make-example.js
const path = require("path");
const ExcelJS = require("exceljs");

async function main() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Мониторинг");
  sheet.getCell("A1").value =
    "Мониторинг гендерной чувствительности местной политики (совместная мониторинговая группа)";
  sheet.mergeCells("A1:I1");
  sheet.getRow(3).values = [
    "Облусу",
    "Району",
    "ЖӨБ органынын аталышы",
    "Жылы",
    "Индикаторлор",
    null,
    null,
    "Жалпы упай",
    "Негиздеме, булак",
  ];
  sheet.getRow(4).values = [null, null, null, null, "Документтер", "Механизм", "Бюджет"];
  for (const range of ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4"])
    sheet.mergeCells(range);
  const rows = [
    [
      "Ысык-Көл облусу",
      "Түп району",
      "Түп айыл аймагы",
      2019,
      1,
      0,
      0,
      1,
      "Өнүктүрүү программасы 2018–2022",
    ],
    [null, null, "Түп айыл аймагы", 2023, 3, 2, 1, 6, "Гендердик комиссиянын буйругу"],
    [null, null, "Санташ а/а", 2019, "2", 1, 0, 3, null],
    [null, null, "Санташ а/а", 2023, 2, "бар", 0, 3, "механизм бар, бирок документ жок"],
    [null, "Тоң району", "Бөкөнбаев а/а", 2023, 2, 1, 1, 5, null],
    [null, null, "Бөкөнбаев а/а", 2023, 2, 1, 1, 4, "кайталанган сап"],
    [null, null, "Ак-Сай а/а", 2023, 3, null, 0, null, "механизм боюнча маалымат жок"],
  ];
  rows.forEach((row, i) => (sheet.getRow(5 + i).values = row));
  sheet.mergeCells("A5:A11");
  sheet.getRow(13).values = ["Бардыгы", null, null, null, 15, 5, 3, 22];
  sheet.columns.forEach((column, i) => (column.width = [16, 14, 24, 8, 12, 12, 12, 10, 36][i]));
  await workbook.xlsx.writeFile(
    path.join(__dirname, "..", "assets", "example-ministry-sheet.xlsx")
  );
}

main();
