import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "./run";
import type { JsonReport } from "../../src/report";

// The ministry's example sheet: four LSGs, two of them in 2019 and all four in 2023.
const EXAMPLE = path.resolve(__dirname, "../../assets/example-ministry-sheet.xlsx");

describe("the CLI never pools rounds (the ministry's example sheet)", () => {
  it("text: the headline is round 2023, 2019 beside it, no finding over both rounds", async () => {
    const { code, stdout } = await runCli(EXAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Summary: 7 rows read (2019: 2, 2023: 5). Rounds are never pooled: the tables are for Round 2023; the other rounds are shown beside it.\n" +
        "Round 2023: of 3 LSGs scored, 2 (67%) pursue gender-addressing policy (none of them covering only one or two of the three indicators), 1 (33%) gender-positive policy and 0 (0%) gender-blind policy. 2 could not be scored.\n" +
        "Round 2019: of 2 LSGs scored, 1 (50%) pursues gender-addressing policy (1 of them, 50% of the LSGs scored, covering only one or two of the three indicators), 0 (0%) gender-positive policy and 1 (50%) gender-blind policy.\n"
    );
    expect(stdout).not.toContain("Of 5 LSGs scored");
    expect(stdout).toContain("Categories by oblast — Round 2023");
    expect(stdout).toMatch(/Mean scores by round\n.*\n\s+2019\s+1\.50\s+0\.50\s+0\.00\s+2\n/);
  });

  it("JSON: summary is round 2023 and says so; byRound holds 2019 and 2023; allRows every row", async () => {
    const { stdout } = await runCli(EXAMPLE, "--json", "--lang", "ru");
    const { summary } = JSON.parse(stdout) as JsonReport;
    expect(summary).toMatchObject({ round: "2023", assessed: 5, scored: 3, incomplete: 2 });
    expect(summary.allRows).toEqual({ assessed: 7, scored: 5, incomplete: 2 });
    expect(summary.finding.startsWith("Раунд 2023. Оценено ОМСУ: 3.")).toBe(true);
    expect(summary.byRound.map((r) => [r.round, r.assessed, r.scored])).toEqual([
      ["2019", 2, 2],
      ["2023", 5, 3],
    ]);
    expect(summary.byOblast.map((g) => [g.key, g.assessed])).toEqual([["KG-Y", 5]]);
  });

  it("the results workbook's Summary sheet: headline round first, the earlier round after it (ky)", async () => {
    // The example sheet's rows as a CSV (the results workbook is the same for either input).
    const dir = tempDir();
    const csv = path.join(dir, "rounds.csv");
    fs.writeFileSync(
      csv,
      [
        "Облусу,Району,Айыл аймагы,Жылы,Документтер,Механизм,Бюджет",
        "Ысык-Көл облусу,Түп району,Түп айыл аймагы,2019,1,0,0",
        "Ысык-Көл облусу,Түп району,Түп айыл аймагы,2023,3,2,1",
        "Ысык-Көл облусу,Түп району,Санташ а/а,2019,2,1,0",
        "Ысык-Көл облусу,Түп району,Санташ а/а,2023,2,бар,0",
        "Ысык-Көл облусу,Тоң району,Бөкөнбаев а/а,2023,2,1,1",
        "Ысык-Көл облусу,Тоң району,Бөкөнбаев а/а,2023,2,1,1",
        "Ысык-Көл облусу,Тоң району,Ак-Сай а/а,2023,3,,0",
      ].join("\n") + "\n"
    );
    const out = path.join(dir, "results.xlsx");
    expect((await runCli(csv, "--out", out, "--lang", "ky")).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const firsts: string[] = [];
    workbook.getWorksheet("Жыйынтык")!.eachRow((row) => firsts.push(String(row.getCell(1).value)));
    const at = firsts.findIndex((t) => t.startsWith("Раунд 2023. Бааланган ЖӨБ: 3."));
    expect(firsts[at - 1]).toBe(
      "Окулган саптар: 7 (2019: 2, 2023: 5). Раунддар бириктирилбейт: таблицалар «Раунд 2023» боюнча, калган раунддар жанында."
    );
    expect(firsts[at + 1].startsWith("Раунд 2019. Бааланган ЖӨБ: 2.")).toBe(true);
    expect(firsts).toContain("Облустар боюнча категориялар — Раунд 2023");
  });
});
