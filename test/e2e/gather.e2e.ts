import path from "path";
import { openDemo, startSession, type Session } from "./harness";

// "Add assessors' files…" in a real browser: the file input, FileReader's base64, and the
// in-memory Excel reading the inserted workbooks with the page's own zip and XML code.

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

const asset = (name: string) => path.resolve(__dirname, "../../assets", name);

describe("gathering assessors' files in the demo", () => {
  it("inserts the sample's round-2025 files, gathers 80 rows and shows who moved", async () => {
    const demo = await openDemo(session);
    const { page, pane } = demo;
    const started = Date.now();
    await pane
      .getByLabel("Assessors' files", { exact: true })
      .setInputFiles([asset("round-2025-issyk-kul.xlsx"), asset("round-2025-jalal-abad.xlsx")]);
    await pane
      .getByText(
        "80 LSG rows from 2 files and “Оценка 2019” gathered into the sheet “Gathered”; the pane now reads it."
      )
      .waitFor();
    await pane.getByText(/“Gathered”: 80 LSG rows/).waitFor();
    console.log(`two files chosen → 80 rows gathered and read: ${Date.now() - started} ms`);
    await demo.shot("gather-01-gathered");
    for (const name of ["Раунд 2025", "Раунд 2025 (2)", "Gathered"])
      await page.getByRole("tab", { name, exact: true }).waitFor();

    await pane.getByRole("button", { name: "Apply" }).click();
    await pane.getByText(/“Summary” updated/).waitFor();
    await page.getByRole("tab", { name: "Summary" }).click();
    await expect(page.locator("#grid").textContent()).resolves.toContain(
      "Category movers: 2019 → 2025"
    );
    expect(demo.errors).toEqual([]);
    expect(demo.external).toEqual([]);
  });
});
