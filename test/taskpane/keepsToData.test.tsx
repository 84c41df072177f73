/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import type { WorkbookModel } from "../../src/fake-excel";
import { fill, hostFor, sampleWorkbook } from "../support/fakeWorkbooks";

// Issue 15 items 2 and 3: the pane keeps to the data it was working on, never reads the add-in's
// own sheets as data, and a second rater's sheet is chosen among data sheets only, undoably.

beforeEach(() => localStorage.clear());

function activate(model: WorkbookModel, name: string) {
  const sheet = model.sheetByName(name)!;
  model.activeSheetId = sheet.id;
  model.selection = { sheetId: sheet.id, area: { top: 0, left: 0, bottom: 0, right: 0 } };
}

async function applyInRussian() {
  await screen.findByText(/Data!A1:H41/);
  await userEvent.click(screen.getByRole("button", { name: "Применить" }));
  await screen.findByText(/Записано строк: 40/);
}

describe("the pane keeps to its data", () => {
  it("reads the data again, not the Summary sheet it was on, and says so in Russian", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    await applyInRussian();
    activate(excel.model, "Сводка");
    await userEvent.click(screen.getByRole("button", { name: "Прочитать заново" }));

    // Data with the result columns written: not the Summary sheet's cells.
    await screen.findByText(/Заполненный диапазон Data!A1:K41: строк ОМСУ — 40\./);
    expect(screen.getByTestId("count-scored").textContent).toBe("39");
    expect(screen.getByTestId("redirect").textContent).toContain(
      "«Сводка» — служебный лист надстройки, а не данные. Панель читает лист «Data»."
    );
    // No offer to read the add-in's own sheet.
    expect(screen.queryByRole("button", { name: /Читать лист/ })).toBeNull();
  });

  it("keeps to the data sheet after another is activated, and switches when asked", async () => {
    const { excel } = sampleWorkbook();
    const other = excel.model.addSheet("Вторая");
    fill(other, [
      ["ОМСУ", "Документы", "Механизм", "Бюджет"],
      ["Түп", 1, 2, 3],
    ]);
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    await applyInRussian();
    activate(excel.model, "Вторая");
    await userEvent.click(screen.getByRole("button", { name: "Прочитать заново" }));
    await screen.findByText(
      /Панель работает с данными на листе «Data»; активный лист — «Вторая»\./
    );
    expect(screen.getByTestId("count-scored").textContent).toBe("39");

    await userEvent.click(screen.getByRole("button", { name: "Читать лист «Вторая»" }));
    await waitFor(() => expect(screen.getByTestId("count-scored").textContent).toBe("1"));
    expect(screen.queryByTestId("redirect")).toBeNull();
    // The switch is remembered: reading again from the Summary sheet keeps to the new data.
    activate(excel.model, "Сводка");
    await userEvent.click(screen.getByRole("button", { name: "Прочитать заново" }));
    await screen.findByText(/Панель читает лист «Вторая»/);
    expect(screen.getByTestId("count-scored").textContent).toBe("1");
  });
});

describe("the second rater's sheet", () => {
  it("lists data sheets only; an empty or unpairable choice is said, not a broken pane", async () => {
    const { excel } = sampleWorkbook();
    excel.model.addSheet("Пустой");
    fill(excel.model.addSheet("Заметки"), [["просто текст"], ["без оценок"]]);
    render(<App host={hostFor(excel, undefined, "ky-KG")} />);
    await screen.findByText(/Data!A1:H41/);
    await userEvent.click(screen.getByRole("button", { name: "Колдонуу" }));
    await screen.findByText(/Жазылган саптар: 40/);

    const dropdown = () => screen.getByLabelText("Экинчи баалоочунун барагы");
    const options = within(dropdown())
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["(жок)", "Пустой", "Заметки"]);

    await userEvent.selectOptions(dropdown(), "Пустой");
    await screen.findByText("«Пустой» барагы бош; панель бир баалоочуну көрсөтөт.");
    expect(screen.getByTestId("count-scored").textContent).toBe("39");

    await userEvent.selectOptions(dropdown(), "Заметки");
    await screen.findByText(
      /«Заметки» барагын экинчи баалоочунун .* окууга болбойт; панель бир баалоочуну көрсөтөт/
    );
    expect(screen.getByTestId("count-scored").textContent).toBe("39");
    expect(screen.queryByTestId("agreement")).toBeNull();

    // "(none)" undoes the choice.
    await userEvent.selectOptions(dropdown(), "");
    await waitFor(() => expect(screen.queryByText(/«Заметки» барагын экинчи/)).toBeNull());
    expect((dropdown() as HTMLSelectElement).value).toBe("");
  });
});
