// Writes assets/sample-lsg-assessments.xlsx from the sample CSV, for trying the task pane in Excel.
// Run: node scripts/make-sample-workbook.js
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const Papa = require("papaparse");

async function main() {
  const csv = fs.readFileSync(
    path.join(__dirname, "..", "assets", "sample-lsg-assessments.csv"),
    "utf8"
  );
  const rows = Papa.parse(csv.replace(/^\ufeff/, ""), { skipEmptyLines: true }).data;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Оценка 2019");
  rows.forEach((row, i) => {
    // Scores and years as numbers, as a user would have typed them.
    sheet.addRow(
      i === 0
        ? row
        : row.map((cell, c) => (c >= 3 && c <= 6 && cell !== "" ? Number(cell) : cell || null))
    );
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  sheet.columns.forEach((column, i) => (column.width = [24, 24, 26, 8, 14, 14, 14, 40][i]));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  await workbook.xlsx.writeFile(
    path.join(__dirname, "..", "assets", "sample-lsg-assessments.xlsx")
  );
}

main();
