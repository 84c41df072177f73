import { analyse } from "../../src/report";
import { readAssessmentTable } from "../../src/sheets";
import { FakeExcel, WorkbookModel } from "../../src/fake-excel";
import { PAYLOAD_LIMIT } from "../../src/fake-excel/context";
import { fill, hostFor } from "../support/fakeWorkbooks";

/** A workbook of n LSG rows with Russian headers and varied scores. */
export function bigWorkbook(n: number): FakeExcel {
  const model = new WorkbookModel();
  const sheet = model.addSheet("LSGs");
  const rows: unknown[][] = [
    [
      "Область",
      "Район",
      "Наименование ОМСУ",
      "Год",
      "Документы",
      "Механизм",
      "Бюджет",
      "Примечание",
    ],
  ];
  for (let i = 0; i < n; i++) {
    rows.push([
      i % 2 ? "Джалал-Абадская область" : "Иссык-Кульская область",
      `Район ${i % 40}`,
      `Айыл аймагы ${i}`,
      2019 + (i % 3),
      i % 4,
      (i >> 2) % 4,
      (i >> 4) % 4,
      i % 7 === 0 ? "Программа развития, с. 12" : "",
    ]);
  }
  fill(sheet, rows);
  return new FakeExcel(model);
}

describe("a 50,000-row run", () => {
  it("reads, checks and writes with few round trips, each under Excel on the web's 5 MB limit", async () => {
    const excel = bigWorkbook(50_000);
    const host = hostFor(excel);
    const source = (await host.readSource())!;
    const readSyncs = excel.metrics.syncs;
    const report = analyse(readAssessmentTable(source.grid), "ru");
    excel.resetMetrics();
    const outcome = await host.apply({
      source,
      report,
      mode: "values",
      lang: "ru",
      overwrite: false,
    });
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
