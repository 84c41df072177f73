import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { openXlsx } from "../../src/files/xlsxPackage";
import { readSheetGrid } from "../../src/files/xlsxSheet";
import { ZipReader } from "../../src/files/zip";
import { cellText } from "../../src/sheets";
import { writeEnglishCsv } from "../support/fixtures";
import {
  colouredPixels,
  readCharts,
  resolveRef,
  splitRef,
  type ReadChart,
} from "../support/chartParts";
import { convertWithLibreOffice } from "../support/libreoffice";
import { runCli, SAMPLE, tempDir } from "./run";
import { analyse } from "../../src/report";
import { readAssessmentTable } from "../../src/sheets";
import { sampleHost } from "../support/fakeWorkbooks";
import { applyWith } from "../support/paneSteps";

const dir = tempDir();

async function scoreTo(input: string, out: string, ...args: string[]): Promise<Buffer> {
  const result = await runCli(input, "--out", out, "--force", ...args);
  // "written." in --lang: записан / жазылды.
  expect(result.stderr).toBe(`${out} ${{ ru: "записан", ky: "жазылды" }[args[1]] ?? "written"}.\n`);
  expect(result.code).toBe(0);
  return fs.readFileSync(out);
}

/** Column A of the summary sheet: the table titles the charts are named after. */
function summaryTitles(bytes: Buffer, sheet: string): string[] {
  const book = openXlsx(bytes);
  const grid = readSheetGrid(
    book,
    book.sheets.find((s) => s.name === sheet)!
  );
  return grid.values.map((row) => cellText(row[0]));
}

/** Every series names cells on the summary sheet that hold its numbers, exactly as cached. */
function expectBoundToCells(bytes: Buffer, charts: ReadChart[], sheet: string): void {
  for (const chart of charts) {
    expect(chart.series.length).toBeGreaterThan(0);
    for (const series of chart.series) {
      for (const ref of [series.name.f, series.categories.f, series.values.f])
        expect(splitRef(ref).sheet).toBe(sheet);
      const numbers = resolveRef(bytes, series.values.f);
      expect(numbers.every((v) => typeof v === "number")).toBe(true);
      expect(numbers).toEqual(series.values.cache);
      expect(resolveRef(bytes, series.categories.f).map((v) => cellText(v))).toEqual(
        series.categories.cache
      );
      expect(resolveRef(bytes, series.name.f)).toEqual(series.name.cache);
    }
  }
}

