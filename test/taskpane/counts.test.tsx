/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, workbookFromRows } from "../support/fakeWorkbooks";

// Issue 15 item 9: counts say rows or cells, skipped rows are listed with their reason, and typed
// totals that differ from the scores are shown in the pane, not only on the Summary sheet.

beforeEach(() => localStorage.clear());

it("says rows vs cells, lists the skipped totals row and the mismatched total, in Russian", async () => {
  const { excel } = workbookFromRows(
    [
      ["ОМСУ", "Документы", "Механизм", "Бюджет", "Итого"],
      ["Түп", 1, 2, 0, 3],
      ["Санташ", null, null, null, null],
      ["Ак-Дөбө", 1, 1, 1, 5],
      ["Итого", 2, 3, 1, 8],
    ],
    "Данные"
  );
  render(<App host={hostFor(excel, undefined, "ru-RU")} />);
  await screen.findByTestId("count-scored");

  // One row with blank scores, three blank cells: the two numbers now say which is which.
  expect(screen.getByText("Строк с пустыми баллами").nextSibling?.textContent).toBe("1");
  expect(screen.getByText(/^пустой балл: 3 ячейки$/)).toBeTruthy();

  await userEvent.click(
    screen.getByRole("button", { name: /Строки, не прочитанные как ОМСУ \(1\)/ })
  );
  expect(screen.getByTestId("skipped-rows").textContent).toBe("Строка 5: строка итогов («Итого»)");

  await userEvent.click(
    screen.getByRole("button", { name: /Итоги в таблице, не совпадающие с баллами \(1\)/ })
  );
  const mismatch = screen.getByTestId("total-mismatches");
  expect(within(mismatch).getByRole("button").textContent).toBe("E4");
  expect(mismatch.textContent).toContain("Ак-Дөбө");
});
