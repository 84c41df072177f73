/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, twoRatersWorkbook } from "../support/fakeWorkbooks";

beforeEach(() => localStorage.clear());

// Issue 15 item 8, in Kyrgyz: two raters' differing scores are not "wrong values", the messages
// point nowhere that does not exist yet, the totals are marked as agreed, the Reconcile sheet
// speaks the pane's language and weighted kappa is explained where it is shown.
describe("two raters read clearly (ky)", () => {
  it("counts disagreements apart, marks agreed totals, localizes the Reconcile sheet", async () => {
    const { excel, model } = twoRatersWorkbook();
    render(<App host={hostFor(excel, undefined, "ky-KG")} />);
    await screen.findByTestId("agreement");

    // Four LSGs with one disputed indicator each: their own count, none under wrong values.
    expect(screen.getByTestId("count-disputed").textContent).toBe("4");
    expect(screen.getByTestId("count-invalid").textContent).toBe("0");
    expect(screen.getByText("Баалоочулар макул болбогон саптар")).toBeTruthy();

    // Both disputed scores are valid: no "expected a whole number from 0 to 3", and no sheet named
    // before Apply has written it.
    const disputed = screen.getAllByText(/баалоочулар ар башка туура упай коюшкан \(3 \/ 2\)/);
    expect(disputed.length).toBeGreaterThan(0);
    for (const message of disputed) {
      expect(message.textContent).not.toMatch(/аралыгындагы бүтүн сан күтүлөт/);
      expect(message.textContent).not.toMatch(/Макулдашуу/);
    }
    expect(model.sheetByName("Макулдашуу")).toBeUndefined();

    // Weighted kappa is explained in one sentence beside the table.
    expect(screen.getByTestId("kappa-help").textContent).toMatch(/^Салмактуу каппа: .*кокус/);

    await userEvent.click(screen.getByRole("button", { name: "Колдонуу" }));
    const reconcile = await waitFor(() => {
      const sheet = model.sheetByName("Макулдашуу");
      expect(sheet).toBeDefined();
      return sheet!;
    });
    const header = reconcile.values({ top: 0, left: 0, bottom: 0, right: 11 })[0];
    expect(header[4]).toBe("Индикатордун коду");
    expect(header).not.toContain("id");
    // The totals sit on the first rater's rows, beside that rater's scores: marked as agreed.
    const raters = model.sheetByName("Raters")!;
    await waitFor(() => expect(raters.valueAt(0, 9)).toBe("Макулдашылган жыйынтык"));

    // Every disagreement agreed: read again, and the "fill in and read again" instruction goes.
    expect(screen.getByTestId("disagreements").textContent).toMatch(/кайра окуңуз/);
    reconcile.write({ top: 1, left: 11, bottom: 4, right: 11 }, [[2], [1], [0], [3]]);
    await userEvent.click(screen.getByRole("button", { name: "Кайра окуу" }));
    await waitFor(() =>
      expect(screen.getByTestId("disagreements").textContent).toBe(
        "Баалоочулардын ортосундагы айырмачылыктар: 4, макулдашылбаганы: 0."
      )
    );
    expect(screen.queryByTestId("count-disputed")).toBeNull();
    // The localized sheet is read back: all twelve LSGs are scored with the agreed scores.
    expect(screen.getByTestId("count-scored").textContent).toBe("12");
    // Applied again, the agreed-total column is recognised as the add-in's own and refreshed.
    await userEvent.click(screen.getByRole("button", { name: "Колдонуу" }));
    await waitFor(() => expect(raters.valueAt(1, 9)).not.toBe(""));
    expect(raters.valueAt(0, 9)).toBe("Макулдашылган жыйынтык");
    expect(raters.valueAt(0, 12)).toBe(""); // refreshed in place, not a second set of columns
    expect(model.sheets.map((s) => s.name)).toEqual(["Raters", "Жыйынтык", "Макулдашуу"]);
  });
});
