/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { bigWorkbook } from "../support/bigWorkbook";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";
import { renderSample } from "../support/renderPane";

// What the pane tells the user when Excel says no, or reads less than was pointed at: its own
// words in the pane's language, never Excel's raw text for the refusals it knows.

beforeEach(() => localStorage.clear());

async function alertText(): Promise<string> {
  return (await screen.findByRole("alert")).textContent ?? "";
}

describe("Excel's refusals, in the pane's words", () => {
  it("a protected sheet: says what to do, in the language the user switches to", async () => {
    const { sheet } = await renderSample();
    sheet.isProtected = true;
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(await alertText()).toMatch(
      /^Excel refused the change: the sheet or the workbook is protected/
    );
    expect(await alertText()).not.toMatch(/You cannot perform the requested operation/);
    await userEvent.selectOptions(screen.getByLabelText("Language"), "ru");
    await waitFor(async () =>
      expect(await alertText()).toMatch(/^Excel не разрешил изменение: лист или книга защищены/)
    );
  });

  it("a cell being edited while the pane reads: tells the user to finish it, in Kyrgyz", async () => {
    const { excel } = sampleWorkbook();
    excel.model.beginCellEdit();
    render(<App host={hostFor(excel, undefined, "ky-KG")} />);
    expect(await alertText()).toMatch(/^Excel уячаны түзөтүп бүтүшүңүздү күтүп жатат/);
  });

  it("a sheet deleted meanwhile, a co-author on the same cells: each has its own message", async () => {
    const { excel, sheet } = await renderSample("ru-RU");
    sheet.coauthorEdits = [{ top: 4, left: 9, bottom: 4, right: 9 }];
    await userEvent.click(screen.getByRole("button", { name: "Применить" }));
    expect(await alertText()).toMatch(/^Эти же ячейки сейчас изменяет другой пользователь/);
    sheet.coauthorEdits = [];
    excel.model.addSheet("Notes");
    excel.model.deleteSheet(sheet);
    await userEvent.click(screen.getByRole("button", { name: "Применить" }));
    await waitFor(async () =>
      expect(await alertText()).toMatch(/^Лист, с которого читала панель, тем временем удалён/)
    );
  });
});

describe("reading less than the user pointed at", () => {
  it("several areas selected: the used range is read, and the pane says why", async () => {
    const { excel, sheet } = sampleWorkbook();
    const a = { top: 0, left: 0, bottom: 5, right: 1 };
    const b = { top: 0, left: 4, bottom: 5, right: 6 };
    excel.model.selection = { sheetId: sheet.id, area: b, areas: [a, b] };
    render(<App host={hostFor(excel)} />);
    await screen.findByText(/Used range Data!A1:H41: 40 LSG rows/);
    expect(
      screen.getByText(/^Several areas are selected, and Excel gives add-ins only one/)
    ).toBeTruthy();
  });

  it("more than 512 merged areas: read without them, and the pane says so", async () => {
    const excel = bigWorkbook(1200, (i) => [i % 4, (i + 1) % 4, (i + 2) % 4]);
    const sheet = excel.model.sheets[0];
    for (let k = 0; k < 600; k++)
      sheet.merges.push({ top: 1 + 2 * k, left: 0, bottom: 2 + 2 * k, right: 0 });
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    await screen.findByText(/Заполненный диапазон LSGs!A1:H1201: строк ОМСУ — 1200/);
    expect(screen.getByText(/^В диапазоне больше 512 объединённых областей/)).toBeTruthy();
  });
});
