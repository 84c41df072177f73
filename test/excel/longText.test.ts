import { analyse } from "../../src/report";
import { MAX_CELL_TEXT, readAssessmentTable } from "../../src/sheets";
import { FakeExcel, WorkbookModel } from "../../src/fake-excel";
import { fill, hostFor } from "../support/fakeWorkbooks";
import { applyWith } from "../support/paneSteps";

describe("the pane writes no cell longer than Excel allows", () => {
  it("a district name of 32,767 characters (a full cell) is written to the Summary sheet cut to fit, with the apostrophe that keeps it text", async () => {
    const district = "д".repeat(MAX_CELL_TEXT);
    const model = new WorkbookModel();
    const sheet = model.addSheet("Data");
    fill(sheet, [
      ["LSG", "District", "Documents", "Mechanism", "Budget"],
      ["A", district, 1, 2, 0],
      ["B", "Short", 3, 3, 3],
    ]);
    const excel = new FakeExcel(model);
    const host = hostFor(excel);
    const source = (await host.readSource())!;
    const report = analyse(readAssessmentTable(source.grid), "en");
    const outcome = await applyWith(host, { source, report });
    expect(outcome).toMatchObject({ kind: "done", summarySheet: "Summary" });
    const summary = model.sheets.find((s) => s.name === "Summary")!;
    const texts: string[] = [];
    for (let r = 0; r < 200; r++)
      for (let c = 0; c < 20; c++) {
        const value = summary.valueAt(r, c);
        if (typeof value === "string" && value.startsWith("дд")) texts.push(value);
      }
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text.length).toBeLessThan(MAX_CELL_TEXT);
      expect(text.endsWith("\u2026")).toBe(true);
    }
  });
});
