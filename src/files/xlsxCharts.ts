/* global Buffer */
import path from "path";
import type { BoundChart } from "../report/chartSpecs";
import { chartPartXml, NS_RELATIONSHIPS } from "./drawingml/chartPart";
import { drawingParts } from "./drawingml/drawingPart";
import { withDrawing } from "./drawingml/sheetDrawing";
import { readRelationships, XlsxError } from "./xlsxPackage";
import { scanXml } from "./xml";
import { ZipReader, ZipWriter } from "./zip";

/**
 * Native charts added to a written .xlsx package (ECMA-376 Part 1, 21.2 charts in a 20.5 drawing):
 * per sheet one drawing part anchoring the charts, one chart part per chart, the sheet's
 * <drawing r:id> with its relationship, and the parts' content types. Every other part is copied
 * as stored, so the sheets' bytes do not change. Excel and LibreOffice draw the charts from the
 * cells they name; users can restyle them.
 */
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const REL_DRAWING = `${NS_RELATIONSHIPS}/drawing`;
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/** The worksheet part of the sheet of that name, by the workbook part and its relationships. */
function sheetPart(zip: ZipReader, name: string): string {
  const main = readRelationships(zip, "").find((r) => r.type.endsWith("/officeDocument"));
  const workbookPart = main?.target ?? "xl/workbook.xml";
  const workbook = zip.read(workbookPart);
  if (!workbook) throw new XlsxError("no workbook part (is it an .xlsx file?)");
  let id: string | undefined;
  scanXml(workbook, {
    open(element, attrs) {
      if (element === "sheet" && attrs.get("name") === name) id = attrs.get("id");
    },
  });
  const part = readRelationships(zip, workbookPart).find((r) => r.id === id)?.target;
  if (id === undefined || !part || !zip.has(part))
    throw new XlsxError(`the workbook has no worksheet named "${name}" to put charts on`);
  return part;
}

/** The first "folder/stemN.xml" not in the package, counting from 1. */
function freePart(taken: Set<string>, folder: string, stem: string): string {
  let n = 1;
  while (taken.has(`${folder}/${stem}${n}.xml`)) n++;
  const part = `${folder}/${stem}${n}.xml`;
  taken.add(part);
  return part;
}

const override = (part: string, type: string) =>
  `<Override PartName="/${part}" ContentType="${type}"/>`;

/** The relationships part with one more relationship, under an id it does not use yet. */
function withRelationship(rels: string | undefined, type: string, target: string) {
  const xml = rels ?? `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
  let id = "rIdGsDrawing";
  while (xml.includes(`Id="${id}"`)) id += "x";
  const element = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const end = /<\/(\w+:)?Relationships>\s*$/.exec(xml);
  if (!end) throw new XlsxError("a relationships part does not end with </Relationships>");
  return { id, xml: xml.slice(0, end.index) + element + xml.slice(end.index) };
}

/**
 * Drawing and chart parts no relationship reaches, with their relationships parts: those of a
 * Summary sheet from an earlier run, which the package writer left out (it drops the sheet and its
 * relationships, not what they pointed to). Nothing can show them; they would pile up run by run.
 */
function orphanedDrawings(zip: ZipReader): Set<string> {
  const reached = new Set<string>();
  const queue = [""];
  for (let part = queue.pop(); part !== undefined; part = queue.pop()) {
    for (const { target } of readRelationships(zip, part)) {
      if (reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  const orphans = new Set<string>();
  for (const name of zip.entries.keys()) {
    if (!/(^|\/)(drawings|charts)\/[^/]+$/.test(name) || reached.has(name)) continue;
    orphans.add(name);
    orphans.add(relsPartOf(name));
  }
  return orphans;
}

const relative = (from: string, to: string) => path.posix.relative(path.posix.dirname(from), to);

/**
 * Puts one sheet's charts into `added` (part name → new text): a drawing part anchoring them, one
 * chart part each, the sheet's <drawing r:id> and its relationship. Returns the parts' content-type
 * overrides.
 */
function addSheetCharts(
  zip: ZipReader,
  taken: Set<string>,
  added: Map<string, string>,
  onSheet: readonly BoundChart[]
): string[] {
  const part = sheetPart(zip, onSheet[0].sheet);
  const drawingPart = freePart(taken, "xl/drawings", "drawing");
  const chartParts = onSheet.map(() => freePart(taken, "xl/charts", "chart"));
  const { drawing, rels } = drawingParts(
    onSheet.map((chart, i) => ({
      name: chart.name,
      title: chart.title,
      position: chart.position,
      target: relative(drawingPart, chartParts[i]),
    }))
  );
  const sheetRels = relsPartOf(part);
  const link = withRelationship(
    added.get(sheetRels) ?? zip.read(sheetRels)?.toString("utf8"),
    REL_DRAWING,
    relative(part, drawingPart)
  );
  added.set(part, withDrawing(added.get(part) ?? zip.read(part)!.toString("utf8"), link.id));
  added.set(sheetRels, link.xml);
  added.set(drawingPart, drawing);
  added.set(relsPartOf(drawingPart), rels);
  onSheet.forEach((chart, i) => added.set(chartParts[i], chartPartXml(chart)));
  return [override(drawingPart, TYPE_DRAWING), ...chartParts.map((p) => override(p, TYPE_CHART))];
}

/** [Content_Types].xml without the orphans' overrides and with the new parts'. */
function contentTypes(zip: ZipReader, orphans: Set<string>, overrides: readonly string[]): string {
  const types = zip.read("[Content_Types].xml")?.toString("utf8");
  const typesEnd = types ? /<\/(\w+:)?Types>\s*$/.exec(types) : null;
  if (!types || !typesEnd) throw new XlsxError("the package has no [Content_Types].xml");
  const kept = types.slice(0, typesEnd.index).replace(/<(\w+:)?Override\b[^>]*\/>/g, (element) => {
    const name = /PartName="\/?([^"]*)"/.exec(element)?.[1];
    return name !== undefined && orphans.has(decodeURI(name)) ? "" : element;
  });
  return kept + overrides.join("") + types.slice(typesEnd.index);
}

/** The package with the charts added; charts name the sheet they sit on, where their cells are. */
export function addCharts(bytes: Buffer, charts: readonly BoundChart[]): Buffer {
  if (charts.length === 0) return bytes;
  const zip = new ZipReader(bytes);
  const orphans = orphanedDrawings(zip);
  const taken = new Set([...zip.entries.keys()].filter((name) => !orphans.has(name)));
  const added = new Map<string, string>();
  const overrides: string[] = [];
  for (const sheet of new Set(charts.map((c) => c.sheet))) {
    const onSheet = charts.filter((c) => c.sheet === sheet);
    overrides.push(...addSheetCharts(zip, taken, added, onSheet));
  }
  added.set("[Content_Types].xml", contentTypes(zip, orphans, overrides));

  const out = new ZipWriter();
  // [Content_Types].xml first, as Excel writes it (some readers sniff the first entry).
  out.add("[Content_Types].xml", added.get("[Content_Types].xml")!);
  for (const entry of zip.entries.values()) {
    if (!added.has(entry.name) && !orphans.has(entry.name)) out.copy(zip, entry);
  }
  for (const [name, xml] of added) if (name !== "[Content_Types].xml") out.add(name, xml);
  return out.finish();
}
