/* global Buffer */
import path from "path";
import { DeflatedPart, ZipWriter } from "./zip";
import { readRelationships, type SheetEntry, type XlsxWorkbook } from "./xlsxPackage";
import { SharedStrings, SheetWriter, type SheetOptions } from "./sheetWriter";
import { readStyles, StyleRegistry, stylesWithLooks } from "./xlsxStyles";
import { escapeXml } from "./xml";

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

function prefixOf(xml: string, element: string): string {
  return new RegExp(`<(\\w+:)?${element}\\b`).exec(xml)?.[1] ?? "";
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
  const workbookRelsPart = relsPartOf(workbookPart);
  const rels = zip ? readRelationships(zip, workbookPart) : [];
  const partOf = (type: string) => rels.find((r) => r.type.endsWith(`/${type}`))?.target;
  const stylesPart = partOf("styles") ?? "xl/styles.xml";
  const stringsPart = partOf("sharedStrings") ?? "xl/sharedStrings.xml";
  const dropped = (base?.sheets ?? []).filter(remove);
  const kept = (base?.sheets ?? []).filter((s) => !remove(s));

  const styles = readStyles(zip?.read(stylesPart));
  const registry = new StyleRegistry(Math.max(1, styles.sections.get("cellXfs")?.count ?? 0));
  const strings = new SharedStrings(base?.sharedStrings.length ?? 0);
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

  // New parts get names no part of the package has.
  const usedParts = new Set(zip ? [...zip.entries.keys()] : []);
  const usedIds = new Set(rels.map((r) => r.id));
  // Ids above every sheet's, chart sheets included.
  const workbookXml = read(workbookPart) ?? EMPTY.workbook;
  let sheetId = Math.max(
    0,
    ...[...workbookXml.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]))
  );
  const newSheets = added.map((writer, i) => {
    let n = i + 1;
    while (usedParts.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    usedParts.add(part);
    let id = `rIdGs${i + 1}`;
    while (usedIds.has(id)) id += "x";
    usedIds.add(id);
    return { writer, part, id, sheetId: ++sheetId };
  });
  const relTarget = (part: string) => path.posix.relative(path.posix.dirname(workbookPart), part);

  // The workbook part: our sheets listed after the user's; the ones left out removed.
  let workbook = workbookXml;
  const p = prefixOf(workbook, "workbook");
  workbook = withoutSheets(workbook, p, dropped);
  // The relationships prefix the workbook element declares (readers that ignore namespaces expect
  // "r:"), else one declared on the element. Only the root's counts: openpyxl declares it on each
  // <sheet>, where it binds that element alone (Namespaces in XML 1.0, 6.1), and a prefix used out
  // of scope makes LibreOffice refuse the whole file.
  const root = new RegExp(`<${p}workbook\\b[^>]*>`).exec(workbook)?.[0] ?? "";
  const r = new RegExp(`xmlns:(\\w+)="${NS_REL}"`).exec(root)?.[1];
  const idAttr = r ? `${r}:id` : `xmlns:r="${NS_REL}" r:id`;
  const sheetXml = newSheets
    .map(
      (s) =>
        `<${p}sheet name="${escapeXml(s.writer.name)}" sheetId="${s.sheetId}" ${idAttr}="${s.id}"/>`
    )
    .join("");
  workbook = workbook.replace(new RegExp(`</${p}sheets>`), `${sheetXml}</${p}sheets>`);

  let workbookRels = read(workbookRelsPart) ?? EMPTY.workbookRels;
  const droppedIds = new Set(dropped.map((s) => s.rId));
  workbookRels = workbookRels.replace(/<(\w+:)?Relationship\b[^>]*\/>/g, (rel) => {
    const id = /\sId="([^"]*)"/.exec(rel)?.[1];
    return id !== undefined && droppedIds.has(id) ? "" : rel;
  });
  const newRels = newSheets.map(
    (s) => `<Relationship Id="${s.id}" Type="${REL}worksheet" Target="${relTarget(s.part)}"/>`
  );
  if (!partOf("styles"))
    newRels.push(
      `<Relationship Id="rIdGsStyles" Type="${REL}styles" Target="${relTarget(stylesPart)}"/>`
    );
  if (!partOf("sharedStrings"))
    newRels.push(
      `<Relationship Id="rIdGsStrings" Type="${REL}sharedStrings" Target="${relTarget(stringsPart)}"/>`
    );
  workbookRels = workbookRels.replace(
    /<\/(\w+:)?Relationships>\s*$/,
    (end) => newRels.join("") + end
  );

  const droppedParts = new Set(dropped.flatMap((s) => [s.part, relsPartOf(s.part)]));
  let contentTypes = read("[Content_Types].xml") ?? EMPTY.contentTypes;
  contentTypes = contentTypes.replace(/<(\w+:)?Override\b[^>]*\/>/g, (override) => {
    const name = /PartName="\/?([^"]*)"/.exec(override)?.[1];
    return name !== undefined && droppedParts.has(decodeURI(name)) ? "" : override;
  });
  const overrides = newSheets.map((s) => override(s.part, TYPE_SHEET));
  if (!zip?.has(stylesPart)) overrides.push(override(stylesPart, TYPE_STYLES));
  if (!zip?.has(stringsPart)) overrides.push(override(stringsPart, TYPE_STRINGS));
  contentTypes = contentTypes.replace(/<\/(\w+:)?Types>\s*$/, (end) => overrides.join("") + end);

  const out = new ZipWriter();
  out.add("[Content_Types].xml", contentTypes);
  if (!zip) out.add("_rels/.rels", EMPTY.rootRels);
  const rewritten = new Set([
    "[Content_Types].xml",
    workbookPart,
    workbookRelsPart,
    stylesPart,
    stringsPart,
  ]);
  for (const entry of zip?.entries.values() ?? []) {
    if (rewritten.has(entry.name) || droppedParts.has(entry.name) || entry.name.endsWith("/"))
      continue;
    out.copy(zip!, entry);
  }
  out.add(workbookPart, workbook);
  out.add(workbookRelsPart, workbookRels);
  out.add(stylesPart, stylesWithLooks(styles, registry.all));
  out.addDeflated(stringsPart, sharedStringsPart(zip?.read(stringsPart), strings));
  for (const s of newSheets) out.addDeflated(s.part, s.writer.finish());
  return out.finish();
}

