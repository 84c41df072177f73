import {
  headerConfidence,
  mapColumns,
  matchColumns,
  normalizeHeader,
  fieldSpec,
  MappingError,
  parseColumnChoices,
} from "../../src/sheets";

describe("normalizeHeader", () => {
  it.each([
    ["Наименование\nОМСУ", "наименование омсу"],
    ["  Итоговый   БАЛЛ ", "итоговый балл"],
    ["Объём (ё)", "объем е"],
    ["Кара-Жыгач а/о", "кара жыгач ао"],
    ["А/О", "ао"],
    ["Инд. 1", "инд 1"],
    ["1-индикатор, упай", "1 индикатор упай"],
    ["ЖӨБ органынын аталышы", "жөб органынын аталышы"],
  ])("%p -> %p", (input, output) => {
    expect(normalizeHeader(input)).toBe(output);
  });
});

describe("a header names a field, with a confidence", () => {
  it.each([
    ["Документы", "documents", 1],
    ["Индикатор 1 (документы), балл", "documents", 0.9],
    ["Инд. 2", "mechanism", 0.9],
    ["1-индикатор, упай", "documents", 0.9],
    ["Гендерный бюджет, балл", "budget", 0.7],
    ["Наименование ОМСУ", "lsg", 0.9],
    ["АО", "lsg", 1],
    ["а/о", "lsg", 1],
    ["ЖӨБ органынын аталышы", "lsg", 0.9],
    ["Айыл аймагы", "lsg", 0.9],
    ["Облусу", "oblast", 1],
    ["Району", "district", 1],
    ["Год", "round", 1],
    ["Жылы", "round", 1],
    ["Обоснование (документы)", "documentsNote", 0.8],
    ["Budget evidence", "budgetNote", 0.8],
    ["Примечание", "note", 1],
    ["Итоговый балл", "total", 1],
    ["Жалпы упай", "total", 1],
    ["Категория", "category", 1],
  ] as const)("%p -> %s (%p)", (header, field, confidence) => {
    expect(headerConfidence(header, fieldSpec(field))).toBe(confidence);
  });

  it.each([
    ["Обоснование (бюджет)", "budget"],
    ["Итоговый балл", "documents"],
    ["Категория бюджета", "budget"],
    ["Район", "lsg"],
  ] as const)("%p is not %s", (header, field) => {
    expect(headerConfidence(header, fieldSpec(field))).toBe(0);
  });
});

describe("mapping columns", () => {
  it("maps Russian headers with notes and a user total without confusing them with scores", () => {
    const mapping = mapColumns([
      "Область",
      "Район",
      "Наименование ОМСУ",
      "Документы",
      "Обоснование (документы)",
      "Механизм",
      "Бюджет",
      "Итоговый балл",
      "Категория",
    ]);
    const columns = Object.fromEntries(
      Object.entries(mapping.fields).map(([f, m]) => [f, m!.column])
    );
    expect(columns).toEqual({
      oblast: 0,
      district: 1,
      lsg: 2,
      documents: 3,
      documentsNote: 4,
      mechanism: 5,
      budget: 6,
      total: 7,
      category: 8,
    });
  });

  it("lists the candidate columns when a required field is ambiguous", () => {
    const result = matchColumns(["ОМСУ", "Бюджет 2019", "Бюджет 2020", "Документы", "Механизм"]);
    expect(result.ambiguous).toEqual([
      {
        field: "budget",
        candidates: [
          { column: 1, letter: "B", text: "Бюджет 2019" },
          { column: 2, letter: "C", text: "Бюджет 2020" },
        ],
      },
    ]);
    expect(() =>
      mapColumns(["ОМСУ", "Бюджет 2019", "Бюджет 2020", "Документы", "Механизм"])
    ).toThrow('budget could be any of B "Бюджет 2019", C "Бюджет 2020"');
  });

  it("lets an explicit choice by letter or header text override detection", () => {
    const headers = ["ОМСУ", "Бюджет 2019", "Бюджет 2020", "Документы", "Механизм"];
    const byLetter = mapColumns(headers, 0, { budget: "C" });
    expect(byLetter.fields.budget).toMatchObject({ column: 2, confidence: 1 });
    const byText = mapColumns(headers, 0, { budget: "бюджет 2019" });
    expect(byText.fields.budget?.column).toBe(1);
    // Column letters count from the sheet, not from the table's first column.
    const offset = mapColumns(["Документы", "Механизм", "Бюджет", "X"], 3, { budget: "G" });
    expect(offset.fields.budget?.header).toBe("X");
  });

  it("names an explicit choice it cannot find", () => {
    expect(() => mapColumns(["Документы", "Механизм", "Бюджет"], 0, { lsg: "Z" })).toThrow(
      MappingError
    );
    expect(() => mapColumns(["Документы", "Механизм", "Бюджет"], 0, { lsg: "Название" })).toThrow(
      'no column "Название" for lsg'
    );
  });

  it("parses --map text", () => {
    expect(parseColumnChoices("documents=D, mechanism=E,budget=Бюджет, балл")).toEqual({
      documents: "D",
      mechanism: "E",
      budget: "Бюджет, балл",
    });
    expect(() => parseColumnChoices("docs=D")).toThrow('unknown field "docs"');
    expect(() => parseColumnChoices("documents")).toThrow("is not FIELD=COLUMN");
  });
});

describe("declining a field", () => {
  it("leaves an optional field unmapped and makes a required one missing", () => {
    const headers = ["ОМСУ", "Район", "Документы", "Механизм", "Бюджет"];
    expect(mapColumns(headers, 0, { district: "" }).fields.district).toBeUndefined();
    expect(matchColumns(headers, 0, { budget: "" }).missing).toEqual(["budget"]);
  });
});
