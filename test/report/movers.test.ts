import fc from "fast-check";
import {
  indicatorMovesTable,
  lsgMovesTable,
  movers,
  transitionTable,
  type Movers,
} from "../../src/report";
import { METHOD_2015 } from "../../src/rubric";
import type { CellValue } from "../../src/sheets";
import { reportOn } from "../support/reports";

const HEADER = ["Область", "Район", "ОМСУ", "Год", "Документы", "Механизм", "Бюджет"];

function analysed(rows: CellValue[][], lang: "en" | "ru" | "ky" = "en") {
  return reportOn(HEADER, rows, lang);
}

const O = "Ысык-Көл облусу";
// Sheet rows are 2 (the header is row 1) onwards, in this order.
const ROWS: CellValue[][] = [
  [O, "Түп", "Түп", 2015, 3, 3, 3], // row 2: an older round, not compared
  [O, "Түп", "Түп", 2019, 1, 0, 0], // row 3: 1 blind
  [O, "Түп", "Санташ", 2019, 2, 1, 0], // row 4: 3 addressing
  [O, "Түп", "Тасма", 2019, 0, 0, 1], // row 5: 1 blind
  [O, "Түп", "Каракол", 2019, 3, 3, 0], // row 6: 6 positive, 2019 only
  [O, "Түп", "Жыргалаң", 2019, 2, null, 0], // row 7: not scored
  [O, "Түп", "Бөкөнбаев", 2019, 1, 1, 1], // row 8
  [O, "Түп", "Ак-Муз", 2019, 1, 1, 1], // row 9: Ак-Муз of Түп district, 2019 only
  [O, "Түп", "Түп", 2023, 3, 2, 1], // row 10: 6 positive (blind → positive)
  [O, "Түп", "САНТАШ", 2023, 2, 1, 1], // row 11: 4 addressing, same LSG (case ignored)
  [O, "Түп", "Тасма", 2023, 0, 0, 0], // row 12: 0 blind
  [O, "Түп", "Жыргалаң", 2023, 3, 1, 0], // row 13: 4 addressing, but not scored in 2019
  [O, "Түп", "Бөкөнбаев", 2023, 1, 1, 1], // row 14: twice in 2023
  [O, "Түп", "Бөкөнбаев", 2023, 2, 2, 2], // row 15
  [O, "Түп", "Ак-Суу", 2023, 1, 1, 1], // row 16: 2023 only
  [O, "Тоң", "Ак-Муз", 2023, 1, 1, 1], // row 17: another district's Ак-Муз: 2023 only
  [O, "Түп", "Түп", null, 0, 0, 0], // row 18: no round, never compared
];

