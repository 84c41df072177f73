/** The sections of a styles part, in schema order, and the edits that add our entries to them. */

export const SECTIONS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

export interface Section {
  /** Child elements counted by reading them, not trusting the count attribute. */
  count: number;
  /** Where the section's start tag begins and its end tag begins. */
  start: number;
  end: number;
  empty: boolean;
}

/** What the user's styles part holds: its sections and the base font. */
export interface StylesInfo {
  readonly xml: string;
  readonly prefix: string;
  readonly sections: Map<string, Section>;
  readonly maxFormatId: number;
  readonly font: { size: string; name: string };
}

export function sectionCount(info: StylesInfo, name: string): number {
  return info.sections.get(name)?.count ?? 0;
}

interface Edit {
  at: number;
  remove: number;
  text: string;
  order: number;
}

/**
 * The edits that add each section's new entries: appended to a section the part has (its count
 * raised), else a new section in its place.
 */
export function sectionEdits(info: StylesInfo, added: Record<string, string>): Edit[] {
  const p = info.prefix;
  // Insertions from the end of the text backwards, so earlier offsets stay valid.
  const edits: Edit[] = [];
  for (const [sectionName, text] of Object.entries(added)) {
    if (text === "") continue;
    const order = SECTIONS.indexOf(sectionName);
    const section = info.sections.get(sectionName);
    const total =
      sectionCount(info, sectionName) +
      (text.match(new RegExp(`<${p}(numFmt|font|fill|border|xf)\\b`, "g"))?.length ?? 0);
    if (section && !section.empty) {
      const startTag = info.xml.slice(section.start, info.xml.indexOf(">", section.start) + 1);
      edits.push({ at: section.end, remove: 0, text, order });
      edits.push({
        at: section.start,
        remove: startTag.length,
        text: withCount(startTag, total),
        order,
      });
    } else {
      const at = section ? section.start : insertionPoint(info, sectionName);
      const remove = section ? section.end - section.start : 0;
      edits.push({
        at,
        remove,
        order,
        text: `<${p}${sectionName} count="${total}">${text}</${p}${sectionName}>`,
      });
    }
  }
  return edits;
}

function withCount(startTag: string, count: number): string {
  return /\bcount="\d*"/.test(startTag)
    ? startTag.replace(/\bcount="\d*"/, `count="${count}"`)
    : startTag.replace(/\s*>$/, ` count="${count}">`);
}

/** Where a missing section goes: before the first later section present, else before the end. */
function insertionPoint(info: StylesInfo, name: string): number {
  for (const later of SECTIONS.slice(SECTIONS.indexOf(name) + 1)) {
    const section = info.sections.get(later);
    if (section) return section.start;
  }
  return info.xml.lastIndexOf(`</${info.prefix}styleSheet>`);
}
