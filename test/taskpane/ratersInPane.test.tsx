/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, twoRatersWorkbook } from "../support/fakeWorkbooks";
import { FIRST_DISAGREEMENT } from "../support/twoRaters";

beforeEach(() => localStorage.clear());

describe("two raters in the pane", () => {
  it("shows agreement, writes a Reconcile sheet, and scores the agreed values after reading again", async () => {
    const { excel, model } = twoRatersWorkbook();
    render(<App host={hostFor(excel)} />);
    const agreement = await screen.findByTestId("agreement");
    expect(within(agreement).getByText(/Agreement between raters: Айгүл \/ Бакыт/)).toBeTruthy();
    expect(within(agreement).getAllByRole("row")[1].textContent).toBe(
      "Documents1283%100%0.91almost perfect"
    );
    expect(screen.getByTestId("disagreements").textContent).toMatch(
      /^4 disagreements between the raters, 4 not yet agreed/
    );
    expect(screen.getByTestId("count-scored").textContent).toBe("8");

    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/Wrote 12 rows/);
    const summaryTexts = model
      .sheetByName("Summary")!
      .values({ top: 0, left: 0, bottom: 80, right: 0 })
      .flat();
    expect(summaryTexts).toContain("Agreement between raters: Айгүл / Бакыт");
    const reconcile = model.sheetByName("Reconcile")!;
    expect(reconcile.values({ top: 0, left: 0, bottom: 1, right: 11 })[1]).toEqual([
      ...FIRST_DISAGREEMENT,
      "",
    ]);
    // The raters agree in the sheet, then the pane reads again.
    reconcile.write({ top: 1, left: 11, bottom: 4, right: 11 }, [[2], [1], [0], [3]]);
    await userEvent.click(screen.getByRole("button", { name: "Read again" }));
    // Wait for the new count itself: a pattern that also matched the old "4 not yet agreed" would
    // wait for nothing.
    await waitFor(() =>
      expect(screen.getByTestId("disagreements").textContent).toContain("0 not yet agreed")
    );
    expect(screen.getByTestId("count-scored").textContent).toBe("12");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/Wrote 12 rows/);
    expect(model.sheets.map((s) => s.name)).toEqual(["Raters", "Summary", "Reconcile"]);
    expect(reconcile.valueAt(1, 11)).toBe(2);
  });
});

describe("a second rater's sheet chosen in the pane", () => {
  it("pairs the active sheet with the chosen one and shows their agreement", async () => {
    const { WorkbookModel, FakeExcel } = await import("../../src/fake-excel");
    const { fill } = await import("../support/fakeWorkbooks");
    const model = new WorkbookModel();
    const scores = {
      Айгүл: [
        [2, 1, 0],
        [3, 0, 0],
        [1, 1, 1],
      ],
      Бакыт: [
        [2, 1, 0],
        [3, 1, 0],
        [1, 1, 1],
      ],
    };
    for (const [name, rows] of Object.entries(scores)) {
      const sheet = model.addSheet(name);
      fill(sheet, [
        ["ОМСУ", "Документы", "Механизм", "Бюджет"],
        ...["Түп", "Санташ", "Ак-Дөбө"].map((lsg, i) => [lsg, ...rows[i]]),
      ]);
    }
    render(<App host={hostFor(new FakeExcel(model))} />);
    await screen.findByTestId("count-scored");
    expect(screen.queryByTestId("agreement")).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText("Second rater's sheet"), "Бакыт");
    const agreement = await screen.findByTestId("agreement");
    expect(within(agreement).getByText(/Айгүл \/ Бакыт/)).toBeTruthy();
    expect(screen.getByTestId("disagreements").textContent).toMatch(
      /^1 disagreement between the raters, 1 not yet agreed/
    );
    expect(screen.getByTestId("count-scored").textContent).toBe("2");
  });
});
