import { findingSentence, toJsonReport } from "../../src/report";
import { METHOD_2015, summarize, assess } from "../../src/rubric";
import type { CellValue } from "../../src/sheets";
import { reportOn } from "../support/reports";

function report(rows: CellValue[][], lang: "en" | "ru" | "ky" = "en") {
  const header = [
    "Область",
    "Район",
    "ОМСУ",
    "Год",
    "Документы",
    "Механизм",
    "Бюджет",
    "Итоговый балл",
  ];
  return reportOn(header, rows, lang);
}

describe("summaries per oblast and district", () => {
  it("groups every spelling of an oblast together and counts unscored rows beside scored ones", () => {
    const r = report([
      ["Иссык-Кульская обл.", "Тонский", "A", 2019, 3, 3, 0, null],
      ["Ысык-Көл облусу", "Тонский", "B", 2019, 1, 0, 0, null],
      ["Issyk-Kul", "Тюпский", "C", 2019, null, 0, 0, null],
      ["Нарынская область", "Ат-Башинский", "D", 2019, 2, 1, 0, null],
    ]);
    expect(
      r.byOblast.map((g) => [
        g.key,
        g.label,
        g.summary.assessed,
        g.summary.scored,
        g.summary.incomplete,
      ])
    ).toEqual([
      ["KG-Y", "Issyk-Kul", 3, 2, 1],
      ["KG-N", "Naryn", 1, 1, 0],
    ]);
    expect(r.byOblast[0].summary.categories.positive).toEqual({ count: 1, share: 0.5 });
    expect(r.byDistrict.map((g) => [g.parent, g.label, g.summary.assessed])).toEqual([
      ["Issyk-Kul", "Ton District", 2],
      ["Issyk-Kul", "Tüp District", 1],
      ["Naryn", "At-Bashy District", 1],
    ]);
  });
});

describe("per-indicator statistics", () => {
  it("gives mean, share above 0 and the 0–3 distribution over scored rows", () => {
    const r = report([
      ["Ош", "Кара-Суу", "A", 2019, 3, 0, 1, null],
      ["Ош", "Кара-Суу", "B", 2019, 1, 0, 0, null],
      ["Ош", "Кара-Суу", "C", 2019, "x", 3, 3, null],
    ]);
    const documents = r.indicators.find((i) => i.indicator === "documents")!;
    expect(documents).toEqual({
      indicator: "documents",
      scored: 2,
      mean: 2,
      aboveZero: { count: 2, share: 1 },
      distribution: { "0": 0, "1": 1, "2": 0, "3": 1 },
    });
    expect(r.indicators.find((i) => i.indicator === "mechanism")!.aboveZero).toEqual({
      count: 0,
      share: 0,
    });
  });
});

describe("monitoring over rounds", () => {
  const r = report([
    ["Ош", "Кара-Суу", "Папан а/о", 2019, 1, 0, 0, null],
    ["Ош", "Кара-Суу", "Папан АО", 2023, 2, 2, 1, null],
    ["Ош", "Кара-Суу", "Савай", "2023", 1, 1, 0, null],
    ["Ош", "Кара-Суу", "Савай", "2019", 3, 1, 0, null],
    ["Ош", "Кара-Суу", "Кашгар-Кыштак", 2019, 1, 1, 1, null],
    ["Ош", "Кара-Суу", "Кашгар-Кыштак", 2023, 2, 1, 0, null],
    ["Ош", "Ноокат", "Только один", 2023, 0, 0, 0, null],
  ]);

  it("tables categories per round in round order", () => {
    expect(
      r.byRound.map((x) => [x.round, x.summary.assessed, x.summary.categories.blind.count])
    ).toEqual([
      ["2019", 3, 1],
      ["2023", 4, 2],
    ]);
  });

  it("follows each LSG from its first round to its latest: category and total", () => {
    expect(
      r.changes.map((c) => [
        c.lsg,
        c.first.round,
        c.latest.round,
        c.first.total,
        c.latest.total,
        c.category,
        c.total,
      ])
    ).toEqual([
      ["Папан АО", "2019", "2023", 1, 5, "improved", "improved"],
      ["Савай", "2019", "2023", 4, 2, "declined", "declined"],
      ["Кашгар-Кыштак", "2019", "2023", 3, 3, "unchanged", "unchanged"],
    ]);
    const json = toJsonReport(r);
    expect(json.summary.changes).toMatchObject({ improved: 1, unchanged: 1, declined: 1 });
  });
});

