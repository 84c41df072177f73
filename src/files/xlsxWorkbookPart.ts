/** The workbook part rewritten: the sheets left out removed, the new ones listed. */
import { type SheetEntry } from "./xlsxPackage";
import { type SheetWriter } from "./sheetWriter";
import { escapeXml } from "./xml";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function prefixOf(xml: string, element: string): string {
  return new RegExp(`<(\\w+:)?${element}\\b`).exec(xml)?.[1] ?? "";
}

/** A sheet we add: its part, its relationship id and its sheetId. */
export interface NewSheet {
  readonly writer: SheetWriter;
  readonly part: string;
  readonly id: string;
  readonly sheetId: number;
}

/** The workbook part: our sheets listed after the user's; the ones left out removed. */
export function workbookWith(
  workbookXml: string,
  dropped: readonly SheetEntry[],
  newSheets: readonly NewSheet[]
): string {
  const p = prefixOf(workbookXml, "workbook");
  const workbook = withoutSheets(workbookXml, p, dropped);
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
  return workbook.replace(new RegExp(`</${p}sheets>`), `${sheetXml}</${p}sheets>`);
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
