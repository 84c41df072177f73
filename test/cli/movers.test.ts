import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "./run";
import type { JsonReport } from "../../src/report";
import { rowsUnder } from "../support/summaryTables";

// The ministry's example sheet: Түп scored in 2019 (1, blind) and 2023 (6, positive); Санташ
// scored in 2019 (3) but not in 2023 (mechanism "бар"); Бөкөнбаев (twice) and Ак-Сай in 2023 only.
const EXAMPLE = path.resolve(__dirname, "../../assets/example-ministry-sheet.xlsx");

describe("who moved, from the command line (the ministry's example sheet)", () => {
  it("text: the transition table, the LSGs counted apart, each indicator's moves, per LSG", async () => {
    const { code, stdout } = await runCli(EXAMPLE);
    expect(code).toBe(0);
    const table = stdout.slice(stdout.indexOf("Category movers: 2019 → 2023"));
    expect(table).toMatch(/\n\s+2019 \\ 2023\s+positive\s+addressing\s+blind\s+LSGs\n/);
    expect(table).toMatch(/\n\s+positive\s+0\s+0\s+0\s+0\n\s+addressing\s+0\s+0\s+0\s+0\n/);
    expect(table).toMatch(/\n\s+blind\s+1\s+0\s+0\s+1\n/);
    expect(table).toMatch(/\n\s+Only in round 2023\s+–\s+–\s+–\s+2\n/);
    expect(table).toMatch(/\n\s+In both rounds, not scored in both\s+–\s+–\s+–\s+1\n/);
    expect(table).not.toContain("Only in round 2019");
    expect(table).toMatch(/\n\s+Mechanism\s+1\s+0\s+0\s+1\n/);
    expect(table).toMatch(/\n\s+Түп айыл аймагы\s+Түп району\s+↑\s+↑\s+↑\s+5\s+blind → positive\n/);
    expect(table).toMatch(/\n\s+Санташ а\/а\s+Түп району\s+=\s+–\s+=\s+–\s+addressing → –\n/);
  });

  it("JSON: summary.movers with the transitions, each indicator's tally and the LSGs apart", async () => {
    const { stdout } = await runCli(EXAMPLE, "--json");
    const { movers } = (JSON.parse(stdout) as JsonReport).summary;
    expect(movers).toMatchObject({
      from: "2019",
      to: "2023",
      compared: 2,
      scoredInBoth: 1,
      categories: { up: 1, down: 0, same: 0 },
      indicators: {
        documents: { up: 1, down: 0, same: 1 },
        mechanism: { up: 1, down: 0, same: 0 },
        budget: { up: 1, down: 0, same: 1 },
      },
      onlyFrom: [],
      notScoredInBoth: [{ lsg: "Санташ а/а", rows: [7, 8] }],
      duplicated: [],
    });
    expect(movers!.transitions.blind).toEqual({ positive: 1, addressing: 0, blind: 0 });
    expect(movers!.onlyTo.map((l) => [l.lsg, l.rows])).toEqual([
      ["Бөкөнбаев а/а", [9, 10]],
      ["Ак-Сай а/а", [11]],
    ]);
    expect(movers!.lsgs[0]).toMatchObject({
      lsg: "Түп айыл аймагы",
      from: { row: 5, total: 1, category: "blind", scores: { documents: 1 } },
      to: { row: 6, total: 6, category: "positive", scores: { documents: 3 } },
      category: "up",
      totalChange: 5,
      indicators: { documents: "up", mechanism: "up", budget: "up" },
    });
  });
});