describe("validation report", () => {
  const r = report(
    [
      ["Ош", "Кара-Суу", "Папан а/о", 2019, "x", 0, 5, null],
      ["Ош", "Кара-Суу", "Папан АО", 2019, "y", 1, 1, 2],
      ["Ош", "Кара-Суу", "Савай", 2019, 1, null, 1, 9],
      ["Ош", "Кара-Суу", "Жоош", 2019, 1, 1, 1, 3],
      ["Ош", "Кара-Суу", "Кенжекул", 2019, 1, 1, 1, "три"],
    ],
    "ru"
  );

  it("groups problems by kind and by column, most frequent first", () => {
    expect(
      r.validation.problemsByKind.map(({ kind, count, cells }) => ({ kind, count, cells }))
    ).toEqual([
      { kind: "not-a-number", count: 2, cells: ["E2", "E3"] },
      { kind: "out-of-range", count: 1, cells: ["G2"] },
      { kind: "missing", count: 1, cells: ["F4"] },
    ]);
    expect(r.validation.problemsByColumn).toEqual([
      { indicator: "documents", column: "E", count: 2 },
      { indicator: "budget", column: "G", count: 1 },
      { indicator: "mechanism", column: "F", count: 1 },
    ]);
  });

  it("reports the same LSG twice in one round, whatever the spelling of а/о", () => {
    expect(r.validation.duplicates).toEqual([
      {
        lsg: "Папан а/о",
        district: "Кара-Суу",
        round: "2019",
        rows: [2, 3],
        message: "«Папан а/о» встречается 2 раза в раунде 2019: строки 2, 3.",
      },
    ]);
  });

  it("reports a total typed in the sheet that the scores do not add up to", () => {
    expect(r.validation.totalMismatches.map((m) => [m.cell, m.userTotal, m.computed])).toEqual([
      ["H6", "три", 3],
    ]);
    expect(r.validation.totalMismatches[0].message).toBe(
      "H6: в таблице итог три, а сумма баллов 3."
    );
  });
});

describe("the finding sentence", () => {
  // 39 scored: 23 addressing with 1–2 indicators, 2 addressing with all 3, 3 positive, 11 blind; 1 unscored.
  const rows = [
    ...Array.from({ length: 23 }, () => assess([2, 1, 0])),
    ...Array.from({ length: 2 }, () => assess([1, 1, 1])),
    ...Array.from({ length: 3 }, () => assess([3, 2, 2])),
    ...Array.from({ length: 11 }, () => assess([1, 0, 0])),
    assess([null, null, null]),
  ];
  const summary = summarize(rows);

  it.each([
    [
      "en",
      "Of 39 LSGs scored, 25 (64%) pursue gender-addressing policy (23 of them, 59% of the LSGs scored, covering only one or two of the three indicators), 3 (8%) gender-positive policy and 11 (28%) gender-blind policy. 1 could not be scored.",
    ],
    [
      "ru",
      "Оценено ОМСУ: 39. Из них 25 (64\u00a0%) проводят политику, направленную на решение гендерных вопросов (в том числе 23, или 59\u00a0% оценённых, охватывают лишь один или два из трёх индикаторов); 3 (8\u00a0%) — гендерно-позитивную политику; 11 (28\u00a0%) — гендерно-слепую. Не удалось оценить ОМСУ: 1.",
    ],
    [
      "ky",
      "Бааланган ЖӨБ: 39. Алардын ичинен 25 (64%) гендердик маселелерди чечүүгө багытталган саясат жүргүзөт (анын ичинде 23, же бааланган ЖӨБдүн 59%, үч индикатордун бирин же экөөнү гана камтыйт); 3 (8%) — гендердик оң (позитивдүү) саясат; 11 (28%) — гендердик «сокур» саясат. Баалоого мүмкүн болбогон ЖӨБ: 1.",
    ],
  ] as const)("%s", (lang, sentence) => {
    expect(findingSentence(summary, METHOD_2015, lang)).toBe(sentence);
  });

  it("agrees in number in Russian and English", () => {
    const one = summarize([assess([2, 1, 0]), assess([0, 0, 0])]);
    expect(findingSentence(one, METHOD_2015, "ru")).toContain(
      "Из них 1 (50\u00a0%) проводит политику"
    );
    expect(findingSentence(one, METHOD_2015, "ru")).toContain(
      "в том числе 1, или 50\u00a0% оценённых, охватывает"
    );
    expect(findingSentence(one, METHOD_2015, "en")).toContain("Of 2 LSGs scored, 1 (50%) pursues");
  });

  it("says so when nothing could be scored", () => {
    expect(findingSentence(summarize([assess([null, 1, 1])]), METHOD_2015, "en")).toBe(
      "No LSG could be scored (1 incomplete)."
    );
  });
});
