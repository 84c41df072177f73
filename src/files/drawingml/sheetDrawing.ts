import { NS_RELATIONSHIPS } from "./chartPart";

/**
 * A worksheet part with a <drawing r:id> element added. CT_Worksheet is a sequence (ECMA-376
 * Part 1, 18.3.1.99 worksheet): drawing comes after sheetData, mergeCells, conditional formats,
 * pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks, ignoredErrors, smartTags… and before
 * the elements listed here; Excel refuses a part whose children are out of that order.
 */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

// Comments, processing instructions and CDATA are stepped over; a tag's quoted attribute values
// may hold ">".
const TAG =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/g;

export class SheetDrawingError extends Error {}

/** Where the drawing element goes: before the first later sibling, else before </worksheet>. */
function insertionPoint(xml: string): { at: number; prefix: string } {
  const dataEnd = /<\/([A-Za-z_][\w.-]*:)?sheetData>|<([A-Za-z_][\w.-]*:)?sheetData\s*\/>/g;
  let from = -1;
  for (let m = dataEnd.exec(xml); m; m = dataEnd.exec(xml)) from = m.index + m[0].length;
  if (from < 0) throw new SheetDrawingError("the worksheet part has no sheetData");
  TAG.lastIndex = from;
  // Depth 0: children of <worksheet>.
  let depth = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [, closing, prefix = "", local, empty] = m;
    if (local === undefined) continue;
    if (closing) {
      if (depth === 0) return { at: m.index, prefix };
      depth--;
      continue;
    }
    if (depth === 0) {
      if (local === "drawing") throw new SheetDrawingError("the sheet already has a drawing");
      if (AFTER_DRAWING.has(local)) return { at: m.index, prefix };
    }
    if (!empty) depth++;
  }
  throw new SheetDrawingError("the worksheet part does not end");
}

/** The worksheet XML with `<drawing r:id="…"/>` in its place; the r prefix declared if missing. */
export function withDrawing(xml: string, relationshipId: string): string {
  const { at, prefix } = insertionPoint(xml);
  const root = /<([A-Za-z_][\w.-]*:)?worksheet\b/.exec(xml);
  if (!root) throw new SheetDrawingError("the part is not a worksheet");
  const declared = new RegExp(`\\sxmlns:([\\w.-]+)="${NS_RELATIONSHIPS}"`).exec(xml);
  let r = declared?.[1];
  let head = xml.slice(0, at);
  if (r === undefined) {
    // Declared on the root, as Excel writes it: some readers look for the prefix there only.
    r = /\sxmlns:r=/.test(xml) ? "gsr" : "r";
    const insertAt = root.index + root[0].length;
    head = `${head.slice(0, insertAt)} xmlns:${r}="${NS_RELATIONSHIPS}"${head.slice(insertAt)}`;
  }
  return `${head}<${prefix}drawing ${r}:id="${relationshipId}"/>${xml.slice(at)}`;
}
