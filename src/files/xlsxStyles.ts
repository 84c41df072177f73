/* global Buffer */
import type { CategoryId } from "../rubric";
import { CATEGORY_COLOURS } from "../report/writeback";
import { scanXml } from "./xml";
import {
  SECTIONS,
  sectionCount,
  sectionEdits,
  type Section,
  type StylesInfo,
} from "./xlsxStyleSections";

export type { StylesInfo };

/** How a cell of ours looks: the few looks the results sheets use. */
export interface CellLook {
  readonly font?: "bold" | "italic" | "title" | "subtitle";
  /** A fill of ours, or a category's (Excel's Good / Neutral / Bad fills, as the results use). */
  readonly fill?: "header" | "input" | CategoryId;
  readonly wrap?: boolean;
  readonly top?: boolean;
  readonly left?: boolean;
  /** A number format code, e.g. "0.0%". */
  readonly format?: string;
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const FILLS: Record<NonNullable<CellLook["fill"]>, string> = {
  header: "FFEDE7F3",
  input: "FFFFF2CC",
  positive: argb(CATEGORY_COLOURS.positive.fill),
  addressing: argb(CATEGORY_COLOURS.addressing.fill),
  blind: argb(CATEGORY_COLOURS.blind.fill),
};
const FILL_KEYS = Object.keys(FILLS) as NonNullable<CellLook["fill"]>[];

function lookKey(look: CellLook): string {
  return [look.font, look.fill, look.wrap, look.top, look.left, look.format].join("|");
}

/**
 * Our cell looks as styles appended to the user's styles part (ECMA-376 Part 1, 18.8): their
 * fonts, fills and cell formats keep their indices, so the user's sheets look exactly as before;
 * ours get new indices after them.
 */
export class StyleRegistry {
  private readonly looks = new Map<string, { look: CellLook; index: number }>();
  // Sheets pass the same look objects row after row: found by identity, no key is built.
  private readonly known = new Map<CellLook, number>();

  constructor(private readonly firstIndex: number) {}

  /** The `s` index for a look (0, the workbook's default, for no look). */
  indexOf(look: CellLook | undefined): number {
    if (!look) return 0;
    const known = this.known.get(look);
    if (known !== undefined) return known;
    const key = lookKey(look);
    let index = 0;
    if (key !== lookKey({})) {
      let entry = this.looks.get(key);
      if (!entry) {
        entry = { look, index: this.firstIndex + this.looks.size };
        this.looks.set(key, entry);
      }
      index = entry.index;
    }
    if (this.known.size < 10_000) this.known.set(look, index);
    return index;
  }

