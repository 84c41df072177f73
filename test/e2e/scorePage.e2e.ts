import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { convertWithLibreOffice, sheetsAsLibreOfficeSeesThem } from "../support/libreoffice";
import { readCharts } from "../support/chartParts";
import { bigXlsx } from "../support/bigWorkbook";
import { openXlsx } from "../../src/files/xlsxPackage";
import { readSheetGrid } from "../../src/files/xlsxSheet";
import { ARTIFACTS, launchChromium } from "./harness";

// The "Score a file" page (dist/score.html, src/page) as a user meets it: served as static files,
// in Debian's Chromium, offline once loaded. Its results workbook is compared, through LibreOffice,
// with the command line's for the same file: same core code, same workbook.
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
};

/** dist/ as a static host would serve it: files only, no code of ours on the server. */
function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = path.normalize(path.join(DIST, new URL(request.url!, "http://x").pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    })
  );
}

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "score.html")))
    throw new Error('dist/score.html is missing: run "npm run build" first');
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests that left the page's origin (blob: downloads and data: aside): there must be none. */
  external: string[];
  errors: string[];
}

/** Opens the page, then takes the browser offline: everything after this works without a network. */
async function openPage(lang: string): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: 1000, height: 1100 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) external.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  await page.goto(`${server.url}score.html?lang=${lang}`);
  await page.getByTestId("file").waitFor();
  await context.setOffline(true);
  return { context, page, external, errors };
}

/** Chooses the file and returns the milliseconds until the check report shows its count. */
async function choose(page: Page, file: string, scored: number): Promise<number> {
  const start = Date.now();
  await page.getByTestId("file").setInputFiles(file);
  await page
    .getByTestId("count-scored")
    .filter({ hasText: new RegExp(`^${scored}$`) })
    .waitFor();
  return Date.now() - start;
}

async function downloadResults(page: Page, name: string, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const file = path.join(ARTIFACTS, name);
  await download.saveAs(file);
  return file;
}

/** The command line's results workbook for the same file and language. */
async function cliResults(input: string, lang: string): Promise<string> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "score-page-cli-")), "cli.xlsx");
  const io = { stdout: () => undefined, stderr: () => undefined };
  expect(await main([input, "--lang", lang, "--out", out], io)).toBe(0);
  return out;
}

/** Every chart has series, and every series points at the Summary sheet's cells. */
async function expectCharts(file: string, summary: string, atLeast: number) {
  const charts = await readCharts(fs.readFileSync(file));
  expect(charts.length).toBeGreaterThanOrEqual(atLeast);
  for (const chart of charts) {
    expect(chart.series.length).toBeGreaterThan(0);
    for (const s of chart.series)
      expect(s.values.f.startsWith(`'${summary}'!`) || s.values.f.startsWith(`${summary}!`)).toBe(
        true
      );
  }
  return charts;
}

