/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, workbookFromCsv } from "../support/fakeWorkbooks";
import { renderSample } from "../support/renderPane";

beforeEach(() => localStorage.clear());

describe("assessment quality in the pane", () => {
  it("warns about scores without evidence, and can be switched off", async () => {
    const csv = [
      "LSG name,District,Oblast,Round,Documents score,Documents evidence,Mechanism score,Mechanism evidence,Budget score,Budget evidence",
      "Bosteri,Issyk-Kul,Issyk-Kul,2023,3,Plan 2023 p.5,2,,1,Budget line 12",
      "Tamchy,Issyk-Kul,Issyk-Kul,2023,1,,0,,0,",
    ].join("\n");
    render(<App host={hostFor(workbookFromCsv(csv, "Rounds").excel)} />);
    expect((await screen.findByTestId("count-evidence")).textContent).toBe("2");
    await userEvent.click(
      screen.getByRole("switch", { name: /Warn about scores above 0 without evidence/ })
    );
    await waitFor(() => expect(screen.queryByTestId("count-evidence")).toBeNull());
  });

  it("edits the method's thresholds, refuses a gap, saves a valid one in the workbook, and stops offering live formulas", async () => {
    const { excel } = await renderSample();
    await userEvent.click(screen.getByRole("button", { name: "Method" }));
    const [positiveFrom] = screen.getAllByLabelText("From");
    const [, addressingTo, blindTo] = screen.getAllByLabelText("To");
    await userEvent.clear(blindTo);
    await userEvent.type(blindTo, "1");
    await userEvent.click(screen.getByRole("button", { name: "Save method" }));
    expect((await screen.findByRole("alert")).textContent).toContain("no band holds a total of 2");
    await userEvent.clear(blindTo);
    await userEvent.type(blindTo, "2");
    await userEvent.clear(positiveFrom);
    await userEvent.type(positiveFrom, "8");
    await userEvent.clear(addressingTo);
    await userEvent.type(addressingTo, "7");
    await userEvent.click(screen.getByRole("button", { name: "Save method" }));
    await waitFor(() =>
      expect(screen.getByTestId("method-description").textContent).toContain(
        "8–9 gender-positive policy; 3–7"
      )
    );
    // The sample's three positive LSGs total 7: now gender-addressing.
    expect(
      screen.getByText(/3 \(8%\) gender-positive|0 \(0%\) gender-positive/).textContent
    ).toContain(
      "28 (72%) pursue gender-addressing policy (23 of them, 59% of the LSGs scored, covering only one or two of the three indicators), 0 (0%) gender-positive"
    );
    expect(screen.getByRole("radio", { name: /Live formulas/ }).hasAttribute("disabled")).toBe(
      true
    );
    await waitFor(() =>
      expect(
        (
          excel.model.settings.get("GenderScorecard.state") as {
            method?: { categories: { id: string; min: number }[] };
          }
        ).method?.categories[0]
      ).toMatchObject({ id: "positive", min: 8 })
    );
  });
});
