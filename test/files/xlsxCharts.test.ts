import path from "path";
import { addCharts } from "../../src/files/xlsxCharts";
import { openXlsx } from "../../src/files/xlsxPackage";
import { writeWorkbookPackage } from "../../src/files/xlsxWriter";
import { ZipReader, ZipWriter } from "../../src/files/zip";
import { absoluteRef, boundCharts, type BoundChart } from "../../src/report/chartSpecs";
import { parseXml, readCharts, resolveRef, splitRef } from "../support/chartParts";
import { chartWorkbook, LAYOUT, SHEET } from "../support/chartWorkbook";

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
  const { bytes, charts } = chartWorkbook(true);

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
    const before = new ZipReader(chartWorkbook(false).bytes);
    for (const part of [
      "xl/worksheets/sheet1.xml",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
    ])
      expect(zip.raw(zip.entries.get(part)!)).toEqual(before.raw(before.entries.get(part)!));
  });

  it("adds its relationship beside the sheet's own, under an id not taken", async () => {
    const plain = new ZipReader(chartWorkbook(false).bytes);
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