  get all(): CellLook[] {
    return [...this.looks.values()].map((e) => e.look);
  }
}

/** The styles of a new workbook: Calibri 11, the two reserved fills, the Normal style. */
const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

export function readStyles(bytes: Buffer | undefined): StylesInfo {
  const xml = bytes ? bytes.toString("utf8") : DEFAULT_STYLES;
  const buffer = Buffer.from(xml, "utf8");
  const prefix = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
  const sections = new Map<string, Section>();
  let depth = 0;
  let current: Section | null = null;
  let maxFormatId = 163; // custom number formats start at 164
  let fonts = 0;
  const font = { size: "11", name: "Calibri" };
  // Byte offsets differ from string offsets outside ASCII: sections are found again in the string.
  scanXml(buffer, {
    open(name, attrs, empty) {
      depth++;
      if (depth === 2 && SECTIONS.includes(name)) {
        current = { count: 0, start: 0, end: 0, empty };
        sections.set(name, current);
      } else if (depth === 3 && current) {
        current.count++;
      }
      if (name === "numFmt")
        maxFormatId = Math.max(maxFormatId, Number(attrs.get("numFmtId")) || 0);
      if (name === "font" && depth === 3) fonts++;
      if (fonts === 1 && depth === 4 && name === "sz") font.size = attrs.get("val") ?? font.size;
      if (fonts === 1 && depth === 4 && name === "name") font.name = attrs.get("val") ?? font.name;
    },
    close() {
      if (depth === 2) current = null;
      depth--;
    },
  });
  for (const [name, section] of sections) {
    const open = new RegExp(`<${prefix}${name}\\b[^>]*?(/?)>`).exec(xml);
    if (!open) continue;
    section.start = open.index;
    section.empty = open[1] === "/";
    section.end = section.empty
      ? open.index + open[0].length
      : xml.indexOf(`</${prefix}${name}>`, open.index);
  }
  return { xml, prefix, sections, maxFormatId, font };
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * The user's styles part with our looks appended. Each section keeps its entries and gets ours at
 * its end; a missing section is created in its schema position.
 */
export function stylesWithLooks(info: StylesInfo, looks: readonly CellLook[]): string {
  const p = info.prefix;
  const formats = formatIds(info, looks);
  const added: Record<string, string> = {
    numFmts: [...formats]
      .map(([code, id]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`)
      .join(""),
    fonts: addedFonts(info),
    fills: addedFills(info),
    borders:
      sectionCount(info, "borders") === 0
        ? `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`
        : "",
    cellXfs: addedCellXfs(info, looks, formats),
  };
  let xml = info.xml;
  // Sections created at the same place go in schema order: the later one is inserted first.
  for (const edit of sectionEdits(info, added).sort((a, b) => b.at - a.at || b.order - a.order))
    xml = xml.slice(0, edit.at) + edit.text + xml.slice(edit.at + edit.remove);
  return xml;
}

/** An id for each number format the looks use, after the ids the part already has. */
function formatIds(info: StylesInfo, looks: readonly CellLook[]): Map<string, number> {
  const formats = new Map<string, number>();
  looks.forEach((l) => {
    if (l.format && !formats.has(l.format))
      formats.set(l.format, info.maxFormatId + 1 + formats.size);
  });
  return formats;
}

function addedFonts(info: StylesInfo): string {
  const p = info.prefix;
  const { size, name } = info.font;
  const fontXml = (extra: string, sz: string) =>
    `<${p}font>${extra}<${p}sz val="${sz}"/><${p}name val="${escapeAttr(name)}"/></${p}font>`;
  return [
    sectionCount(info, "fonts") === 0 ? fontXml("", size) : "",
    fontXml(`<${p}b/>`, size),
    fontXml(`<${p}i/>`, size),
    fontXml(`<${p}b/>`, "14"),
    fontXml(`<${p}b/>`, "12"),
  ].join("");
}

function addedFills(info: StylesInfo): string {
  const p = info.prefix;
  return (
    // Fills 0 and 1 are reserved (none, gray125); ours come after them.
    [
      `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
      `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
    ]
      .slice(sectionCount(info, "fills"))
      .join("") +
    FILL_KEYS.map((key) => FILLS[key])
      .map(
        (colour) =>
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${colour}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
      )
      .join("")
  );
}

/** One xf per look, after a plain xf 0 if the part has none. */
function addedCellXfs(
  info: StylesInfo,
  looks: readonly CellLook[],
  formats: ReadonlyMap<string, number>
): string {
  const p = info.prefix;
  // A styles part without fonts gets the default font first: format 0 must stay plain.
  const fontBase = Math.max(1, sectionCount(info, "fonts"));
  const fontIndex = (l: CellLook) => (l.font ? fontBase + FONT_KEYS.indexOf(l.font) : 0);
  const fillBase = Math.max(2, sectionCount(info, "fills"));
  const fillIndex = (l: CellLook) => (l.fill ? fillBase + FILL_KEYS.indexOf(l.fill) : 0);
  return (
    (sectionCount(info, "cellXfs") === 0
      ? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`
      : "") +
    looks
      .map((l) => {
        const align =
          l.wrap || l.top || l.left
            ? `<${p}alignment${l.wrap ? ' wrapText="1"' : ""}${l.top ? ' vertical="top"' : ""}${l.left ? ' horizontal="left"' : ""}/>`
            : "";
        const xfId = sectionCount(info, "cellStyleXfs") > 0 ? ' xfId="0"' : "";
        return (
          `<${p}xf numFmtId="${l.format ? formats.get(l.format) : 0}" fontId="${fontIndex(l)}" fillId="${fillIndex(l)}" borderId="0"${xfId}` +
          ` applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1">${align}</${p}xf>`
        );
      })
      .join("")
  );
}

const FONT_KEYS: NonNullable<CellLook["font"]>[] = ["bold", "italic", "title", "subtitle"];
