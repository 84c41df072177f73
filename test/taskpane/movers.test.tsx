/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, workbookFromRows } from "../support/fakeWorkbooks";
import { rowsUnder } from "../support/summaryTables";

beforeEach(() => localStorage.clear());

// Түп: blind (1) → positive (6); Санташ: addressing (3) → addressing (4); Ак-Сай: blind (1) →
// addressing (3); Каракол in 2019 only; Тасма in 2023 only.
const ROWS = [
  ["Oblast", "District", "LSG", "Year", "Documents", "Mechanism", "Budget"],
  ["Issyk-Kul", "Tüp", "Tüp", 2019, 1, 0, 0],
  ["Issyk-Kul", "Tüp", "Santash", 2019, 2, 1, 0],
  ["Issyk-Kul", "Tüp", "Ak-Say", 2019, 0, 0, 1],
  ["Issyk-Kul", "Tüp", "Karakol", 2019, 0, 0, 0],
  ["Issyk-Kul", "Tüp", "Tüp", 2023, 3, 2, 1],
  ["Issyk-Kul", "Tüp", "Santash", 2023, 2, 1, 1],
  ["Issyk-Kul", "Tüp", "Ak-Say", 2023, 1, 1, 1],
  ["Issyk-Kul", "Tüp", "Tasma", 2023, 1, 1, 1],
];

describe("the pane's Summary sheet shows who moved", () => {
  it("writes the transition table and binds a native chart to its categories block", async () => {
    const { excel, model } = workbookFromRows(ROWS);
    render(<App host={hostFor(excel, undefined, "en-US")} />);
    await userEvent.click(await screen.findByRole("button", { name: "Apply" }));
    await screen.findByText(/“Summary” updated with 5 charts/);

    const summary = model.sheetByName("Summary")!;
    const cells = summary.values({ top: 0, left: 0, bottom: 120, right: 4 });
    expect(rowsUnder(cells, "Category movers: 2019 → 2023", 6)).toEqual([
      ["2019 \\ 2023", "positive", "addressing", "blind", "LSGs"],
      ["positive", 0, 0, 0, 0],
      ["addressing", 0, 1, 0, 1],
      ["blind", 1, 1, 0, 2],
      ["Only in round 2019", "", "", "", 1],
      ["Only in round 2023", "", "", "", 1],
    ]);
    const indicators = cells.findIndex(
      (r) => r[0] === "Indicator scores up, down, same: 2019 → 2023"
    );
    // Budget: Tüp 0 → 1, Santash 0 → 1, Ak-Say 1 → 1.
    expect(cells[indicators + 4]).toEqual(["Budget", 2, 0, 1, 3]);

    const chart = model.charts.find((c) => c.name === "GenderScorecard.movers")!;
    expect(chart).toMatchObject({ sheetId: summary.id, type: "ColumnStacked" });
    // Series are the latest round's categories; the LSGs counted apart are not in the chart.
    expect(model.chartSeries(chart).map((s) => [s.name, s.categories, s.values])).toEqual([
      ["positive", ["positive", "addressing", "blind"], [0, 0, 1]],
      ["addressing", ["positive", "addressing", "blind"], [0, 1, 1]],
      ["blind", ["positive", "addressing", "blind"], [0, 0, 0]],
    ]);
  });
});