describe("who moved between the two latest rounds (hand-computed)", () => {
  const m = analysed(ROWS).movers!;

  it("compares the two latest named rounds, 2019 → 2023, not 2015 and not the row with no round", () => {
    expect([m.from, m.to]).toEqual(["2019", "2023"]);
    expect(m.lsgs.map((l) => [l.lsg, l.from.row, l.to.row])).toEqual([
      ["Түп", 3, 10],
      ["САНТАШ", 4, 11],
      ["Тасма", 5, 12],
      ["Жыргалаң", 7, 13],
    ]);
  });

  it("per LSG and per indicator: up, down or same; null where not scored in both", () => {
    const byName = Object.fromEntries(m.lsgs.map((l) => [l.lsg, l]));
    expect(byName["Түп"]).toMatchObject({
      category: "up",
      totalChange: 5,
      indicators: { documents: "up", mechanism: "up", budget: "up" },
    });
    expect(byName["САНТАШ"]).toMatchObject({
      category: "same",
      totalChange: 1,
      indicators: { documents: "same", mechanism: "same", budget: "up" },
    });
    expect(byName["Тасма"]).toMatchObject({
      category: "same",
      totalChange: -1,
      indicators: { documents: "same", mechanism: "same", budget: "down" },
    });
    expect(byName["Жыргалаң"]).toMatchObject({
      category: null,
      totalChange: null,
      indicators: { documents: "up", mechanism: null, budget: "same" },
    });
  });

  it("counts category transitions over the LSGs scored in both rounds only", () => {
    expect(m.transitions).toEqual({
      positive: { positive: 0, addressing: 0, blind: 0 },
      addressing: { positive: 0, addressing: 1, blind: 0 },
      blind: { positive: 1, addressing: 0, blind: 1 },
    });
  });

  it("tallies each indicator over the LSGs with it scored in both rounds", () => {
    expect(m.indicators).toEqual([
      { indicator: "documents", up: 2, down: 0, same: 2 },
      { indicator: "mechanism", up: 1, down: 0, same: 2 },
      { indicator: "budget", up: 2, down: 1, same: 1 },
    ]);
  });

  it("counts apart: one round only (matched by LSG and district), not scored in both, twice in a round", () => {
    const names = (list: Movers["onlyFrom"]) => list.map((l) => `${l.lsg}/${l.district}`);
    expect(names(m.onlyFrom)).toEqual(["Каракол/Түп", "Ак-Муз/Түп"]);
    expect(names(m.onlyTo)).toEqual(["Ак-Суу/Түп", "Ак-Муз/Тоң"]);
    expect(m.notScoredInBoth.map((l) => [l.lsg, l.rows])).toEqual([["Жыргалаң", [7, 13]]]);
    expect(m.duplicated.map((l) => [l.lsg, l.rows])).toEqual([["Бөкөнбаев", [8, 14, 15]]]);
  });

  it("lays the transitions out as a table: categories, row totals, then the LSGs counted apart", () => {
    const t = transitionTable(m, METHOD_2015, "en");
    expect(t.title).toBe("Category movers: 2019 → 2023");
    expect(t.header).toEqual(["2019 \\ 2023", "positive", "addressing", "blind", "LSGs"]);
    expect(t.rows).toEqual([
      ["positive", 0, 0, 0, 0],
      ["addressing", 0, 1, 0, 1],
      ["blind", 1, 0, 1, 2],
      ["Only in round 2019", null, null, null, 2],
      ["Only in round 2023", null, null, null, 2],
      ["In both rounds, not scored in both", null, null, null, 1],
      ["Same LSG twice in a round (not compared)", null, null, null, 1],
    ]);
  });

  it("writes the per-indicator and per-LSG tables in Russian and Kyrgyz", () => {
    const ru = indicatorMovesTable(m, METHOD_2015, "ru");
    expect(ru.header).toEqual(["Индикатор", "Выше", "Ниже", "Так же", "Оценено в обоих раундах"]);
    expect(ru.rows[2]).toEqual(["Бюджет", 2, 1, 1, 4]);
    const ky = lsgMovesTable(m, METHOD_2015, "ky");
    expect(ky.rows[0]).toEqual(["Түп", "Түп", "↑", "↑", "↑", 5, "«сокур» → оң"]);
    expect(ky.rows[3]).toEqual(["Жыргалаң", "Түп", "↑", "–", "=", null, "– → маселелерди чечүү"]);
    expect(transitionTable(m, METHOD_2015, "ky").rows[3]).toEqual([
      "Бир гана «2019» раундунда",
      null,
      null,
      null,
      2,
    ]);
  });

  it("is null with fewer than two named rounds (rows with no round are not a round)", () => {
    expect(analysed(ROWS.filter((r) => r[3] !== 2019 && r[3] !== 2015)).movers).toBeNull();
    expect(analysed(ROWS.map((r) => [...r.slice(0, 3), null, ...r.slice(4)])).movers).toBeNull();
  });
});

describe("who moved: properties", () => {
  const score = fc.option(fc.integer({ min: 0, max: 3 }), { freq: 6, nil: null });
  const row = fc.tuple(
    fc.constantFrom("A", "B", "C", "D", "E", "F"),
    fc.constantFrom("2019", "2023", "2021"),
    score,
    score,
    score
  );

  it("the transitions add up to the LSGs scored in both rounds; up+down+same to those with the indicator", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const m = movers(
          analysed(rows.map(([lsg, round, ...s]) => [O, "Түп", lsg, round, ...s])).table
        );
        const rounds = [...new Set(rows.map((r) => r[1]))].sort();
        if (rounds.length < 2) return m === null;
        const [from, to] = rounds.slice(-2);
        // Independently: the LSGs found exactly once in each of the two rounds.
        const once = (round: string, lsg: string) => {
          const found = rows.filter((r) => r[1] === round && r[0] === lsg);
          return found.length === 1 ? found[0] : null;
        };
        const pairs = ["A", "B", "C", "D", "E", "F"]
          .map((lsg) => [once(from, lsg), once(to, lsg)] as const)
          .filter(([a, b]) => a && b);
        const complete = (r: (typeof rows)[number]) => r.slice(2).every((s) => s !== null);
        const scoredInBoth = pairs.filter(([a, b]) => complete(a!) && complete(b!)).length;
        const cells = Object.values(m!.transitions).flatMap((r) => Object.values(r));
        expect(cells.reduce((a, b) => a + b, 0)).toBe(scoredInBoth);
        expect(m!.notScoredInBoth.length).toBe(pairs.length - scoredInBoth);
        m!.indicators.forEach((t, i) => {
          const both = pairs.filter(([a, b]) => a![2 + i] !== null && b![2 + i] !== null).length;
          expect(t.up + t.down + t.same).toBe(both);
        });
        // Every LSG of the two rounds is either compared or counted apart, once.
        const present = new Set(rows.filter((r) => r[1] === from || r[1] === to).map((r) => r[0]));
        expect(m!.lsgs.length + m!.onlyFrom.length + m!.onlyTo.length + m!.duplicated.length).toBe(
          present.size
        );
        return true;
      })
    );
  });
});
