/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";

// Issue 15 item 4: a method edit is confirmed, results written before it are marked out of date
// until Apply, the pane says why live formulas are off, and the edited method is named as edited
// with its day.

beforeEach(() => localStorage.clear());

function todayRu(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(now.getDate())}.${two(now.getMonth() + 1)}.${now.getFullYear()}`;
}

async function editPositiveFrom(value: string) {
  const [positiveFrom] = screen.getAllByLabelText("От");
  const [, addressingTo] = screen.getAllByLabelText("До");
  await userEvent.clear(positiveFrom);
  await userEvent.type(positiveFrom, value);
  await userEvent.clear(addressingTo);
  await userEvent.type(addressingTo, String(Number(value) - 1));
}

describe("saving an edited method, in Russian", () => {
  it("confirms, marks the written results out of date until Apply, and names the method as edited", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    await screen.findByText(/строк ОМСУ — 40/);
    await userEvent.click(screen.getByRole("button", { name: "Применить" }));
    await screen.findByText(/Записано строк: 40/);
    expect(screen.queryByTestId("results-stale")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Методика" }));
    expect(screen.queryByTestId("method-edited")).toBeNull();
    await editPositiveFrom("8");
    await userEvent.click(screen.getByRole("button", { name: "Сохранить методику" }));

    const saved = (await screen.findByTestId("method-saved")).textContent;
    expect(saved).toContain("Методика сохранена в книге.");
    expect(saved).toContain("Живые формулы считают по методике 2015 года");
    expect(saved).toContain("Результаты на листе записаны по прежней методике");
    expect(screen.getByTestId("results-stale").textContent).toContain("нажмите «Применить»");
    expect(screen.getByTestId("method-edited").textContent).toBe(
      `Изменённая методика, сохранена ${todayRu()}.`
    );
    expect(screen.getByTestId("method-description").textContent).toContain("(изменена)");
    expect(excel.model.settings.get("GenderScorecard.state")).toMatchObject({
      methodSaved: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });

    // An edit after saving: the confirmation no longer applies.
    await editPositiveFrom("9");
    expect(screen.queryByTestId("method-saved")).toBeNull();

    // Apply writes with the edited method: nothing is out of date any more.
    await userEvent.click(screen.getByRole("button", { name: "Применить" }));
    await waitFor(() => expect(screen.queryByTestId("results-stale")).toBeNull());
  });

  it("going back to the 2015 method is confirmed and the edited name goes", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    await screen.findByText(/строк ОМСУ — 40/);
    await userEvent.click(screen.getByRole("button", { name: "Методика" }));
    await editPositiveFrom("8");
    await userEvent.click(screen.getByRole("button", { name: "Сохранить методику" }));
    await screen.findByTestId("method-edited");
    // Nothing was written yet: nothing is out of date.
    expect(screen.queryByTestId("results-stale")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Вернуть методику 2015 года" }));
    expect((await screen.findByTestId("method-saved")).textContent).toBe(
      "Возвращена методика 2015 года, сохранено в книге."
    );
    expect(screen.queryByTestId("method-edited")).toBeNull();
  });
});
