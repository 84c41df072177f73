/* global Buffer */
import path from "path";
import { DeflatedPart, ZipWriter, type ZipReader } from "./zip";
import { readRelationships, type SheetEntry, type XlsxWorkbook } from "./xlsxPackage";
import { SharedStrings, SheetWriter, type SheetOptions } from "./sheetWriter";
import { readStyles, StyleRegistry, stylesWithLooks } from "./xlsxStyles";
import { prefixOf, workbookWith, type NewSheet } from "./xlsxWorkbookPart";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = `${NS_REL}/`;
const TYPE_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TYPE_STRINGS =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const TYPE_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A new package's starting parts: an empty workbook, as if the user had one with no sheets. */
const EMPTY = {
  contentTypes:
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    "</Types>",
  rootRels: `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${REL}officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  workbook: `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
  workbookRels: `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`,
};

export interface PackageBuilder {
  /** A new sheet, named as wanted or "wanted (2)" when the workbook has one of that name. */
  sheet(wanted: string, options?: SheetOptions): SheetWriter;
}

function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/**
 * A workbook package: the base workbook's parts copied as they are stored (its sheets byte for
 * byte), sheets `remove` picks left out, and the sheets `build` adds. Only the parts that list
 * sheets, strings and styles are edited, by insertion, so everything else of the user's (formats,
 * merges, comments, drawings, defined names) stays as it was.
 */
export function writeWorkbookPackage(
  base: XlsxWorkbook | undefined,
  remove: (sheet: SheetEntry) => boolean,
  build: (builder: PackageBuilder) => void
): Buffer {
  const zip = base?.zip;
  const read = (part: string) => zip?.read(part)?.toString("utf8");
  const workbookPart = base?.workbookPart ?? "xl/workbook.xml";
  const rels = zip ? readRelationships(zip, workbookPart) : [];
  const partOf = (type: string) => rels.find((r) => r.type.endsWith(`/${type}`))?.target;
  const layout: Layout = {
    zip,
    workbookPart,
    workbookRelsPart: relsPartOf(workbookPart),
    stylesPart: partOf("styles") ?? "xl/styles.xml",
    stringsPart: partOf("sharedStrings") ?? "xl/sharedStrings.xml",
    stylesRelated: partOf("styles") !== undefined,
    stringsRelated: partOf("sharedStrings") !== undefined,
  };
  const dropped = (base?.sheets ?? []).filter(remove);
  const kept = (base?.sheets ?? []).filter((s) => !remove(s));

  const styles = readStyles(zip?.read(layout.stylesPart));
  const registry = new StyleRegistry(Math.max(1, styles.sections.get("cellXfs")?.count ?? 0));
  const strings = new SharedStrings(base?.sharedStrings.length ?? 0);
  const added = buildSheets(kept, strings, registry, build);

  const workbookXml = read(workbookPart) ?? EMPTY.workbook;
  const newSheets = placeSheets(zip, rels, workbookXml, added);
  const droppedParts = new Set(dropped.flatMap((s) => [s.part, relsPartOf(s.part)]));
  const out = new ZipWriter();
  out.add(
    "[Content_Types].xml",
    contentTypesWith(read("[Content_Types].xml"), layout, droppedParts, newSheets)
  );
  if (!zip) out.add("_rels/.rels", EMPTY.rootRels);
  copyUnchangedParts(out, layout, droppedParts);
  out.add(workbookPart, workbookWith(workbookXml, dropped, newSheets));
  out.add(
    layout.workbookRelsPart,
    workbookRelsWith(read(layout.workbookRelsPart), layout, dropped, newSheets)
  );
  out.add(layout.stylesPart, stylesWithLooks(styles, registry.all));
  out.addDeflated(layout.stringsPart, sharedStringsPart(zip?.read(layout.stringsPart), strings));
  for (const s of newSheets) out.addDeflated(s.part, s.writer.finish());
  return out.finish();
}

/** Where the package's parts are, and whether the workbook relates styles and strings yet. */
interface Layout {
  readonly zip: ZipReader | undefined;
  readonly workbookPart: string;
  readonly workbookRelsPart: string;
  readonly stylesPart: string;
  readonly stringsPart: string;
  readonly stylesRelated: boolean;
  readonly stringsRelated: boolean;
}

/** The sheets `build` adds, named apart from the kept sheets and from each other. */
function buildSheets(
  kept: readonly SheetEntry[],
  strings: SharedStrings,
  registry: StyleRegistry,
  build: (builder: PackageBuilder) => void
): SheetWriter[] {
  const taken = new Set(kept.map((s) => s.name.toLowerCase()));
  const added: SheetWriter[] = [];
  build({
    sheet(wanted, options) {
      let name = wanted;
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
      taken.add(name.toLowerCase());
      const writer = new SheetWriter(name, strings, registry, options);
      added.push(writer);
      return writer;
    },
  });
  return added;
}

/** Part names, relationship ids and sheetIds for the new sheets, none of them already taken. */
function placeSheets(
  zip: ZipReader | undefined,
  rels: readonly { id: string }[],
  workbookXml: string,
  added: readonly SheetWriter[]
): NewSheet[] {
  const usedParts = new Set(zip ? [...zip.entries.keys()] : []);
  const usedIds = new Set(rels.map((r) => r.id));
  // Ids above every sheet's, chart sheets included.
  let sheetId = Math.max(
    0,
    ...[...workbookXml.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]))
  );
  return added.map((writer, i) => {
    let n = i + 1;
    while (usedParts.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    usedParts.add(part);
    let id = `rIdGs${i + 1}`;
    while (usedIds.has(id)) id += "x";
    usedIds.add(id);
    return { writer, part, id, sheetId: ++sheetId };
  });
}

