/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { hostFor, NO_CAPABILITIES, sampleWorkbook } from "../support/fakeWorkbooks";
import { renderSample } from "../support/renderPane";

beforeEach(() => localStorage.clear());

describe("the task pane on the sample workbook", () => {
  it("shows the source, the detected columns, the check counts and the finding", async () => {
    await renderSample();
    expect(screen.getByText(/Header on row 1\./)).toBeTruthy();
    expect((screen.getByLabelText(/^Documents(?!:)/) as HTMLSelectElement).value).toBe("E");
    expect((screen.getByLabelText(/^Budget(?!:)/) as HTMLSelectElement).value).toBe("G");
    expect((screen.getByLabelText(/^LSG/) as HTMLSelectElement).value).toBe("C");
    expect(screen.getByTestId("count-scored").textContent).toBe("39");
    expect(screen.getByTestId("count-blank").textContent).toBe("1");
    expect(screen.getByTestId("count-invalid").textContent).toBe("0");
    // All three categories (adding up to 39), the study's 23 (59%) within the addressing ones.
    expect(
      screen.getByText(
        /Of 39 LSGs scored, 25 \(64%\) pursue gender-addressing policy \(23 of them, 59% of the LSGs scored, .*\), 3 \(8%\) gender-positive policy and 11 \(28%\) gender-blind policy\./
      )
    ).toBeTruthy();
  });

  it("selects a problem's cell in Excel when the user clicks it", async () => {
    const { excel } = await renderSample();
    await userEvent.click(screen.getByRole("button", { name: /^E21:/ }));
    await waitFor(() =>
      expect(excel.model.selection?.area).toEqual({ top: 20, left: 4, bottom: 20, right: 4 })
    );
  });

  it("applies: writes the results and the summary, and reports what it did", async () => {
    const { excel, sheet } = await renderSample();
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/Wrote 40 rows to columns I:K; “Summary” updated with 3 charts\./);
    expect(sheet.valueAt(1, 10)).toBe("gender-addressing policy");
    expect(excel.model.charts).toHaveLength(3);
  });

  it("asks before overwriting the user's data, and writes nothing when the user cancels", async () => {
    const { sheet } = await renderSample();
    sheet.write({ top: 2, left: 9, bottom: 2, right: 9 }, [["do not lose me"]]);
    // The pane read the sheet before the note was typed: its results would land on the note.
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    const dialog = await screen.findByRole("dialog");
    expect(
      within(dialog).getByText(/1 cell where the results go already holds data \(J3\)/)
    ).toBeTruthy();
    // Fluent's dialog hides its content from assistive technology until its opening motion ends:
    // wait for the button as a user would, instead of asking for it in the same tick.
    await userEvent.click(await within(dialog).findByRole("button", { name: "Cancel" }));
    // Gone from the page, not only hidden: Fluent keeps a closing dialog (aria-hidden) until its
    // exit motion ends, and opening the next one meanwhile could leave that one hidden.
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(sheet.valueAt(2, 9)).toBe("do not lose me");
    expect(sheet.valueAt(0, 8)).toBe("");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    // In jsdom, Fluent's focus trap (tabster) at times leaves a dialog opened right after another
    // one marked aria-hidden: found here with hidden elements included. That the second dialog's
    // buttons are reachable by role in a real browser is checked in Chromium (flow.e2e.ts).
    const again = await screen.findByRole("dialog", { hidden: true });
    await userEvent.click(within(again).getByRole("button", { name: "Overwrite", hidden: true }));
    await screen.findByText(/Wrote 40 rows/);
    expect(sheet.valueAt(2, 9)).toBe(1);
  });

  it("lets the user correct a column, and remembers it in the workbook", async () => {
    const { excel } = await renderSample();
    await userEvent.selectOptions(screen.getByLabelText(/^Budget(?!:)/), "F");
    // Mechanism lost its column to budget: the pane asks for it instead of guessing.
    await screen.findByText(/Some required columns were not found/);
    expect(screen.getByRole("button", { name: "Apply" }).hasAttribute("disabled")).toBe(true);
    await waitFor(() =>
      expect(excel.model.settings.get("GenderScorecard.state")).toMatchObject({
        mappings: { [excel.model.sheets[0].id]: { budget: "F" } },
      })
    );
  });

  it("speaks Office's language and switches language on request, numbers unchanged", async () => {
    await renderSample("ky-KG");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("ЖӨБ гендердик баалоо");
    expect(
      screen.getByText(
        /Бааланган ЖӨБ: 39\. Алардын ичинен 25 \(64%\) .* \(анын ичинде 23, же бааланган ЖӨБдүн 59%, .*\); 3 \(8%\) .*; 11 \(28%\)/
      )
    ).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText("Тил"), "ru");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Гендерная оценка ОМСУ");
    expect(
      screen.getByText(
        /Оценено ОМСУ: 39\. Из них 25 \(64\s%\) .* \(в том числе 23, или 59\s% оценённых, .*\); 3 \(8\s%\) .*; 11 \(28\s%\)/
      )
    ).toBeTruthy();
    expect(localStorage.getItem("GenderScorecard.language")).toBe("ru");
  });

  it("tells users of older Excel what is missing instead of failing", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, { ...ALL_CAPABILITIES, conditionalFormats: false })} />);
    expect(
      await screen.findByText(/This Excel lacks: coloured categories \(ExcelApi 1\.6\)/)
    ).toBeTruthy();
    // Let the pane finish reading before the test ends.
    await screen.findByText(/Used range Data!A1:H41/);
  });
});

describe("on an Excel too old for the pane", () => {
  it("says so and offers nothing that would fail", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, NO_CAPABILITIES)} />);
    expect(await screen.findByText(/too old for the pane \(it needs ExcelApi 1\.7\)/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Apply" })).toBeNull();
  });
});