function override(part: string, type: string): string {
  return `<Override PartName="/${part}" ContentType="${type}"/>`;
}

/**
 * The workbook part without the given sheets: their <sheet> elements go, defined names local to
 * them go, later sheets' local names are renumbered, and the active tab stays on a sheet that exists.
 */
function withoutSheets(workbook: string, p: string, dropped: readonly SheetEntry[]): string {
  if (dropped.length === 0) return workbook;
  const ids = new Set(dropped.map((s) => s.rId));
  const removedAt: number[] = [];
  let index = 0;
  let xml = workbook.replace(new RegExp(`<${p}sheet\\b[^>]*?/>`, "g"), (element) => {
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(element)?.[1];
    const at = index++;
    if (id === undefined || !ids.has(id)) return element;
    removedAt.push(at);
    return "";
  });
  const newIndex = (old: number) =>
    removedAt.includes(old) ? undefined : old - removedAt.filter((r) => r < old).length;
  xml = xml.replace(
    new RegExp(`<${p}definedName\\b([^>]*)>([\\s\\S]*?)</${p}definedName>`, "g"),
    (element, attrs: string) => {
      const local = /localSheetId="(\d+)"/.exec(attrs);
      if (!local) return element;
      const moved = newIndex(Number(local[1]));
      return moved === undefined
        ? ""
        : element.replace(/localSheetId="\d+"/, `localSheetId="${moved}"`);
    }
  );
  xml = xml.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`), "");
  return xml.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (_, name: string, value: string) => {
    const moved = newIndex(Number(value));
    return `${name}="${moved ?? 0}"`;
  });
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
