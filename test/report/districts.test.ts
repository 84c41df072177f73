import { recognizeDistrict, type CellValue } from "../../src/sheets";
import { reportOn } from "../support/reports";

// Issue 15 item 12: the Kyrgyz Summary showed "Ысык-Көл облусу | Ак-Суйский район": the oblast in
// Kyrgyz, the district as typed in Russian. Known districts are now named in the report's language.

function districts(rows: CellValue[][], lang: "en" | "ru" | "ky") {
  const header = ["Область", "Район", "ОМСУ", "Документы", "Механизм", "Бюджет"];
  const report = reportOn(header, rows, lang);
  return report.byDistrict.map((d) => [d.parent, d.label, d.summary.scored]);
}

const ROWS: CellValue[][] = [
  ["Иссык-Кульская область", "Ак-Суйский район", "Теплоключенский АО", 2, 1, 0],
  ["Ысык-Көл облусу", "Ак-Суу району", "Бозучук айыл аймагы", 1, 0, 0],
  ["Джалал-Абадская обл.", "Сузакский р-н", "Барпы айыл аймагы", 2, 0, 1],
  ["Джалал-Абадская область", "Новый район", "Ленинский АО", 3, 1, 0],
];

describe("district names in the report's language", () => {
  it("Kyrgyz: both spellings of Ak-Suu are one district, named in Kyrgyz beside its oblast", () => {
    expect(districts(ROWS, "ky")).toEqual([
      ["Ысык-Көл облусу", "Ак-Суу району", 2],
      ["Жалал-Абад облусу", "Сузак району", 1],
      // Unknown to the table: kept exactly as typed.
      ["Жалал-Абад облусу", "Новый район", 1],
    ]);
  });

  it("Russian and English", () => {
    expect(districts(ROWS, "ru").map((d) => d[1])).toEqual([
      "Ак-Суйский район",
      "Сузакский район",
      "Новый район",
    ]);
    expect(districts(ROWS, "en").map((d) => d[1])).toEqual([
      "Ak-Suu District",
      "Suzak District",
      "Новый район",
    ]);
  });

  it("recognises every district by each of its own names, and nothing else", () => {
    const seen = new Set<string>();
    for (const text of ["Тонский район", "Тоң району", "Ton district", "Чоң-Алай району"]) {
      const d = recognizeDistrict(text);
      expect(d).toBeDefined();
      for (const lang of ["en", "ru", "ky"] as const)
        expect(recognizeDistrict(d!.name[lang])?.name).toEqual(d!.name);
      seen.add(d!.name.en);
    }
    // Тонский, Тоң and Ton are one district; Чоң-Алай another.
    expect([...seen]).toEqual(["Ton District", "Chong-Alay District"]);
    // An oblast typed in the district column, a village, an empty cell.
    expect(recognizeDistrict("Ысык-Көл облусу")).toBeUndefined();
    expect(recognizeDistrict("Ак-Суу айыл аймагы")).toBeUndefined();
    expect(recognizeDistrict("")).toBeUndefined();
  });
});
