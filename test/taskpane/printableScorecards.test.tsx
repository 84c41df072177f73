/**
 * @jest-environment jsdom
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderSample } from "../support/renderPane";

beforeEach(() => localStorage.clear());

describe("printable scorecards from the pane", () => {
  it("writes one card per LSG on an A4 portrait sheet with a page break after each, and refreshes it in place", async () => {
    const { excel } = await renderSample();
    await userEvent.click(screen.getByRole("button", { name: "Printable scorecards" }));
    await screen.findByText("“Scorecards”: 40 scorecards, one A4 page each.");
    const sheet = excel.model.sheetByName("Scorecards")!;
    expect(sheet.pageLayout).toEqual({ orientation: "Portrait", paperSize: "A4" });
    expect(sheet.pageBreaks).toHaveLength(39);
    expect(sheet.valueAt(0, 0)).toBe("Scorecard: Теплоключенский АО");
    expect(sheet.values({ top: 4, left: 0, bottom: 4, right: 4 })[0]).toEqual([
      "Documents",
      2,
      "",
      1.95, // Issyk-Kul: 37 / 19 LSGs; all: 74 / 39
      1.9,
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Printable scorecards" }));
    await waitFor(() =>
      expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data", "Scorecards"])
    );
    expect(sheet.pageBreaks).toHaveLength(39);
  });
});
