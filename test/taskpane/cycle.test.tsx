/**
 * @jest-environment jsdom
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { parseCsv } from "../../src/files/csv";
import type { SheetModel } from "../../src/fake-excel";
import { hostFor, sampleWorkbook, SAMPLE_CSV } from "../support/fakeWorkbooks";

// The assessment cycle in the pane, on the in-memory Excel (issue 14's "Done when"): prepare the
// next round, two assessors fill their oblast's copy, their files are gathered into one table,
// scored, and the Summary says who moved. The expected movers are worked out here from the
// sample's 2019 scores and the fill rule, with the method's bands written out, not from our code.

beforeEach(() => localStorage.clear());

const ISSYK_KUL = "Иссык-Кульская область";

/** 2019 scores by LSG name, from the sample CSV as the user typed it. */
function scores2019(): Map<string, (number | null)[]> {
  const rows = parseCsv(fs.readFileSync(SAMPLE_CSV, "utf8")).values.slice(1);
  return new Map(
    rows.map((r) => [String(r[2]), [4, 5, 6].map((c) => (r[c] === null ? null : Number(r[c])))])
  );
}

/** The fill rule: Issyk-Kul's documents one point up, Jalal-Abad's mechanism one up (max 3). */
function filled(oblast: string, before: (number | null)[]): number[] {
  const [d, m, b] = before.map((v) => v ?? 1);
  return oblast === ISSYK_KUL ? [Math.min(3, d + 1), m, b] : [d, Math.min(3, m + 1), b];
}

const band = (total: number) => (total >= 6 ? "positive" : total >= 3 ? "addressing" : "blind");

/** An assessor's returned workbook: the prepared sheet's title and table, their oblast's rows filled. */
// (The other oblast's rows come back blank: gathering leaves them out, since the other file
// scores them, instead of reporting 40 duplicates.)
async function assessorFile(
  round: SheetModel,
  tableTop: number,
  oblast: string,
  change: (rows: unknown[][]) => void
): Promise<File> {
  const cells = round.values({ top: 0, left: 0, bottom: tableTop + 40, right: 10 });
  const before = scores2019();
  // Each assessor gets the whole round's sheet and fills their own oblast's rows only.
  const body = cells
    .slice(tableTop + 1)
    .map((r) =>
      r[0] === oblast
        ? [...r.slice(0, 4), ...filled(oblast, before.get(String(r[2]))!), ...r.slice(7)]
        : r
    );
  change(body);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Round 2025");
  for (const row of [...cells.slice(0, tableTop + 1), ...body])
    sheet.addRow(row.map((v) => (v === "" ? null : v)));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return new File([bytes], `round-2025-${oblast === ISSYK_KUL ? "ik" : "ja"}.xlsx`);
}

