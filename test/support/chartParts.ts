import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { openXlsx } from "../../src/files/xlsxPackage";
import { readSheetGrid } from "../../src/files/xlsxSheet";
import { parseAreaAddress, type CellValue } from "../../src/sheets";

// Charts read back from an .xlsx package as any reader would: the chart parts' XML, parsed.

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) =>
    ["ser", "pt", "twoCellAnchor", "Relationship", "Override", "p", "r"].includes(name),
});

export function parseXml(xml: string): any {
  return parser.parse(xml);
}

export interface ReadSeries {
  name: { f: string; cache: string[] };
  categories: { f: string; cache: (string | undefined)[] };
  values: { f: string; cache: (number | undefined)[] };
}

export interface ReadChart {
  part: string;
  /** The plot's element: doughnutChart, barChart… */
  kind: string;
  barDir?: string;
  grouping?: string;
  title: string;
  series: ReadSeries[];
}

function cache(ref: any): { f: string; cache: any[] } {
  const data = ref?.strRef ?? ref?.numRef;
  if (!data) return { f: "", cache: [] };
  const points = (data.strCache ?? data.numCache)?.pt ?? [];
  const count = Number((data.strCache ?? data.numCache)?.ptCount?.["@val"] ?? 0);
  const values: any[] = Array(count).fill(undefined);
  for (const pt of points) values[Number(pt["@idx"])] = data.numCache ? Number(pt.v) : pt.v;
  return { f: String(data.f), cache: values };
}

/** Every chart part of the package, in part-name order. */
export async function readCharts(bytes: Buffer): Promise<ReadChart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files)
    .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const charts: ReadChart[] = [];
  for (const part of parts) {
    const chart = parseXml(await zip.file(part)!.async("string")).chartSpace.chart;
    const plotArea = chart.plotArea;
    const kind = Object.keys(plotArea).find((k) => k.endsWith("Chart"))!;
    const plot = plotArea[kind];
    const runs = (chart.title?.tx?.rich?.p ?? []).flatMap((p: any) => p.r ?? []);
    charts.push({
      part,
      kind,
      barDir: plot.barDir?.["@val"],
      grouping: plot.grouping?.["@val"],
      title: runs.map((r: any) => String(r.t)).join(""),
      series: (plot.ser ?? []).map((ser: any) => ({
        name: cache(ser.tx),
        categories: cache(ser.cat),
        values: cache(ser.val),
      })),
    });
  }
  return charts;
}

/** A reference such as 'O''Brien'!$B$3:$B$5: the sheet name unquoted and the cells. */
export function splitRef(ref: string): {
  sheet: string;
  area: ReturnType<typeof parseAreaAddress>;
} {
  const bang = ref.lastIndexOf("!");
  const rawSheet = ref.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, area: parseAreaAddress(ref.slice(bang + 1)) };
}

/** The values of the cells a reference names, read from the written sheet, row by row. */
export function resolveRef(bytes: Buffer, ref: string): CellValue[] {
  const { sheet, area } = splitRef(ref);
  if (!area) throw new Error(`not a cell reference: ${ref}`);
  const book = openXlsx(bytes);
  const entry = book.sheets.find((s) => s.name === sheet);
  if (!entry) throw new Error(`no sheet ${sheet} for ${ref}`);
  const grid = readSheetGrid(book, entry);
  const values: CellValue[] = [];
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++)
      values.push(grid.values[r + 1 - grid.firstRow]?.[c - grid.firstColumn] ?? null);
  return values;
}

/**
 * Pixels of strong colour on the PDF's pages, rendered by poppler's pdftoppm at 30 dpi: our
 * sheets' cells are black on white or pale lavender, so strong colour is what charts draw.
 */
export function colouredPixels(pdf: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-ppm-"));
  execFileSync("pdftoppm", ["-r", "30", pdf, path.join(dir, "page")], { stdio: "pipe" });
  let count = 0;
  for (const file of fs.readdirSync(dir)) {
    const bytes = fs.readFileSync(path.join(dir, file));
    // P6 header: "P6", width, height, maxval, each followed by one whitespace byte.
    let at = 0;
    for (let fields = 0; fields < 4; fields++) {
      while (/\s/.test(String.fromCharCode(bytes[at]))) at++;
      while (!/\s/.test(String.fromCharCode(bytes[at]))) at++;
    }
    for (at++; at + 2 < bytes.length; at += 3) {
      const [r, g, b] = [bytes[at], bytes[at + 1], bytes[at + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 100) count++;
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return count;
}
