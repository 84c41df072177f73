/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { typeCells, type FakeWorksheetChangedEventArgs } from "../../src/fake-excel";
import { RECHECK_DELAY_MS } from "../../src/taskpane/state/useDataWatch";
import { hostFor, workbookFromRows } from "../support/fakeWorkbooks";

beforeEach(() => localStorage.clear());

// F8 holds "бар" (yes) where a score belongs: the user fixes it in the sheet.
const ROWS = [
  ["Область", "Район", "ОМСУ", "Год", "Документы", "Механизм", "Бюджет"],
  ["Ысык-Көл облусу", "Түп району", "Түп", 2023, 1, 0, 0],
  ["Ысык-Көл облусу", "Түп району", "Санташ", 2023, 2, 1, 0],
  ["Ысык-Көл облусу", "Түп району", "Ак-Сай", 2023, 0, 0, 1],
  ["Ысык-Көл облусу", "Түп району", "Тасма", 2023, 3, 2, 1],
  ["Ысык-Көл облусу", "Түп району", "Курбу", 2023, 2, 1, 1],
  ["Ысык-Көл облусу", "Түп району", "Кызыл-Суу", 2023, 1, 1, 0],
  ["Ысык-Көл облусу", "Түп району", "Ичке-Суу", 2023, 1, "бар", 0],
];

function workbook() {
  return workbookFromRows(ROWS, "Данные");
}

describe("the pane follows edits in the sheet (issue 15 item 7)", () => {
  it("shows that the data changed at the top, then checks again by itself (ru)", async () => {
    const { sheet, excel } = workbook();
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    expect(await screen.findByText(/«бар» — не число/)).toBeTruthy();
    expect(screen.queryByTestId("data-changed")).toBeNull();

    typeCells(sheet, { top: 7, left: 5, bottom: 7, right: 5 }, [[1]]);
    const notice = await screen.findByTestId("data-changed");
    expect(notice.textContent).toMatch(/^Данные на листе изменились/);
    // Re-checked once the edits pause: the fixed cell is no longer listed, the notice goes.
    await waitFor(() => expect(screen.queryByText(/«бар» — не число/)).toBeNull(), {
      timeout: RECHECK_DELAY_MS + 10000, // generous: a busy CI machine reads slowly
    });
    expect(screen.queryByTestId("data-changed")).toBeNull();
    expect(screen.getByTestId("count-scored").textContent).toBe("7");
  });

  it("does not call the add-in's own writes a change of the data", async () => {
    const { model, excel } = workbook();
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    await screen.findByText(/«бар» — не число/);
    // Watched from the click on: a notice shown and then cleared by the reading that follows
    // Apply would be missed by one look at the end.
    let shown = false;
    const observer = new MutationObserver(() => {
      shown ||= screen.queryByTestId("data-changed") !== null;
    });
    observer.observe(document.body, { childList: true, subtree: true });
    await userEvent.click(screen.getByRole("button", { name: "Применить" }));
    await screen.findByText(/лист «Сводка» обновлён/);
    expect(model.sheetByName("Данные")!.valueAt(0, 7)).not.toBe(""); // results were written
    await new Promise((r) => setTimeout(r, RECHECK_DELAY_MS + 300));
    observer.disconnect();
    expect(shown).toBe(false);
  });
});

describe("the in-memory Excel's Worksheet.onChanged", () => {
  it("reports an API write after its sync, as the add-in's own, with the address", async () => {
    const { model, excel } = workbook();
    const seen: FakeWorksheetChangedEventArgs[] = [];
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(model.sheets[0].id);
      ws.onChanged.add((e) => void seen.push(e));
      await context.sync();
      ws.getRange("F8").values = [[2]];
      await context.sync();
      expect(seen).toEqual([]); // asynchronous: never inside the batch
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([
      expect.objectContaining({
        type: "WorksheetChanged",
        address: "F8",
        source: "Local",
        triggerSource: "ThisLocalAddin",
        worksheetId: model.sheets[0].id,
      }),
    ]);
  });
});
