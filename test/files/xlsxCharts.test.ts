import fs from "fs";
import path from "path";
import { withDrawing } from "../../src/files/drawingml/sheetDrawing";
import { addCharts } from "../../src/files/xlsxCharts";
import { openXlsx } from "../../src/files/xlsxPackage";
import { writeWorkbookPackage } from "../../src/files/xlsxWriter";
import { ZipReader, ZipWriter } from "../../src/files/zip";
import { absoluteRef, boundCharts, type BoundChart } from "../../src/report/chartSpecs";
import type { SummaryLayout } from "../../src/report/summaryLayout";
import { tempDir } from "../cli/run";
import {
  colouredPixels,
  convertWithLibreOffice,
  parseXml,
  readCharts,
  resolveRef,
  splitRef,
} from "../support/chartParts";

// A sheet name that must be quoted in a formula, with an apostrophe to double and an ampersand.
const SHEET = "Итоги O'Brien & Co";

/** A small summary: categories with shares, and categories per round (rounds as numbers). */
const LAYOUT: SummaryLayout = {
  cells: [
    ["Summary", null, null, null],
    ["Category", "LSGs", "Share", null],
    ["positive", 3, 0.3, null],
    ["addressing", 5, 0.5, null],
    ["blind", 2, 0.2, null],
    [null, null, null, null],
    ["Round", "positive", "addressing", "blind"],
    [2019, 1, 2, 3],
    [2023, 2, 2, null],
  ],
  width: 4,
  titleRows: [0],
  findingRow: 0,
  headerRows: [
    { row: 1, columns: 3 },
    { row: 6, columns: 4 },
  ],
  formats: [{ area: { top: 2, bottom: 4, left: 2, right: 2 }, format: "share" }],
  charts: [
    {
      id: "categories",
      type: "Doughnut",
      title: "Категории",
      source: { top: 1, left: 0, bottom: 4, right: 1 },
      position: { top: 1, left: 6, bottom: 10, right: 11 },
    },
    {
      id: "shares",
      type: "BarClustered",
      title: "Shares & <counts>",
      source: { top: 1, left: 0, bottom: 4, right: 2 },
      position: { top: 12, left: 6, bottom: 21, right: 11 },
    },
    {
      id: "byRound",
      type: "ColumnStacked",
      title: "By round",
      source: { top: 6, left: 0, bottom: 8, right: 3 },
      position: { top: 23, left: 6, bottom: 32, right: 11 },
    },
  ],
  columnWidths: [20, 10, 10, 10],
};

function workbook(withCharts: boolean): { bytes: Buffer; charts: BoundChart[] } {
  let charts: BoundChart[] = [];
  const bytes = writeWorkbookPackage(
    undefined,
    () => false,
    (book) => {
      book.sheet("Data").addRow(["x", 1]);
      const sheet = book.sheet(SHEET);
      for (const row of LAYOUT.cells) sheet.addRow(row);
      charts = boundCharts(LAYOUT, sheet.name);
    }
  );
  return { bytes: withCharts ? addCharts(bytes, charts) : bytes, charts };
}

describe("chart specs from a summary layout", () => {
  it("quotes sheet names in references, doubling apostrophes", () => {
    const area = { top: 2, left: 1, bottom: 4, right: 1 };
    expect(absoluteRef("O'Brien", area)).toBe("'O''Brien'!$B$3:$B$5");
    expect(absoluteRef("Summary", { ...area, bottom: 2 })).toBe("'Summary'!$B$3");
    expect(splitRef(absoluteRef(SHEET, area)).sheet).toBe(SHEET);
  });

  it("builds series by columns: header names them, first column holds the categories", () => {
    const [, shares, byRound] = boundCharts(LAYOUT, "S");
    expect(shares.categories).toEqual({
      ref: "'S'!$A$3:$A$5",
      values: ["positive", "addressing", "blind"],
    });
    expect(shares.series.map((s) => [s.name.ref, s.values.ref, s.values.format])).toEqual([
      ["'S'!$B$2", "'S'!$B$3:$B$5", "General"],
      ["'S'!$C$2", "'S'!$C$3:$C$5", "0.0%"],
    ]);
    expect(byRound.categories.values).toEqual([2019, 2023]);
    expect(byRound.series[2].values.values).toEqual([3, null]);
  });
});