// Three rounds (2017 is not compared: movers are 2021 → 2023); names that differ only in case are
// the same LSG; Баетов is twice in 2021 (sheet rows 9 and 10), so it is counted apart.
const CSV = [
  "Область,Район,ОМСУ,Год,Документы,Механизм,Бюджет",
  "Нарынская,Ат-Башы,Ак-Муз,2017,3,3,3",
  "Нарынская,Ат-Башы,Ак-Муз,2021,2,1,0",
  "Нарынская,Ат-Башы,АК-МУЗ,2023,1,1,0",
  "Нарынская,Ат-Башы,Казыбек,2021,0,0,1",
  "Нарынская,Ат-Башы,Казыбек,2023,1,1,1",
  "Нарынская,Ат-Башы,Кара-Суу,2021,1,1,1",
  "Нарынская,Ат-Башы,Кара-Суу,2023,3,3,3",
  "Нарынская,Ат-Башы,Баетов,2021,1,0,0",
  "Нарынская,Ат-Башы,Баетов,2021,1,1,0",
  "Нарынская,Ат-Башы,Баетов,2023,2,2,2",
  "Нарынская,Ат-Башы,Ача-Кайынды,2021,0,0,0",
].join("\n");
// Ак-Муз 3 → 2 (addressing → blind, down); Казыбек 1 → 3 (blind → addressing, up);
// Кара-Суу 3 → 9 (addressing → positive, up); Баетов twice in 2021; Ача-Кайынды 2021 only.

describe("who moved, from a CSV with three rounds", () => {
  const dir = tempDir();
  const csv = path.join(dir, "three-rounds.csv");
  fs.writeFileSync(csv, CSV + "\n");

  it("JSON: compares the two latest rounds only, LSGs matched whatever the case of their names", async () => {
    const { stdout } = await runCli(csv, "--json");
    const { movers } = (JSON.parse(stdout) as JsonReport).summary;
    expect([movers!.from, movers!.to]).toEqual(["2021", "2023"]);
    expect(movers!.transitions).toEqual({
      positive: { positive: 0, addressing: 0, blind: 0 },
      addressing: { positive: 1, addressing: 0, blind: 1 },
      blind: { positive: 0, addressing: 1, blind: 0 },
    });
    expect(movers!.categories).toEqual({ up: 2, down: 1, same: 0 });
    expect(movers!.duplicated).toEqual([{ lsg: "Баетов", district: "Ат-Башы", rows: [9, 10, 11] }]);
    expect(movers!.onlyFrom.map((l) => l.lsg)).toEqual(["Ача-Кайынды"]);
    expect(movers!.lsgs.map((l) => [l.lsg, l.from.row, l.to.row])).toEqual([
      ["АК-МУЗ", 3, 4],
      ["Казыбек", 5, 6],
      ["Кара-Суу", 7, 8],
    ]);
  });

  it("the results workbook's Summary sheet holds the transition table (ru)", async () => {
    const out = path.join(dir, "results.xlsx");
    expect((await runCli(csv, "--out", out, "--lang", "ru")).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Сводка")!.eachRow({ includeEmpty: true }, (row) => {
      rows.push(Array.from({ length: 5 }, (_, i) => row.getCell(i + 1).value));
    });
    expect(rowsUnder(rows, "Переходы между категориями: 2021 → 2023", 6)).toEqual([
      ["2021 \\ 2023", "позитивная", "решение вопросов", "слепая", "ОМСУ"],
      ["позитивная", 0, 0, 0, 0],
      ["решение вопросов", 1, 0, 1, 2],
      ["слепая", 0, 1, 0, 1],
      ["Только в раунде «2021»", null, null, null, 1],
      ["ОМСУ дважды в одном раунде (не сравнивается)", null, null, null, 1],
    ]);
  });

  it("text in Kyrgyz: the per-indicator moves", async () => {
    const { stdout } = await runCli(csv, "--lang", "ky");
    const table = stdout.slice(stdout.indexOf("Индикатор упайлары: жогору, төмөн, ошол эле"));
    expect(table).toMatch(
      /\n\s+Индикатор\s+Жогору\s+Төмөн\s+Ошол эле\s+Эки раундда тең бааланган\n/
    );
    // Documents: Ак-Муз 2 → 1 down, Казыбек 0 → 1 up, Кара-Суу 1 → 3 up.
    expect(table).toMatch(/\n\s+Документтер\s+2\s+1\s+0\s+3\n/);
  });
});