describe("the Score a file page, in Chromium", () => {
  it("keeps the GPL formula engine out of its bundle, which has a size", () => {
    const bundle = fs.readFileSync(path.join(DIST, "score.js"), "utf8");
    expect(bundle).not.toMatch(/HyperFormula/i);
    expect(fs.readFileSync(path.join(DIST, "score.html"), "utf8")).toMatch(
      /<meta http-equiv="?Content-Security-Policy"? content="default-src 'self'; script-src 'self';/
    );
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    const gzip = require("zlib").gzipSync(bundle).length as number;
    console.log(`score.js: ${kib(bundle.length)} minified, ${kib(gzip)} gzipped`);
    expect(bundle.length).toBeLessThan(1024 * 1024);
  });

  it("scores the sample CSV offline, shows the check and downloads the CLI's workbook with charts", async () => {
    const { context, page, external, errors } = await openPage("en");
    const sample = path.join(ROOT, "assets/sample-lsg-assessments.csv");
    const ms = await choose(page, sample, 39);
    console.log(`time to score the sample in the page (40 rows, choose → report shown): ${ms} ms`);
    await page
      .getByText("sample-lsg-assessments.csv, sheet “sample-lsg-assessments”: 41 rows read.")
      .waitFor();
    await page.getByText(/Of 39 LSGs scored, 25 \(64%\)/).waitFor();
    await page.screenshot({
      path: path.join(
        ROOT,
        process.env.UPDATE_DOCS ? "docs" : "test-artifacts/e2e",
        "score-page.png"
      ),
      fullPage: true,
    });
    const file = await downloadResults(
      page,
      "sample-lsg-assessments results.xlsx",
      "Download the results workbook"
    );
    // The download chosen again: a workbook of several sheets, the first read, another picked.
    await choose(page, file, 39);
    await page.getByText(/sheet “Data”: 41 rows read/).waitFor();
    await page.getByTestId("sheet").selectOption("Summary");
    await page.getByText(/sheet “Summary”/).waitFor();
    await expect(page.getByTestId("count-scored").count()).resolves.toBe(0);
    await page.getByTestId("sheet").selectOption("Results");
    await page.getByText(/sheet “Results”: 41 rows read/).waitFor();
    await page.getByTestId("count-scored").filter({ hasText: /^39$/ }).waitFor();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    const ours = sheetsAsLibreOfficeSeesThem(file);
    const cli = sheetsAsLibreOfficeSeesThem(await cliResults(sample, "en"));
    expect([...ours.keys()]).toEqual([...cli.keys()]);
    for (const [name, rows] of cli) expect(ours.get(name)).toEqual(rows);
    const results = ours.get("Results")!;
    expect(results[0].slice(0, 3)).toEqual(["Row", "LSG", "District"]);
    expect(results[1].slice(0, 2)).toEqual(["2", "Теплоключенский АО"]);
    // LibreOffice's CSV ends with an empty line: the header and 40 LSGs.
    expect(results.filter((r) => r.some((c) => c !== ""))).toHaveLength(41);
    const barskoon = results.find((r) => r[1] === "Барскоонский АО")!;
    expect(barskoon.slice(5, 11)).toEqual(["3", "2", "2", "7", "3", "gender-positive policy"]);
    const charts = await expectCharts(file, "Summary", 3);
    const categories = charts.find((c) => c.kind === "doughnutChart")!;
    expect(categories.series[0].values.cache).toEqual([3, 25, 11]);
    // Through LibreOffice and back to .xlsx, the charts are still there, bound to the Summary.
    const roundTrip = await expectCharts(convertWithLibreOffice(file, "xlsx"), "Summary", 3);
    expect(roundTrip.map((c) => c.kind).sort()).toEqual(charts.map((c) => c.kind).sort());
  });

  it("reads a messy ministry workbook in Russian: problems with their cells, the user's sheet kept", async () => {
    const { context, page, external, errors } = await openPage("ru");
    const messy = path.join(ROOT, "assets/example-ministry-sheet.xlsx");
    await choose(page, messy, 5);
    await expect(page.getByTestId("count-invalid").textContent()).resolves.toBe("1");
    await expect(page.getByTestId("count-blank").textContent()).resolves.toBe("1");
    await page.getByRole("button", { name: /^F8: Санташ а\/а: .*бар/ }).click();
    await expect(page.getByTestId("cell").textContent()).resolves.toBe("В ячейке F8: «бар».");
    const file = await downloadResults(
      page,
      "example-ministry-sheet results.xlsx",
      "Скачать книгу с результатами"
    );
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    const ours = sheetsAsLibreOfficeSeesThem(file);
    const cli = sheetsAsLibreOfficeSeesThem(await cliResults(messy, "ru"));
    expect([...ours.keys()]).toEqual([...cli.keys()]);
    for (const [name, rows] of cli) expect(ours.get(name)).toEqual(rows);
    expect(ours.has("Мониторинг")).toBe(true);
    const results = ours.get("Результаты")!;
    const santash = results.find((r) => r[0] === "8")!;
    expect(santash.at(-1)).toMatch(/^F8: .*«бар»|^F8: .*“бар”|^F8: .*бар/);
    await expectCharts(file, "Сводка", 3);
  });

  it("scores 10,000 rows of an .xlsx and writes them all, timed", async () => {
    const { context, page, external, errors } = await openPage("en");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "score-page-big-")), "big.xlsx");
    fs.writeFileSync(
      file,
      bigXlsx(10_000, (i) => [i % 4, (i >> 2) % 4, (i >> 4) % 4])
    );
    const ms = await choose(page, file, 10_000);
    const start = Date.now();
    const out = await downloadResults(page, "big results.xlsx", "Download the results workbook");
    console.log(
      `10,000-row .xlsx in the page: ${ms} ms to score, ${Date.now() - start} ms to download`
    );
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    const book = openXlsx(fs.readFileSync(out));
    const results = readSheetGrid(
      book,
      book.sheets.find((s) => s.name === "Results")!
    );
    expect(results.values).toHaveLength(10_001);
    // Row 10,001 of the sheet is LSG 9,999 (odd: Jalal-Abad; round 2019 + 9999 % 3, kept as text):\n    // scores 3, 3, 0 (9999 % 4, 2499 % 4, 624 % 4), total 6.
    expect(results.values[10_000].slice(1, 9)).toEqual([
      "Айыл аймагы 9999",
      "Район 39",
      "Джалал-Абадская область",
      "2019",
      3,
      3,
      0,
      6,
    ]);
  });
});
