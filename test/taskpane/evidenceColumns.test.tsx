/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { FakeExcel, WorkbookModel } from "../../src/fake-excel";
import { fill, hostFor } from "../support/fakeWorkbooks";

// Issue 15 item 10: the evidence and rater columns are shown with the others and can be chosen.

beforeEach(() => localStorage.clear());

it("shows the evidence and rater columns, and a chosen evidence column is checked (ru)", async () => {
  const model = new WorkbookModel();
  fill(model.addSheet("Данные"), [
    ["ОМСУ", "Документы", "Механизм", "Бюджет", "Файлы", "Кто оценивал"],
    ["Түп", 2, 0, 0, null, "Айгүл"],
    ["Санташ", 1, 0, 0, "приказ №5", "Айгүл"],
  ]);
  render(<App host={hostFor(new FakeExcel(model), undefined, "ru-RU")} />);
  await screen.findByTestId("count-scored");
  // "Файлы" is not recognised as evidence: no warning yet, but the column can be chosen.
  expect(screen.queryByTestId("count-evidence")).toBeNull();
  const documentsEvidence = screen.getByRole("combobox", { name: /^Документы: обоснование/ });
  expect(screen.getByRole("combobox", { name: /^Оценщик/ })).toBeTruthy();
  await userEvent.selectOptions(documentsEvidence, "E");
  await waitFor(() => expect(screen.getByTestId("count-evidence").textContent).toBe("1"));
  // The choice is saved with the others, as for any column.
  expect(excel(model)).toMatchObject({
    mappings: { [model.sheets[0].id]: { documentsNote: "E" } },
  });
});

function excel(model: WorkbookModel) {
  return model.settings.get("GenderScorecard.state");
}
