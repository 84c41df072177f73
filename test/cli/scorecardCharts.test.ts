import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { CATEGORY_COLOURS } from "../../src/report";
import { openXlsx } from "../../src/files/xlsxPackage";
import { readSheetGrid } from "../../src/files/xlsxSheet";
import { cellText } from "../../src/sheets";
import { readCharts, resolveRef, splitRef } from "../support/chartParts";
import { convertWithLibreOffice, findSoffice } from "../support/libreoffice";
import { runCli, SAMPLE, tempDir } from "./run";

const dir = tempDir();
// Strong colour comes only from the charts' bars (the cells are black on white or pale fills).
const MIN_COLOURED = 200;

/** Each page's text, as poppler's pdftotext reads it (pages are split by form feeds). */
function pageTexts(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\f")
    .slice(0, -1);
}

/** Pixels of strong colour on one page (1-based), rendered at 30 dpi: the chart's bars. */
function colouredPixelsOn(pdf: string, page: number): number {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-page-"));
  const stem = path.join(out, "page");
  execFileSync("pdftoppm", ["-r", "30", "-f", `${page}`, "-l", `${page}`, pdf, stem]);
  const file = fs.readdirSync(out)[0];
  const bytes = fs.readFileSync(path.join(out, file));
  fs.rmSync(out, { recursive: true, force: true });
  // P6 header: "P6", width, height, maxval, each followed by one whitespace byte.
  let at = 0;
  for (let fields = 0; fields < 4; fields++) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) at++;
    while (!/\s/.test(String.fromCharCode(bytes[at]))) at++;
  }
  let count = 0;
  for (at++; at + 2 < bytes.length; at += 3) {
    const [r, g, b] = [bytes[at], bytes[at + 1], bytes[at + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 100) count++;
  }
  return count;
}

describe("scorecards with a picture (--scorecards)", () => {
  const out = path.join(dir, "cards.xlsx");
  let bytes: Buffer;

  beforeAll(async () => {
    const result = await runCli(SAMPLE, "--out", out, "--scorecards");
    expect(result.code).toBe(0);
    bytes = fs.readFileSync(out);
  });

  it("gives each card a clustered bar chart bound to its LSG's scores and the two means", async () => {
    const charts = (await readCharts(bytes)).filter((c) =>
      c.series[0]?.name.f.includes("Scorecards")
    );
    // The sample's 40 LSGs, one chart each.
    expect(charts).toHaveLength(40);
    for (const chart of charts) {
      expect(chart).toMatchObject({ kind: "barChart", barDir: "bar", grouping: "clustered" });
      expect(chart.series.map((s) => s.name.cache[0]).slice(1)).toEqual([
        "Oblast mean",
        "Mean of all LSGs",
      ]);
      for (const series of chart.series) {
        expect(resolveRef(bytes, series.values.f)).toEqual(
          series.values.cache.map((v) => v ?? null)
        );
        expect(resolveRef(bytes, series.categories.f)).toEqual(series.categories.cache);
      }
    }
    // Hand-checked from the sample: the first card is Теплоключенский АО's (2019: 2, 1, 0); the
    // means of 2019 over the 19 scored LSGs of Issyk-Kul and over all 39 scored, by hand.
    const book = openXlsx(bytes);
    const grid = readSheetGrid(
      book,
      book.sheets.find((s) => s.name === "Scorecards")!
    );
    const row = (r: number) => grid.values[r - grid.firstRow + 1].slice(0, 4).map(cellText);
    const [lsg, oblast, all] = charts[0].series;
    const top = splitRef(lsg.values.f).area!.top;
    expect(cellText(grid.values[0][0])).toBe("Scorecard: Теплоключенский АО");
    expect(row(top - 1)).toEqual(["", "Documents", "Mechanism", "Budget"]);
    expect(row(top)).toEqual(["Теплоключенский АО", "2", "1", "0"]);
    expect(row(top + 1)).toEqual(["Oblast mean", "1.95", "0.84", "0.42"]);
    expect(row(top + 2)).toEqual(["Mean of all LSGs", "1.9", "0.74", "0.51"]);
    expect([lsg, oblast, all].map((s) => s.values.cache)).toEqual([
      [2, 1, 0],
      [1.95, 0.84, 0.42],
      [1.9, 0.74, 0.51],
    ]);
    expect(lsg.categories.cache).toEqual(["Documents", "Mechanism", "Budget"]);
  });

  it("fills each card's category cell with the category's colour, as the results use", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Scorecards")!;
    const fills = new Map<string, string[]>();
    sheet.eachRow((row) => {
      if (row.getCell(1).value !== "Category") return;
      const cell = row.getCell(2);
      const fill = cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? "") : "none";
      fills.set(String(cell.value), [...(fills.get(String(cell.value)) ?? []), fill]);
    });
    const argb = (hex: string) => `FF${hex.slice(1)}`;
    // The sample's 2019 round: 3 gender-positive, 25 gender-addressing, 11 gender-blind, 1 not scored.
    expect(fills.get("gender-positive policy")).toEqual(
      Array(3).fill(argb(CATEGORY_COLOURS.positive.fill))
    );
    expect(fills.get("gender-addressing policy")).toEqual(
      Array(25).fill(argb(CATEGORY_COLOURS.addressing.fill))
    );
    expect(fills.get("gender-blind policy")).toEqual(
      Array(11).fill(argb(CATEGORY_COLOURS.blind.fill))
    );
  });

  it("titles and names the chart in the report's language (Kyrgyz)", async () => {
    const ky = path.join(dir, "cards-ky.xlsx");
    expect((await runCli(SAMPLE, "--out", ky, "--scorecards", "--lang", "ky")).code).toBe(0);
    const charts = (await readCharts(fs.readFileSync(ky))).filter((c) =>
      c.series[0]?.name.f.includes("Карточкалар")
    );
    expect(charts).toHaveLength(40);
    expect(new Set(charts.map((c) => c.title))).toEqual(
      new Set(["Упайлар облус жана бардык ЖӨБ менен салыштырганда"])
    );
    expect(charts[0].series.map((s) => s.name.cache[0]).slice(1)).toEqual([
      "Облус боюнча орточо",
      "Бардык ЖӨБ боюнча орточо",
    ]);
  });

  const withSoffice = findSoffice() ? it : it.skip;
  withSoffice(
    "prints one A4 page per LSG in LibreOffice, each with its chart drawn",
    () => {
      const pdf = convertWithLibreOffice(out, "pdf");
      const pages = pageTexts(pdf);
      const cards = pages.map((text, i) => ({ text, page: i + 1 }));
      const first = cards.findIndex((p) => p.text.includes("Scorecard: "));
      const scorecardPages = cards.slice(first);
      // The Scorecards sheet is the last: from its first page to the end, one card per page.
      expect(scorecardPages).toHaveLength(40);
      for (const { text, page } of scorecardPages) {
        expect(text.match(/Scorecard: /g)).toHaveLength(1);
        expect(colouredPixelsOn(pdf, page)).toBeGreaterThan(MIN_COLOURED);
      }
      const size = execFileSync("pdfinfo", ["-f", `${first + 1}`, "-l", `${first + 1}`, pdf], {
        encoding: "utf8",
      });
      // A4 portrait: 595 × 842 points.
      expect(size).toMatch(/size:\s+595(\.\d+)? x 841\.\d+|size:\s+595(\.\d+)? x 842/);
    },
    120_000
  );
});
