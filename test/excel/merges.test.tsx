/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { analyse } from "../../src/report";
import { readAssessmentTable } from "../../src/sheets";
import { App } from "../../src/taskpane/components/App";
import { FakeExcel, WorkbookModel } from "../../src/fake-excel";
import { fill, hostFor } from "../support/fakeWorkbooks";

beforeEach(() => localStorage.clear());

/** A sheet as users merge it: oblast down the table, a score across three columns, one down two rows. */
function mergedWorkbook(): FakeExcel {
  const model = new WorkbookModel();
  const sheet = model.addSheet("Data");
  fill(sheet, [
    ["Oblast", "District", "LSG", "Round", "Documents", "Mechanism", "Budget"],
    ["Chui", "Alamudun", "A", "2019", 2, null, null],
    [null, "Alamudun", "B", "2019", 1, 1, 1],
    [null, "Sokuluk", "C", "2019", null, 3, 3],
  ]);
  // Merged through Office.js, as a user's other add-in or the Merge button would.
  const excel = new FakeExcel(model);
  return excel;
}

async function mergeAll(excel: FakeExcel, addresses: string[]): Promise<void> {
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    for (const address of addresses) sheet.getRange(address).merge();
    await context.sync();
  });
}

describe("merged cells in the pane (Office.js merged areas, the same sheets code as the CLI)", () => {
  it("fills the merged oblast but reports merged score cells instead of scoring them", async () => {
    const excel = mergedWorkbook();
    await mergeAll(excel, ["A2:A4", "E2:G2", "E3:E4"]);
    const source = await hostFor(excel).readSource();
    const report = analyse(readAssessmentTable(source!.grid), "en");
    const rows = report.table.rows;
    expect(rows.map((r) => r.source.oblast)).toEqual(["Chui", "Chui", "Chui"]);
    expect(rows.map((r) => r.assessment.total)).toEqual([null, 3, null]);
    expect(rows.flatMap((r) => r.problems.map((p) => [p.cell, p.kind, p.value]))).toEqual([
      ["F2", "merged", "E2:G2"],
      ["G2", "merged", "E2:G2"],
      ["E4", "merged", "E3:E4"],
    ]);
    expect(report.table.summary).toMatchObject({ assessed: 3, scored: 1, incomplete: 2 });
  });

  it("merging through Office.js keeps only the top-left value, so a score typed across is not read three times", async () => {
    const model = new WorkbookModel();
    fill(model.addSheet("Data"), [
      ["LSG", "Documents", "Mechanism", "Budget"],
      ["A", 2, 2, 2],
    ]);
    const excel = new FakeExcel(model);
    await mergeAll(excel, ["B2:D2"]);
    expect([1, 2, 3].map((c) => model.sheets[0].valueAt(1, c))).toEqual([2, "", ""]);
    const source = await hostFor(excel).readSource();
    const [row] = analyse(readAssessmentTable(source!.grid), "en").table.rows;
    expect(row.assessment.total).toBeNull();
    expect(row.problems.map((p) => [p.cell, p.kind])).toEqual([
      ["C2", "merged"],
      ["D2", "merged"],
    ]);
  });

  it("the pane lists them as merged cells, with the message naming the merge", async () => {
    const excel = mergedWorkbook();
    await mergeAll(excel, ["A2:A4", "E2:G2", "E3:E4"]);
    render(<App host={hostFor(excel)} />);
    await screen.findByText(/merged cell: 3 cells/);
    expect(screen.getByTestId("count-scored").textContent).toBe("1");
    const e4 = screen.getByRole("button", { name: /^E4:/ });
    expect(e4.getAttribute("aria-label")).toMatch(
      /the cell is part of merged cells E3:E4, whose value belongs to E3 only/
    );
  });
});
