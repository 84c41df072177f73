import {
  scorecards,
  summaryLayout,
  summaryLines,
  summaryTables,
  toJsonReport,
} from "../../src/report";
import type { CellValue } from "../../src/sheets";
import { reportOn } from "../support/reports";

const HEADER = ["Область", "Район", "ОМСУ", "Год", "Документы", "Механизм", "Бюджет"];

function report(rows: CellValue[][], lang: "en" | "ru" | "ky" = "en") {
  return reportOn(HEADER, rows, lang);
}

// Three LSGs assessed in 2019 and again in 2023 (rows in no particular order), one only in 2023.
const TWO_ROUNDS: CellValue[][] = [
  ["Ысык-Көл облусу", "Түп району", "Түп", 2023, 3, 2, 1], // positive
  ["Ысык-Көл облусу", "Түп району", "Түп", 2019, 1, 0, 0], // blind
  ["Ысык-Көл облусу", "Түп району", "Санташ", 2019, 2, 1, 0], // addressing, 2 indicators
  ["Ысык-Көл облусу", "Түп району", "Санташ", 2023, 2, 1, 1], // addressing, 3 indicators
  ["Нарынская область", "Ат-Башинский", "Ак-Муз", 2019, 0, 0, 1], // blind
  ["Нарынская область", "Ат-Башинский", "Ак-Муз", 2023, 1, 1, 1], // addressing, 3 indicators
  ["Нарынская область", "Ат-Башинский", "Казыбек", 2023, 2, null, 0], // incomplete
];

describe("headline numbers are never pooled across rounds", () => {
  const r = report(TWO_ROUNDS);

  it("reports the latest round as the headline: an LSG scored in 2019 and 2023 counts once in it", () => {
    expect(r.headline.round).toBe("2023");
    expect(r.headline.summary).toMatchObject({ assessed: 4, scored: 3, incomplete: 1 });
    expect(r.headline.summary.categories).toEqual({
      positive: { count: 1, share: 1 / 3 },
      addressing: { count: 2, share: 2 / 3 },
      blind: { count: 0, share: 0 },
    });
    expect(r.headline.summary.coverage).toEqual({ "0": 0, "1": 0, "2": 0, "3": 3 });
    expect(r.finding).toBe(
      "Round 2023: of 3 LSGs scored, 2 (67%) pursue gender-addressing policy (none of them covering only one or two of the three indicators), 1 (33%) gender-positive policy and 0 (0%) gender-blind policy. 1 could not be scored."
    );
    // The whole table is still counted: every row read, over both rounds.
    expect(r.table.summary).toMatchObject({ assessed: 7, scored: 6, incomplete: 1 });
  });

  it("computes indicator means, oblast and district tables for the headline round only", () => {
    const documents = r.indicators.find((i) => i.indicator === "documents")!;
    expect(documents).toMatchObject({ scored: 3, mean: 2 });
    expect(r.byOblast.map((g) => [g.key, g.summary.assessed, g.summary.scored])).toEqual([
      ["KG-Y", 2, 2],
      ["KG-N", 2, 1],
    ]);
    // Districts typed in Kyrgyz and Russian, named in the report's language (English here).
    expect(r.byDistrict.map((g) => [g.label, g.summary.assessed])).toEqual([
      ["Tüp District", 2],
      ["At-Bashy District", 2],
    ]);
  });

  it("keeps every round beside the headline, each with its own finding, in round order", () => {
    expect(r.byRound.map((x) => [x.round, x.summary.assessed, x.summary.scored])).toEqual([
      ["2019", 3, 3],
      ["2023", 4, 3],
    ]);
    expect(r.byRound[0].finding).toBe(
      "Round 2019: of 3 LSGs scored, 1 (33%) pursues gender-addressing policy (1 of them, 33% of the LSGs scored, covering only one or two of the three indicators), 0 (0%) gender-positive policy and 2 (67%) gender-blind policy."
    );
    expect(r.byRound[1]).toBe(r.headline);
  });

  it("sorts years and numbers numerically and labels naturally; the latest is the headline", () => {
    const numbers = report([
      ["Ош", "Кара-Суу", "A", 10, 1, 1, 1],
      ["Ош", "Кара-Суу", "A", 9, 1, 0, 0],
      ["Ош", "Кара-Суу", "A", 2, 0, 0, 0],
    ]);
    expect(numbers.byRound.map((x) => x.round)).toEqual(["2", "9", "10"]);
    expect(numbers.headline.round).toBe("10");
    const labels = report([
      ["Ош", "Кара-Суу", "A", "Раунд 10", 1, 1, 1],
      ["Ош", "Кара-Суу", "A", "Раунд 2", 1, 0, 0],
    ]);
    expect(labels.byRound.map((x) => x.round)).toEqual(["Раунд 2", "Раунд 10"]);
    expect(labels.finding.startsWith("Раунд 10: of 1 LSG scored")).toBe(true);
  });

  it("puts rows with no round in a group of their own, reported and never merged into a round", () => {
    const mixed = report([
      ...TWO_ROUNDS,
      ["Ош", "Кара-Суу", "Папан", null, 3, 3, 3],
      ["Ош", "Кара-Суу", "Савай", null, 0, 0, 0],
    ]);
    expect(mixed.headline.round).toBe("2023");
    expect(mixed.headline.summary.assessed).toBe(4);
    expect(mixed.byRound.map((x) => [x.round, x.summary.assessed])).toEqual([
      ["2019", 3],
      ["2023", 4],
      [null, 2],
    ]);
    expect(mixed.byRound[2].finding.startsWith("Rows with no round: of 2 LSGs scored")).toBe(true);
    const roundTable = summaryTables(mixed, "en").find((t) => t.id === "byRound")!;
    expect(roundTable.rows.map((row) => [row[0], row[row.length - 3]])).toEqual([
      ["2019", 3],
      ["2023", 4],
      ["(no round)", 2],
    ]);
    expect(summaryLines(mixed, "en")[0]).toBe(
      "9 rows read (2019: 3, 2023: 4, (no round): 2). Rounds are never pooled: the tables are for Round 2023; the other rounds are shown beside it."
    );
    const json = toJsonReport(mixed);
    expect(json.summary.byRound.map((x) => x.round)).toEqual(["2019", "2023", null]);
    expect(json.summary.rounds.map((x) => x.round)).toEqual(["2019", "2023"]);
    expect(json.summary.allRows).toEqual({ assessed: 9, scored: 8, incomplete: 1 });
  });

  it("leaves a table without rounds, or with a single one, as one group with no round named", () => {
    const none = report(TWO_ROUNDS.map((row) => [...row.slice(0, 3), null, ...row.slice(4)]));
    expect(none.byRound).toEqual([]);
    expect(none.headline.round).toBeNull();
    expect(none.headline.summary.assessed).toBe(7);
    expect(none.finding).toMatch(/^Of 6 LSGs scored/);
    expect(summaryLines(none, "en")[0]).toBe("7 LSGs read, 6 scored, 1 incomplete.");
    const one = report(TWO_ROUNDS.filter((row) => row[3] === 2023));
    expect(one.byRound.map((x) => x.round)).toEqual(["2023"]);
    expect(one.finding).toMatch(/^Of 3 LSGs scored/);
  });
});

