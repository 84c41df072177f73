import fs from "fs";
import path from "path";
import { chromium, type Browser, type Frame, type FrameLocator, type Page } from "playwright-core";
const { startServer } = require("../../scripts/demo-server.js") as {
  startServer: () => Promise<{ url: string; close: () => Promise<void> }>;
};

// Debian's Chromium, never a downloaded browser; flags keep it off the network.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/e2e");

export interface Session {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Debian's Chromium, headless and off the network, with the screenshots' folder ready. */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return browser;
}

export async function startSession(): Promise<Session> {
  const server = await startServer();
  const browser = await launchChromium();
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface Demo {
  page: Page;
  pane: FrameLocator;
  paneFrame: () => Frame;
  /** Requests that left the demo's own origin: there must be none. */
  external: string[];
  errors: string[];
  shot(name: string): Promise<void>;
}

/**
 * Opens the demo on the sample workbook, with Office's display language set, and waits for the
 * pane; `paneWidth` lays the pane out that many pixels wide (the demo's ?paneWidth=).
 */
export async function openDemo(
  session: Session,
  displayLanguage = "en-US",
  options: { paneWidth?: number } = {}
): Promise<Demo> {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(session.url) && !request.url().startsWith("data:"))
      external.push(request.url());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  // Anything the pane's Content-Security-Policy refuses (Chromium reports it on the console).
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  const width = options.paneWidth ? `&paneWidth=${options.paneWidth}` : "";
  await page.goto(`${session.url}?lang=${displayLanguage}${width}`);
  await page.waitForFunction(
    () => (window as unknown as { demo?: { ready: boolean } }).demo?.ready === true
  );
  const pane = page.frameLocator("#pane");
  await pane.locator("#source-heading").waitFor();
  await pane
    .getByRole("status")
    .filter({ hasText: /A1:H41/ })
    .waitFor();
  return {
    page,
    pane,
    paneFrame: () => page.frames().find((f) => f.url().includes("pane.html"))!,
    external,
    errors,
    shot: async (name) => {
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    },
  };
}

/** The value shown in a grid cell of the active sheet. */
export function cell(page: Page, address: string) {
  return page.locator(`#grid td[data-address="${address}"]`);
}

/** Types into a cell through the formula bar, as a user would. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await cell(page, address).click();
  await page.locator("#formula-input").fill(text);
  await page.locator("#formula-input").press("Enter");
}

export async function chartSeries(
  page: Page,
  name: string
): Promise<{ name: string; categories: string[]; values: number[] }[]> {
  const raw = await page.locator(`figure[data-chart="${name}"]`).getAttribute("data-series");
  return JSON.parse(raw ?? "[]");
}