describe("charts written into an .xlsx package", () => {
  const { bytes, charts } = workbook(true);

  it("points every series at the cells holding its numbers, and caches them", async () => {
    const read = await readCharts(bytes);
    expect(read.map((c) => [c.kind, c.barDir, c.grouping, c.title])).toEqual([
      ["doughnutChart", undefined, undefined, "Категории"],
      ["barChart", "bar", "clustered", "Shares & <counts>"],
      ["barChart", "col", "stacked", "By round"],
    ]);
    for (const chart of read) {
      for (const series of chart.series) {
        for (const ref of [series.name.f, series.categories.f, series.values.f])
          expect(splitRef(ref).sheet).toBe(SHEET);
        expect(resolveRef(bytes, series.name.f)).toEqual(series.name.cache);
        expect(resolveRef(bytes, series.categories.f)).toEqual(series.categories.cache);
        // A blank cell is a point left out of the cache.
        const cells = resolveRef(bytes, series.values.f);
        expect(cells.map((v) => (v === null ? undefined : v))).toEqual(series.values.cache);
        expect(cells.every((v) => v === null || typeof v === "number")).toBe(true);
      }
    }
    // The numbers are the layout's, column by column.
    expect(read[2].series.map((s) => s.values.cache)).toEqual([
      [1, 2],
      [2, 2],
      [3, undefined],
    ]);
    expect(read[1].series[1].values.cache).toEqual([0.3, 0.5, 0.2]);
  });

  it("links sheet, drawing and charts, lists their content types, and keeps other parts as stored", () => {
    const zip = new ZipReader(bytes);
    const text = (part: string) => zip.read(part)!.toString("utf8");
    const book = openXlsx(bytes);
    const sheet = book.sheets.find((s) => s.name === SHEET)!;
    const sheetXml = text(sheet.part);
    const id = /<drawing r:id="([^"]+)"\/><\/worksheet>$/.exec(sheetXml)?.[1];
    expect(sheetXml).toMatch(
      /^[^>]*>\n<worksheet [^>]*xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships"/
    );
    const sheetRels = parseXml(text("xl/worksheets/_rels/sheet2.xml.rels")).Relationships
      .Relationship;
    const drawingRel = sheetRels.find((r: any) => r["@Id"] === id);
    expect(drawingRel["@Type"]).toMatch(/\/drawing$/);
    const drawingPart = path.posix.join("xl/worksheets", drawingRel["@Target"]);
    const anchors = parseXml(text(drawingPart)).wsDr.twoCellAnchor;
    expect(
      anchors.map((a: any) => [
        a.from.col,
        a.from.row,
        a.to.col,
        a.to.row,
        a.graphicFrame.nvGraphicFramePr.cNvPr["@name"],
      ])
    ).toEqual(
      charts.map((c) => [
        `${c.position.left}`,
        `${c.position.top}`,
        `${c.position.right + 1}`,
        `${c.position.bottom + 1}`,
        `GenderScorecard.${c.id}`,
      ])
    );
    const drawingRels = parseXml(text("xl/drawings/_rels/drawing1.xml.rels")).Relationships
      .Relationship;
    const chartParts = anchors.map((a: any) => {
      const rel = drawingRels.find(
        (r: any) => r["@Id"] === a.graphicFrame.graphic.graphicData.chart["@id"]
      );
      return path.posix.join("xl/drawings", rel["@Target"]);
    });
    expect(chartParts).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
    ]);
    const overrides = parseXml(text("[Content_Types].xml")).Types.Override;
    const typeOf = (part: string) =>
      overrides.find((o: any) => o["@PartName"] === `/${part}`)?.["@ContentType"];
    expect(typeOf(drawingPart)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    for (const part of chartParts)
      expect(typeOf(part)).toBe(
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
      );
    // Every part the content types name exists.
    for (const o of overrides) expect(zip.has(o["@PartName"].slice(1))).toBe(true);
    const before = new ZipReader(workbook(false).bytes);
    for (const part of [
      "xl/worksheets/sheet1.xml",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
    ])
      expect(zip.raw(zip.entries.get(part)!)).toEqual(before.raw(before.entries.get(part)!));
  });

  it("adds its relationship beside the sheet's own, under an id not taken", async () => {
    const plain = new ZipReader(workbook(false).bytes);
    const out = new ZipWriter();
    for (const entry of plain.entries.values()) out.copy(plain, entry);
    // The sheet already links a hyperlink, under the very id the drawing would take.
    const own =
      '<?xml version="1.0"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rIdGsDrawing" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>';
    out.add("xl/worksheets/_rels/sheet2.xml.rels", own);
    const result = new ZipReader(addCharts(out.finish(), charts));
    const rels = parseXml(result.read("xl/worksheets/_rels/sheet2.xml.rels")!.toString("utf8"))
      .Relationships.Relationship;
    expect(rels.map((r: any) => [r["@Id"], r["@Target"]])).toEqual([
      ["rIdGsDrawing", "https://example.org/"],
      ["rIdGsDrawingx", "../drawings/drawing1.xml"],
    ]);
    expect(result.read("xl/worksheets/sheet2.xml")!.toString("utf8")).toContain(
      '<drawing r:id="rIdGsDrawingx"/>'
    );
    expect(await readCharts(result.bytes)).toHaveLength(3);
  });

  it("leaves out an earlier run's drawing when the sheet is written again", async () => {
    // As the CLI on its own results: the old sheet is dropped and written anew, charts added again.
    const base = openXlsx(bytes);
    let again: BoundChart[] = [];
    const rewritten = writeWorkbookPackage(
      base,
      (s) => s.name === SHEET,
      (book) => {
        const sheet = book.sheet(SHEET);
        for (const row of LAYOUT.cells) sheet.addRow(row);
        again = boundCharts(LAYOUT, sheet.name);
      }
    );
    const result = addCharts(rewritten, again);
    const names = [...new ZipReader(result).entries.keys()].filter((n) =>
      /drawings|charts/.test(n)
    );
    expect(names.sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const zip = new ZipReader(result);
    const overrides = parseXml(zip.read("[Content_Types].xml")!.toString("utf8")).Types.Override;
    for (const o of overrides) expect(zip.has(o["@PartName"].slice(1))).toBe(true);
    expect((await readCharts(result)).map((c) => c.title)).toEqual(
      LAYOUT.charts.map((c) => c.title)
    );
  });
});