describe("every output follows the rule", () => {
  it("JSON: summary is the latest round (saying which), byRound every round, allRows every row", () => {
    const json = toJsonReport(report(TWO_ROUNDS, "ru"));
    expect(json.summary).toMatchObject({
      round: "2023",
      assessed: 4,
      scored: 3,
      incomplete: 1,
      allRows: { assessed: 7, scored: 6, incomplete: 1 },
    });
    expect(json.summary.finding.startsWith("Раунд 2023. Оценено ОМСУ: 3.")).toBe(true);
    expect(json.summary.indicators.documents.mean).toBe(2);
    expect(json.summary.byOblast.map((g) => [g.key, g.assessed])).toEqual([
      ["KG-Y", 2],
      ["KG-N", 2],
    ]);
    expect(json.summary.byRound.map((x) => [x.round, x.scored, x.partialAddressing.count])).toEqual(
      [
        ["2019", 3, 1],
        ["2023", 3, 0],
      ]
    );
    expect(json.summary.byRound[0].finding.startsWith("Раунд 2019. Оценено ОМСУ: 3.")).toBe(true);
    expect(json.summary.byRound[0].byDistrict.map((g) => g.name)).toEqual([
      "Тюпский район",
      "Ат-Башинский район",
    ]);
  });

  it("the Summary sheet: what it is over, the headline finding, the earlier rounds, tables titled by round", () => {
    const r = report(TWO_ROUNDS, "ky");
    const layout = summaryLayout(r, "ky");
    const first = (row: number) => layout.cells[row][0];
    expect(first(layout.findingRow - 1)).toBe(
      "Окулган саптар: 7 (2019: 3, 2023: 4). Раунддар бириктирилбейт: таблицалар «Раунд 2023» боюнча, калган раунддар жанында."
    );
    expect(first(layout.findingRow)).toBe(r.headline.finding);
    expect(String(first(layout.findingRow)).startsWith("Раунд 2023. Бааланган ЖӨБ: 3.")).toBe(true);
    expect(first(layout.findingRow + 1)).toBe(r.byRound[0].finding);
    const titles = layout.titleRows.map(first);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Категориясы — Раунд 2023",
        "Облустар боюнча категориялар — Раунд 2023",
        "Раунддар боюнча категориялар",
        "Раунддар боюнча орточо упайлар",
      ])
    );
    // The oblast table holds the 2023 rows only: 2 in Issyk-Kul, 2 in Naryn.
    const oblast = layout.cells.findIndex((row) => row[0] === "Ысык-Көл облусу");
    expect(layout.cells[oblast].slice(7, 10)).toEqual([2, 2, 0]);
    expect(layout.charts.map((c) => c.id)).toContain("byRound");
  });

  it("the text report's summary lines: what it is over, then each round's finding, latest first", () => {
    const lines = summaryLines(report(TWO_ROUNDS, "ru"), "ru");
    expect(lines[0]).toBe(
      "Прочитано строк: 7 (2019: 3, 2023: 4). Раунды не объединяются: таблицы — за «Раунд 2023», остальные раунды — рядом."
    );
    expect(lines.slice(1).map((l) => l.slice(0, 11))).toEqual(["Раунд 2023.", "Раунд 2019."]);
  });

  it("scorecards carry the finding of the card's own round", () => {
    const r = report(TWO_ROUNDS);
    const cards = scorecards(r, "en");
    for (const card of cards) {
      expect(card.lines).toContainEqual(["Finding", r.headline.finding]);
    }
    const withEarlier = report([...TWO_ROUNDS, ["Ош", "Кара-Суу", "Папан", 2019, 3, 3, 3]]);
    const papan = scorecards(withEarlier, "en").find((c) => c.title.endsWith("Папан"))!;
    expect(papan.lines).toContainEqual(["Finding", withEarlier.byRound[0].finding]);
  });
});
