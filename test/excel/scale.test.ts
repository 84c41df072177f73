import { analyse } from "../../src/report";
import { readAssessmentTable } from "../../src/sheets";
import { PAYLOAD_LIMIT } from "../../src/fake-excel/context";
import { bigWorkbook } from "../support/bigWorkbook";
import { hostFor } from "../support/fakeWorkbooks";
import { applyWith } from "../support/paneSteps";

describe("a 50,000-row run", () => {
  it("reads, checks and writes with few round trips, each under Excel on the web's 5 MB limit", async () => {
    const excel = bigWorkbook(50_000, (i) => [i % 4, (i >> 2) % 4, (i >> 4) % 4]);
    const host = hostFor(excel);
    const source = (await host.readSource())!;
    const readSyncs = excel.metrics.syncs;
    const report = analyse(readAssessmentTable(source.grid), "ru");
    excel.resetMetrics();
    const outcome = await applyWith(host, { source, report, lang: "ru" });
    expect(outcome).toMatchObject({ kind: "done", rows: 50_000 });
    const writeSyncs = excel.metrics.syncs;
    // Reading: one round trip to find the data, then blocks under the limit.
    expect(readSyncs).toBeLessThanOrEqual(1 + Math.ceil((50_001 * 8 * 96) / (4 * 1024 * 1024)));
    // Writing: check, result chunks, summary, settings.
    expect(writeSyncs).toBeLessThanOrEqual(8);
    expect(excel.metrics.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.metrics.calculationSuspended).toBeGreaterThan(0);
    // Every row arrived and got its own result, in order.
    const sheet = excel.model.sheets[0];
    let written = 0;
    for (let r = 1; r <= 50_000; r++) {
      const i = r - 1;
      const expected = (i % 4) + ((i >> 2) % 4) + ((i >> 4) % 4);
      if (sheet.valueAt(r, 8) === expected) written++;
    }
    expect(written).toBe(50_000);
  }, 60_000);
});