describe("the drawing element in a worksheet's schema order (ECMA-376 18.3.1.99)", () => {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

  it("goes after pageSetup, headerFooter and breaks, before legacy drawings, tables and extLst", () => {
    const sheet =
      `<worksheet ${NS} ${R}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
      `<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9"/><headerFooter><oddHeader>a &gt; b</oddHeader></headerFooter>` +
      `<rowBreaks count="1"><brk id="2"/></rowBreaks><legacyDrawing r:id="rId1"/>` +
      `<tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst><ext uri="y"/></extLst></worksheet>`;
    expect(withDrawing(sheet, "rId9")).toBe(
      sheet.replace("<legacyDrawing", '<drawing r:id="rId9"/><legacyDrawing')
    );
  });

  it("goes last when nothing follows it, and uses the root's prefixes", () => {
    const sheet =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<x:sheetData/><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`;
    expect(withDrawing(sheet, "rId1")).toBe(
      sheet.replace("</x:worksheet>", '<x:drawing rel:id="rId1"/></x:worksheet>')
    );
  });

  it("declares the relationships namespace when the sheet has none, and refuses a second drawing", () => {
    const sheet = `<?xml version="1.0"?>\n<worksheet ${NS}><sheetData></sheetData></worksheet>`;
    expect(withDrawing(sheet, "rId1")).toBe(
      `<?xml version="1.0"?>\n<worksheet ${R} ${NS}><sheetData></sheetData><drawing r:id="rId1"/></worksheet>`
    );
    const drawn = withDrawing(sheet, "rId1");
    expect(() => withDrawing(drawn, "rId2")).toThrow(/already has a drawing/);
  });
});

describe("LibreOffice opens the charts", () => {
  const dir = tempDir();
  const file = path.join(dir, "charts.xlsx");
  const plain = path.join(dir, "plain.xlsx");
  const { bytes } = workbook(true);
  fs.writeFileSync(file, bytes);
  fs.writeFileSync(plain, workbook(false).bytes);

  it("keeps the charts and their references when it saves the workbook as .xlsx", async () => {
    const saved = fs.readFileSync(convertWithLibreOffice(file, "xlsx"));
    const ours = await readCharts(bytes);
    const theirs = await readCharts(saved);
    expect(theirs).toHaveLength(3);
    const refs = (charts: typeof ours) =>
      charts.map((c) =>
        c.series.map((s) =>
          [s.name.f, s.categories.f, s.values.f].map((f) => {
            const { sheet, area } = splitRef(f);
            return { sheet, area };
          })
        )
      );
    expect(refs(theirs)).toEqual(refs(ours));
    expect(theirs.map((c) => c.title)).toEqual(ours.map((c) => c.title));
  });

  it("draws them when it prints the workbook to PDF", () => {
    const drawn = colouredPixels(convertWithLibreOffice(file, "pdf"));
    const without = colouredPixels(convertWithLibreOffice(plain, "pdf"));
    expect(without).toBe(0);
    // Three charts at 30 dpi: slices and bars of more than a thousand coloured pixels (about 1,500).
    expect(drawn).toBeGreaterThan(1000);
  });
});
