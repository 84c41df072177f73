/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, workbookFromRows } from "../support/fakeWorkbooks";

beforeEach(() => localStorage.clear());

// Three LSGs assessed in 2019 and again in 2023: six rows, never six LSGs.
const ROWS = [
  ["Область", "Район", "ОМСУ", "Год", "Документы", "Механизм", "Бюджет"],
  ["Ысык-Көл облусу", "Түп району", "Түп", 2019, 1, 0, 0],
  ["Ысык-Көл облусу", "Түп району", "Санташ", 2019, 2, 1, 0],
  ["Ысык-Көл облусу", "Түп району", "Ак-Сай", 2019, 0, 0, 1],
  ["Ысык-Көл облусу", "Түп району", "Түп", 2023, 3, 2, 1],
  ["Ысык-Көл облусу", "Түп району", "Санташ", 2023, 2, 1, 1],
  ["Ысык-Көл облусу", "Түп району", "Ак-Сай", 2023, 1, 1, 0],
];

describe("the task pane never pools rounds", () => {
  it("shows the latest round's finding, naming it, the earlier round beside it, and writes both to the Summary sheet", async () => {
    const { excel, model } = workbookFromRows(ROWS);
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    const headline =
      "Раунд 2023. Оценено ОМСУ: 3. Из них 1 (33\u00a0%) проводит политику, направленную на решение гендерных вопросов (ни один из них не охватывает лишь один или два из трёх индикаторов); 1 (33\u00a0%) — гендерно-позитивную политику; 1 (33\u00a0%) — гендерно-слепую.";
    const earlier =
      "Раунд 2019. Оценено ОМСУ: 3. Из них 1 (33\u00a0%) проводит политику, направленную на решение гендерных вопросов (в том числе 1, или 33\u00a0% оценённых, охватывает лишь один или два из трёх индикаторов); 0 (0\u00a0%) — гендерно-позитивную политику; 2 (67\u00a0%) — гендерно-слепую.";
    // The DOM queries compare whitespace-normalised text: the no-break space before "%" as a space.
    const shown = (text: string) => text.replace(/\u00a0/g, " ");
    expect((await screen.findByText(shown(headline), { exact: false })).textContent).toContain(
      headline
    );
    expect(screen.getByText(shown(earlier))).toBeTruthy();
    expect(screen.queryByText(/Оценено ОМСУ: 6\./)).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Применить" }));
    // Four charts of the rounds and one of who moved between them.
    await screen.findByText(/лист «Сводка» обновлён, диаграмм: 5/);
    const texts = model
      .sheetByName("Сводка")!
      .values({ top: 0, left: 0, bottom: 60, right: 0 })
      .flat();
    expect(texts).toContain(headline);
    expect(texts).toContain(earlier);
    expect(texts).toContain("Категории по областям — Раунд 2023");
  });
});