describe("the results workbook's Summary charts", () => {
  const out = path.join(dir, "sample.xlsx");
  let bytes: Buffer;
  let charts: ReadChart[];
  beforeAll(async () => {
    bytes = await scoreTo(SAMPLE, out);
    charts = await readCharts(bytes);
  });

  it("are the pane's charts: categories, categories per oblast, indicator means", async () => {
    expect(charts.map((c) => [c.kind, c.barDir, c.grouping])).toEqual([
      ["doughnutChart", undefined, undefined],
      ["barChart", "col", "stacked"],
      ["barChart", "bar", "clustered"],
    ]);
    const titles = summaryTitles(bytes, "Summary");
    expect(titles).toContain(charts[0].title);
    expect(titles).toContain(charts[1].title);
    expect(titles.some((t) => t !== "" && charts[2].title.endsWith(`: ${t}`))).toBe(true);
    expectBoundToCells(bytes, charts, "Summary");
  });

  it("match the charts the task pane writes on the same sample (in the in-memory Excel)", async () => {
    const { excel, host } = sampleHost();
    const source = (await host.readSource())!;
    const report = analyse(readAssessmentTable(source.grid, {}), "en");
    await applyWith(host, { source, report });
    const pane = excel.model.charts.map((chart) => ({
      title: chart.title,
      series: excel.model.chartSeries(chart).map((s) => [s.name, s.categories, s.values]),
    }));
    const ours = charts.map((chart) => ({
      title: chart.title,
      series: chart.series.map((s) => [s.name.cache[0], s.categories.cache, s.values.cache]),
    }));
    expect(ours).toEqual(pane);
  });

  it("show the report's numbers: the doughnut's slices add up to the LSGs scored", async () => {
    const report = JSON.parse((await runCli(SAMPLE, "--json")).stdout);
    const [doughnut, byOblast, indicators] = charts;
    // The three categories, without the "of which…" row below them.
    expect(doughnut.series).toHaveLength(1);
    expect(doughnut.series[0].categories.cache).toHaveLength(3);
    const sum = (values: (number | undefined)[]) =>
      values.reduce<number>((a, v) => a + (v ?? 0), 0);
    expect(sum(doughnut.series[0].values.cache)).toBe(report.summary.scored);
    expect(sum(byOblast.series.flatMap((s) => s.values.cache))).toBe(report.summary.scored);
    expect(byOblast.series[0].categories.cache).toEqual(["Issyk-Kul", "Jalal-Abad"]);
    expect(indicators.series[0].categories.cache).toEqual(["Documents", "Mechanism", "Budget"]);
  });

  it("add a chart of categories per round when there are rounds", async () => {
    const csv = path.join(dir, "rounds.csv");
    writeEnglishCsv(csv);
    const written = await scoreTo(csv, path.join(dir, "rounds.xlsx"));
    const read = await readCharts(written);
    const byRound = read.find((c) => c.title === "Categories by round");
    expect(byRound?.kind).toBe("barChart");
    expect(byRound?.grouping).toBe("stacked");
    expect(byRound?.series[0].categories.cache).toEqual(["2019", "2023"]);
    expect(read.length).toBeGreaterThanOrEqual(4);
    expectBoundToCells(written, read, "Summary");
  });

  it.each(["ru", "ky"])("are titled in the report's language (--lang %s)", async (lang) => {
    const written = await scoreTo(SAMPLE, path.join(dir, `sample-${lang}.xlsx`), "--lang", lang);
    const read = await readCharts(written);
    const sheet = openXlsx(written).sheets[2].name;
    expect(sheet).not.toBe("Summary");
    expectBoundToCells(written, read, sheet);
    const titles = summaryTitles(written, sheet);
    expect(titles).toContain(read[0].title);
    for (const chart of read) {
      expect(chart.title).toMatch(/[а-яё]/i);
      expect(charts.map((c) => c.title)).not.toContain(chart.title);
      for (const s of chart.series) expect(s.name.cache[0]).not.toMatch(/^[A-Za-z %]+$/);
    }
  });

  it("follow the summary sheet when the user's workbook has a sheet named Summary", async () => {
    const rows = Papa.parse<string[]>(fs.readFileSync(SAMPLE, "utf8"), {
      skipEmptyLines: true,
    }).data;
    const input = new ExcelJS.Workbook();
    input
      .addWorksheet("LSGs")
      .addRows(rows.map((r) => r.map((v) => (/^\d+$/.test(v) ? Number(v) : v))));
    input.addWorksheet("Summary").getCell("A1").value = "my own notes";
    const file = path.join(dir, "own-summary.xlsx");
    await input.xlsx.writeFile(file);
    const written = await scoreTo(
      file,
      path.join(dir, "own-summary-results.xlsx"),
      "--sheet",
      "LSGs"
    );
    const read = await readCharts(written);
    expect(read).toHaveLength(3);
    expect(splitRef(read[0].series[0].values.f).sheet).toBe("Summary (2)");
    expect(read[0].series[0].values.f).toMatch(/^'Summary \(2\)'!\$B\$\d+:\$B\$\d+$/);
    expectBoundToCells(written, read, "Summary (2)");
  });

  it("are replaced, not piled up, when the CLI runs on its own results", async () => {
    const again = await scoreTo(out, path.join(dir, "again.xlsx"));
    const parts = [...new ZipReader(again).entries.keys()].filter((n) => /charts|drawings/.test(n));
    expect(parts.sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    expectBoundToCells(again, await readCharts(again), "Summary");
  });

  it("survive LibreOffice: saved as .xlsx they keep their references, printed they are drawn", async () => {
    const saved = await readCharts(fs.readFileSync(convertWithLibreOffice(out, "xlsx")));
    const refs = (list: ReadChart[]) =>
      list.map((c) => c.series.map((s) => [s.categories.f, s.values.f].map((f) => splitRef(f))));
    expect(refs(saved)).toEqual(refs(charts));
    expect(saved.map((c) => c.title)).toEqual(charts.map((c) => c.title));
    expect(colouredPixels(convertWithLibreOffice(out, "pdf"))).toBeGreaterThan(1000);
  });
});
