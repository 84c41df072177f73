import { recognizeOblast } from "../../src/sheets";

describe("recognizeOblast matches every spelling of an oblast", () => {
  it.each([
    ["Иссык-Кульская область", "KG-Y"],
    ["Иссык-Кульская обл.", "KG-Y"],
    ["Ысык-Көл облусу", "KG-Y"],
    ["ЫСЫК-КӨЛ", "KG-Y"],
    ["Issyk-Kul", "KG-Y"],
    ["Джалал-Абадская область", "KG-J"],
    ["Жалал-Абад (Жалалабат) облусу", "KG-J"],
    ["Жалалабат облусу", "KG-J"],
    ["Jalal-Abad oblast", "KG-J"],
    ["Баткенская область", "KG-B"],
    ["Чүй облусу", "KG-C"],
    ["Чуйская обл", "KG-C"],
    ["Нарын облусу", "KG-N"],
    ["Таласская область", "KG-T"],
    ["Ошская область", "KG-O"],
    ["Ош облусу", "KG-O"],
    ["г. Ош", "KG-GO"],
    ["Ош шаары", "KG-GO"],
    ["Osh city", "KG-GO"],
    ["г. Бишкек", "KG-GB"],
    ["Бишкек шаары", "KG-GB"],
  ])("%p -> %s", (text, code) => {
    expect(recognizeOblast(text)?.code).toBe(code);
  });

  it.each(["", null, "Тонский район", "Область"])("%p is not an oblast", (text) => {
    expect(recognizeOblast(text)).toBeUndefined();
  });

  it("gives the canonical name in each language", () => {
    expect(recognizeOblast("Ысык-Көл облусу")?.name).toEqual({
      en: "Issyk-Kul",
      ru: "Иссык-Кульская область",
      ky: "Ысык-Көл облусу",
    });
  });
});