/** The workbook's relationships: the left-out sheets' gone, ours (and styles, strings) added. */
function workbookRelsWith(
  xml: string | undefined,
  layout: Layout,
  dropped: readonly SheetEntry[],
  newSheets: readonly NewSheet[]
): string {
  const relTarget = (part: string) =>
    path.posix.relative(path.posix.dirname(layout.workbookPart), part);
  const droppedIds = new Set(dropped.map((s) => s.rId));
  const workbookRels = (xml ?? EMPTY.workbookRels).replace(
    /<(\w+:)?Relationship\b[^>]*\/>/g,
    (rel) => {
      const id = /\sId="([^"]*)"/.exec(rel)?.[1];
      return id !== undefined && droppedIds.has(id) ? "" : rel;
    }
  );
  const newRels = newSheets.map(
    (s) => `<Relationship Id="${s.id}" Type="${REL}worksheet" Target="${relTarget(s.part)}"/>`
  );
  if (!layout.stylesRelated)
    newRels.push(
      `<Relationship Id="rIdGsStyles" Type="${REL}styles" Target="${relTarget(layout.stylesPart)}"/>`
    );
  if (!layout.stringsRelated)
    newRels.push(
      `<Relationship Id="rIdGsStrings" Type="${REL}sharedStrings" Target="${relTarget(layout.stringsPart)}"/>`
    );
  return workbookRels.replace(/<\/(\w+:)?Relationships>\s*$/, (end) => newRels.join("") + end);
}

/** The content types: the left-out parts' overrides gone, ours added. */
function contentTypesWith(
  xml: string | undefined,
  layout: Layout,
  droppedParts: ReadonlySet<string>,
  newSheets: readonly NewSheet[]
): string {
  const { zip } = layout;
  const contentTypes = (xml ?? EMPTY.contentTypes).replace(
    /<(\w+:)?Override\b[^>]*\/>/g,
    (element) => {
      const name = /PartName="\/?([^"]*)"/.exec(element)?.[1];
      return name !== undefined && droppedParts.has(decodeURI(name)) ? "" : element;
    }
  );
  const overrides = newSheets.map((s) => override(s.part, TYPE_SHEET));
  if (!zip?.has(layout.stylesPart)) overrides.push(override(layout.stylesPart, TYPE_STYLES));
  if (!zip?.has(layout.stringsPart)) overrides.push(override(layout.stringsPart, TYPE_STRINGS));
  return contentTypes.replace(/<\/(\w+:)?Types>\s*$/, (end) => overrides.join("") + end);
}

/** The base's parts as they are stored, but for those rewritten here and those left out. */
function copyUnchangedParts(out: ZipWriter, layout: Layout, droppedParts: ReadonlySet<string>) {
  const { zip } = layout;
  const rewritten = new Set([
    "[Content_Types].xml",
    layout.workbookPart,
    layout.workbookRelsPart,
    layout.stylesPart,
    layout.stringsPart,
  ]);
  for (const entry of zip?.entries.values() ?? []) {
    if (rewritten.has(entry.name) || droppedParts.has(entry.name) || entry.name.endsWith("/"))
      continue;
    out.copy(zip!, entry);
  }
}

function override(part: string, type: string): string {
  return `<Override PartName="/${part}" ContentType="${type}"/>`;
}

/**
 * The workbook's shared strings part with ours appended: theirs copied as stored (rich text too),
 * ours after them, compressed as they are written, so a part of 300,000 strings is never one string.
 */
function sharedStringsPart(existing: Buffer | undefined, strings: SharedStrings): DeflatedPart {
  const xml = existing ?? Buffer.from(`${XML_DECL}<sst xmlns="${NS_MAIN}"></sst>`, "utf8");
  const part = new DeflatedPart();
  // The root's start tag is ASCII near the top: offsets in this text are byte offsets.
  const head = xml.toString("latin1", 0, Math.min(xml.length, 4096));
  const p = prefixOf(head, "sst");
  const root = new RegExp(`<${p}sst\\b([^>]*?)(/?)>`).exec(head);
  if (!root) {
    part.write(xml);
    return part;
  }
  // "count" (all references) is optional and would be stale: it is left out.
  const attrs = root[1].replace(/\s(count|uniqueCount)="\d*"/g, "");
  const unique = strings.base + strings.added.length;
  const rootEnd = root.index + root[0].length;
  part.write(xml.subarray(0, root.index));
  part.write(Buffer.from(`<${p}sst${attrs} uniqueCount="${unique}">`, "latin1"));
  if (root[2] === "/") {
    strings.writeTo(part, p);
    part.write(Buffer.from(`</${p}sst>`, "latin1"));
    part.write(xml.subarray(rootEnd));
  } else {
    const end = xml.lastIndexOf(`</${p}sst>`);
    part.write(xml.subarray(rootEnd, end));
    strings.writeTo(part, p);
    part.write(xml.subarray(end));
  }
  return part;
}