describe("the assessment cycle in the pane", () => {
  it("prepare → fill → gather → score → who moved", async () => {
    const { excel } = sampleWorkbook();
    const model = excel.model;
    render(<App host={hostFor(excel)} />);
    await screen.findByText(/40 LSG rows/);

    // Prepare.
    const label = screen.getByLabelText("Round label");
    await userEvent.clear(label);
    await userEvent.type(label, "2025");
    await userEvent.click(screen.getByRole("button", { name: "Add the round's sheet" }));
    await screen.findByText("Sheet “Round 2025” added: 40 LSGs to score.");
    const round = model.sheetByName("Round 2025")!;
    const tableTop = model.tables.find((t) => t.sheetId === round.id)!.area.top;

    // Fill: Jalal-Abad's assessor copies a row twice and pastes 2.5 into another's budget.
    const ik = await assessorFile(round, tableTop, ISSYK_KUL, () => undefined);
    let duplicated = "";
    let bad = "";
    const ja = await assessorFile(round, tableTop, "Джалал-Абадская область", (rows) => {
      rows.splice(5, 0, [...rows[4]]);
      duplicated = String(rows[4][2]);
      rows[9][6] = 2.5;
      bad = String(rows[9][2]);
    });

    // Gather: both files, with the 2019 rows of "Data".
    expect(screen.getByLabelText(/Include the rows of “Data”/)).toHaveProperty("checked", true);
    fireEvent.change(screen.getByLabelText("Assessors' files"), { target: { files: [ik, ja] } });
    const status = await screen.findByText(
      /gathered into the sheet “Gathered”/,
      {},
      { timeout: 15000 }
    );
    expect(status.textContent).toBe(
      "81 LSG rows from 2 files and “Data” gathered into the sheet “Gathered”; the pane now reads it."
    );
    const outcome = status.closest("[role=status]") as HTMLElement;
    expect(
      within(outcome).getByText(
        new RegExp(
          `"${duplicated}" appears 2 times in round 2025: round-2025-ja.xlsx row \\d+; round-2025-ja.xlsx row \\d+`
        )
      )
    ).toBeTruthy();
    // Each whole sheet came back with the other oblast's 20 rows blank: left out, counted per file.
    within(outcome).getByText("round-2025-ik.xlsx: 20 LSG rows (sheet “Round 2025 (2)”)");
    within(outcome).getByText(
      "round-2025-ik.xlsx: 20 rows left blank for LSGs another file scores in the same round: left out"
    );
    within(outcome).getByText(
      "round-2025-ja.xlsx: 20 rows left blank for LSGs another file scores in the same round: left out"
    );
    // The assessors' sheets are in the workbook as they came, under names Excel gave them.
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Data",
      "Round 2025",
      "Round 2025 (2)",
      "Round 2025 (3)",
      "Gathered",
    ]);
    await screen.findByText(/“Gathered”: 81 LSG rows/);

    // Score.
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/“Summary” updated/, {}, { timeout: 15000 });

    // Who moved, against the rule worked out here: LSGs scored in both rounds, the duplicated one
    // and the one with 2.5 aside (not compared), Отуз-Уул aside (no 2019 score).
    const before = scores2019();
    const expected = new Map<string, number>();
    const sourceRows = parseCsv(fs.readFileSync(SAMPLE_CSV, "utf8")).values.slice(1);
    for (const r of sourceRows) {
      const name = String(r[2]);
      const old = before.get(name)!;
      if (old.includes(null) || name === duplicated || name === bad) continue;
      const now = filled(String(r[0]), old);
      const key = `${band(old[0]! + old[1]! + old[2]!)}→${band(now[0] + now[1] + now[2])}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const summary = model
      .sheetByName("Summary")!
      .values({ top: 0, left: 0, bottom: 200, right: 4 });
    const at = summary.findIndex((r) => r[0] === "Category movers: 2019 → 2025");
    expect(at).toBeGreaterThan(0);
    const bands = ["positive", "addressing", "blind"];
    const matrix = summary.slice(at + 2, at + 5).map((r) => r.slice(1, 4));
    expect(matrix).toEqual(
      bands.map((from) => bands.map((to) => expected.get(`${from}→${to}`) ?? 0))
    );
    expect([...expected.values()].reduce((a, b) => a + b)).toBe(37);
  }, 60000);

  it("follows the README's walk-through with the sample's round-2025 files", async () => {
    const { excel } = sampleWorkbook();
    const model = excel.model;
    render(<App host={hostFor(excel)} />);
    await screen.findByText(/40 LSG rows/);
    const files = ["round-2025-issyk-kul.xlsx", "round-2025-jalal-abad.xlsx"].map(
      (name) => new File([fs.readFileSync(path.resolve(__dirname, "../../assets", name))], name)
    );
    fireEvent.change(screen.getByLabelText("Assessors' files"), { target: { files } });
    const status = await screen.findByText(/gathered into the sheet/, {}, { timeout: 15000 });
    expect(status.textContent).toBe(
      "80 LSG rows from 2 files and “Data” gathered into the sheet “Gathered”; the pane now reads it."
    );
    const outcome = status.closest("[role=status]") as HTMLElement;
    within(outcome).getByText("round-2025-jalal-abad.xlsx: 20 LSG rows (sheet “Раунд 2025 (2)”)");
    within(outcome).getByText(
      /^"Ак-Коргон айыл аймагы" appears 2 times in round 2025: round-2025-jalal-abad\.xlsx row 14; round-2025-jalal-abad\.xlsx row 15\./
    );
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Data",
      "Раунд 2025",
      "Раунд 2025 (2)",
      "Gathered",
    ]);
    await screen.findByText(/“Gathered”: 80 LSG rows/);
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/“Summary” updated/, {}, { timeout: 15000 });
    const summary = model
      .sheetByName("Summary")!
      .values({ top: 0, left: 0, bottom: 200, right: 0 });
    expect(summary.map((r) => r[0])).toContain("Category movers: 2019 → 2025");
  }, 60000);
});
