/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";

beforeEach(() => localStorage.clear());

describe("the pane refuses one column chosen for several indicators", () => {
  it("shows the column and the indicators, in the pane's language, and scores nothing", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, undefined, "en-US")} />);
    await screen.findByText(/Used range Data!A1:H41: 40 LSG rows/);
    expect(screen.getByTestId("count-scored").textContent).toBe("39");
    for (const indicator of [/^Documents(?!:)/, /^Mechanism(?!:)/, /^Budget(?!:)/])
      await userEvent.selectOptions(screen.getByLabelText(indicator), "E");
    await screen.findByText(
      /Column E is chosen for Documents, Mechanism, Budget; a column can hold only one of them\./
    );
    expect(screen.queryByTestId("count-scored")).toBeNull();
    expect(screen.queryByText(/Some required columns were not found/)).toBeNull();
    expect(screen.getByRole("button", { name: "Apply" }).hasAttribute("disabled")).toBe(true);

    await userEvent.selectOptions(screen.getByLabelText("Language"), "ru");
    await screen.findByText(
      /Столбец E выбран для нескольких полей \(Документы, Механизм, Бюджет\)/
    );

    // Choosing a column for each again scores again.
    await userEvent.selectOptions(screen.getByLabelText(/^Механизм(?!:)/), "F");
    await userEvent.selectOptions(screen.getByLabelText(/^Бюджет(?!:)/), "G");
    await waitFor(() => expect(screen.getByTestId("count-scored").textContent).toBe("39"));
  });
});
