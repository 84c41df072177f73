import path from "path";
import ExcelJS from "exceljs";
import { runCli, runCliJson, tempDir } from "./run";
import type { JsonReport } from "../../src/report";
import { FIRST_DISAGREEMENT, TWO_RATERS } from "../support/twoRaters";

interface RatersJson {
  raters: string[];
  pairs: number;
  indicators: Record<
    string,
    { pairs: number; exact: number; withinOne: number; kappa: number; reading: string }
  >;
  category: { kappa: number };
  disagreements: {
    lsg: string;
    indicator: string;
    first: { cell: string; score: number };
    second: { cell: string; score: number };
  }[];
  reconciled: number;
  unresolved: number;
}

const json = (...args: string[]) => runCliJson<JsonReport & { raters: RatersJson | null }>(...args);

describe("two raters, end to end: agreement, disagreements, reconciliation", () => {
  const dir = tempDir();

  it("measures agreement per indicator and for the category from the rater column", async () => {
    const report = await json(TWO_RATERS);
    const raters = report.raters!;
    expect(raters.raters).toEqual(["Айгүл", "Бакыт"]);
    expect(raters.pairs).toBe(12);
    expect(raters.indicators.documents).toMatchObject({
      pairs: 12,
      exact: 0.8333,
      withinOne: 1,
      reading: "almost perfect",
    });
    expect(raters.indicators.mechanism.exact).toBe(0.9167);
    expect(
      raters.disagreements.map((d) => [d.lsg, d.indicator, d.first.score, d.second.score])
    ).toEqual([
      ["Кереге-Ташский АО", "documents", 3, 2],
      ["Тамга айыл аймагы", "mechanism", 0, 1],
      ["Бостери айыл аймагы", "budget", 0, 1],
      ["Мэрия г. Каракол", "documents", 3, 2],
    ]);
    expect(raters.unresolved).toBe(4);
    // One row per LSG; the four with a disputed indicator wait for reconciliation.
    expect(report.rows).toHaveLength(12);
    expect(report.summary).toMatchObject({ scored: 8, incomplete: 4 });
    const kereге = report.rows.find((r) => r.lsg === "Кереге-Ташский АО")!;
    expect(kereге.problems).toEqual([
      expect.objectContaining({ indicator: "documents", kind: "disputed", value: "3 / 2" }),
    ]);
    expect(kereге.problems[0].message).toBe(
      "Documents: the raters gave different valid scores (3 / 2); agree one score."
    );
  });

  it("writes a Reconcile sheet, and a later run scores the LSGs with the agreed scores", async () => {
    const review = path.join(dir, "review.xlsx");
    expect((await runCli(TWO_RATERS, "--out", review)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(review);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Data",
      "Results",
      "Summary",
      "Reconcile",
    ]);
    const reconcile = workbook.getWorksheet("Reconcile")!;
    expect(reconcile.getRow(1).getCell(12).value).toBe("Agreed score");
    expect(reconcile.getRow(2).values).toEqual([undefined, ...FIRST_DISAGREEMENT]);
    // The raters meet and agree: 2, 1, 0 and 3.
    [2, 1, 0, 3].forEach((score, i) => (reconcile.getRow(2 + i).getCell(12).value = score));
    await workbook.xlsx.writeFile(review);

    const after = await json(review);
    expect(after.raters).toMatchObject({ reconciled: 4, unresolved: 0 });
    expect(after.summary).toMatchObject({ scored: 12, incomplete: 0 });
    expect(after.rows.find((r) => r.lsg === "Кереге-Ташский АО")).toMatchObject({
      scores: { documents: 2 },
      total: 3,
    });
    expect(after.rows.find((r) => r.lsg === "Мэрия г. Каракол")).toMatchObject({
      total: 7,
      category: "positive",
    });

    // Writing the reviewed workbook out again replaces our sheets instead of adding more.
    const again = path.join(dir, "again.xlsx");
    expect((await runCli(review, "--out", again)).code).toBe(0);
    const second = new ExcelJS.Workbook();
    await second.xlsx.readFile(again);
    expect(second.worksheets.map((w) => w.name)).toEqual([
      "Data",
      "Results",
      "Summary",
      "Reconcile",
    ]);
    expect(second.getWorksheet("Reconcile")!.getRow(2).getCell(12).value).toBe(2);
  });

  it("pairs two raters kept on two sheets of one workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const [name, scores] of [
      [
        "Айгүл",
        [
          [2, 1, 0],
          [3, 0, 0],
          [1, 1, 1],
        ],
      ],
      [
        "Бакыт",
        [
          [2, 1, 0],
          [3, 1, 0],
          [1, 1, 1],
        ],
      ],
    ] as const) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow(["ОМСУ", "Документы", "Механизм", "Бюджет"]);
      ["Түп", "Санташ", "Ак-Дөбө"].forEach((lsg, i) => sheet.addRow([lsg, ...scores[i]]));
    }
    const file = path.join(dir, "two-sheets.xlsx");
    await workbook.xlsx.writeFile(file);
    const report = await json(file, "--second-sheet", "Бакыт");
    expect(report.raters).toMatchObject({ raters: ["Айгүл", "Бакыт"], pairs: 3, unresolved: 1 });
    expect(report.raters!.disagreements).toEqual([
      expect.objectContaining({ lsg: "Санташ", indicator: "mechanism" }),
    ]);
    expect((await runCli(TWO_RATERS, "--second-sheet", "X")).stderr).toContain(
      "--second-sheet applies to .xlsx"
    );
  });

  it("reports no raters section for a single rater's sheet", async () => {
    expect(
      (await json(path.resolve(__dirname, "../../assets/sample-lsg-assessments.csv"))).raters
    ).toBeNull();
  });
});

describe("two raters in paired columns", () => {
  it("pairs 'Документы (оценщик 1)' with 'Документы (оценщик 2)' and reports their agreement", async () => {
    const dir = tempDir();
    const file = path.join(dir, "paired.csv");
    const fs = await import("fs");
    fs.writeFileSync(
      file,
      [
        "ОМСУ,Документы (оценщик 1),Механизм (оценщик 1),Бюджет (оценщик 1),Документы (оценщик 2),Механизм (оценщик 2),Бюджет (оценщик 2)",
        "Түп,2,1,0,3,1,0",
        "Санташ,1,0,0,1,0,0",
        "Ак-Дөбө,3,1,1,3,1,1",
      ].join("\n")
    );
    const report = await json(file);
    expect(report.raters).toMatchObject({
      raters: ["оценщик 1", "оценщик 2"],
      pairs: 3,
      unresolved: 1,
    });
    expect(report.raters!.disagreements[0]).toMatchObject({
      lsg: "Түп",
      indicator: "documents",
      first: { cell: "B2", score: 2 },
      second: { cell: "E2", score: 3 },
    });
    expect(report.rows.map((r) => r.total)).toEqual([null, 1, 5]);
  });
});
