import fs from "fs";
import path from "path";
import { runCli, runCliJson, SAMPLE as SAMPLE_PATH, tempDir } from "./run";
import { writeEnglishCsv } from "../support/fixtures";

const dir = tempDir();

describe("evidence and the method", () => {
  it("warns about scores above 0 without evidence, where the sheet keeps evidence, unless switched off", async () => {
    const file = path.join(dir, "evidence.csv");
    writeEnglishCsv(file);
    const report = await runCliJson(file);
    // Tamchy 2019 (row 4): 2, 1, 1 with no evidence at all; Tamchy 2023 (row 5): 1, 0, 0.
    expect(
      report.validation.evidenceWarnings.map((w) => [w.cell, w.indicator, w.score, w.evidenceCell])
    ).toEqual([
      ["E4", "documents", 2, "F4"],
      ["G4", "mechanism", 1, "H4"],
      ["I4", "budget", 1, "J4"],
      ["E5", "documents", 1, "F5"],
      ["E7", "documents", 1, "F7"],
    ]);
    expect(report.validation.evidenceWarnings[0].message).toBe(
      "E4: Documents scored 2 with no evidence (F4 is empty)."
    );
    // Warnings never stop a row from being scored.
    expect(report.rows[2].total).toBe(4);
    const off = await runCliJson(file, "--no-evidence-check");
    expect(off.validation.evidenceWarnings).toEqual([]);
  });

  it("scores with an edited method from --method and says which method produced the report", async () => {
    const file = path.join(dir, "method.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        id: "stricter-2026",
        categories: [
          { id: "positive", min: 8, max: 9 },
          { id: "addressing", min: 3, max: 7 },
        ],
      })
    );
    const report = await runCliJson(SAMPLE_PATH, "--method", file);
    expect(report.method).toBe("stricter-2026");
    // The sample's three positive LSGs all total 7: under this method they are gender-addressing.
    expect(report.summary.categories.positive.count).toBe(0);
    expect(report.summary.categories.addressing.count).toBe(28);
    const text = await runCli(SAMPLE_PATH, "--method", file);
    expect(text.stdout).toContain(
      "(edited); 0–3 per indicator; 8–9 gender-positive policy; 3–7 gender-addressing policy"
    );
  });

  it("refuses an invalid method with every reason on one line", async () => {
    const file = path.join(dir, "bad-method.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        categories: [
          { id: "blind", min: 0, max: 1 },
          { id: "addressing", label: { en: "x" } },
        ],
      })
    );
    const result = await runCli(SAMPLE_PATH, "--method", file);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain('category "addressing" label has no ru label');
    fs.writeFileSync(file, "{ not json");
    expect((await runCli(SAMPLE_PATH, "--method", file)).stderr).toContain(
      "Cannot read the method"
    );
  });
});
