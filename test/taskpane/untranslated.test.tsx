/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";
import { englishWords } from "../support/englishWords";

beforeEach(() => localStorage.clear());

// Issue 15 item 5: the method check and the missing-columns message used to arrive in English
// inside the pane's Russian and Kyrgyz sentences.
describe("the pane's refusals in Russian and Kyrgyz, with no English word", () => {
  it("a gap in the method's bands, in Russian", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    await screen.findByText(/строк ОМСУ — 40/);
    await userEvent.click(screen.getByRole("button", { name: "Методика" }));
    const [, , blindTo] = screen.getAllByLabelText("До");
    await userEvent.clear(blindTo);
    await userEvent.type(blindTo, "1");
    await userEvent.click(screen.getByRole("button", { name: "Сохранить методику" }));
    const alert = (await screen.findByRole("alert")).textContent ?? "";
    expect(alert).toContain("итог 2 не входит ни в одну категорию");
    expect(englishWords(alert)).toEqual([]);
  });

  it("a missing column, in Kyrgyz", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, undefined, "ky-KG")} />);
    await screen.findByText(/ЖӨБ саптары — 40/);
    await userEvent.selectOptions(screen.getByLabelText(/^Бюджет(?!:)/), "F");
    const warning = await screen.findByText(/Милдеттүү мамычалар табылган жок/);
    expect(warning.textContent).toContain("бул талаалар үчүн мамыча жок: Механизм");
    expect(englishWords(warning.textContent ?? "")).toEqual([]);
  });
});
