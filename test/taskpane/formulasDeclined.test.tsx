/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { FakeExcel, WorkbookModel } from "../../src/fake-excel";
import { fill, hostFor } from "../support/fakeWorkbooks";

beforeEach(() => localStorage.clear());

// Live formulas take the three scores as one range (a blank given separately can arrive as 0 on
// some Excel builds: OfficeDev/office-js #5262, #4702, #1951). With the score columns apart the
// pane says why it writes values instead, and Apply writes values.
describe("live formulas with the score columns apart", () => {
  it("are declined with the reason in the pane's language, and Apply writes values", async () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("Data");
    fill(sheet, [
      ["Документы", "ОМСУ", "Механизм", "Бюджет"],
      [1, "Ак-Суу", 1, 1],
      [2, "Тосор", null, 1],
    ]);
    const excel = new FakeExcel(model);
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    await screen.findByText(/в этом порядке \(сейчас это столбцы A, C, D\)/);
    const formulas = screen.getByRole("radio", { name: /Живые формулы/ });
    expect(formulas.hasAttribute("disabled")).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Применить" }));
    await waitFor(() => expect(sheet.valueAt(1, 4)).toBe(3));
    expect(sheet.cells[1]?.[4]?.formula).toBeUndefined();
  });

  it("are declined with two raters: formulas would read one rater's cells, the values are their consensus", async () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("Data");
    fill(sheet, [
      [
        "ОМСУ",
        "Documents (rater 1)",
        "Mechanism (rater 1)",
        "Budget (rater 1)",
        "Documents (rater 2)",
        "Mechanism (rater 2)",
        "Budget (rater 2)",
      ],
      ["Ак-Суу", 1, 1, 1, 1, 1, 1],
      ["Тосор", 2, 1, 0, 2, 1, 0],
    ]);
    render(<App host={hostFor(new FakeExcel(model))} />);
    await screen.findByText(/Live formulas would compute one rater's scores/);
    expect(screen.getByRole("radio", { name: /Live formulas/ }).hasAttribute("disabled")).toBe(
      true
    );
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/^Wrote 2 rows/);
    const formulas = sheet.cells.flatMap((row) => (row ?? []).filter((cell) => cell?.formula));
    expect(formulas).toEqual([]);
  });
});
