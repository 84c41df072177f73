import fs from "fs";
import JSZip from "jszip";
import { LSG_HEADER_RU } from "../support/bigWorkbook";

/**
 * An .xlsx written part by part from raw SpreadsheetML, as scripts and other programs write them
 * (no Excel, no ExcelJS): the tests choose exactly what the file holds, down to a formula with no
 * cached value or a cell in column XFD.
 */
export interface FixtureSheet {
  readonly name: string;
  /** The <sheetData> content, e.g. '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'. */
  readonly data: string;
  /** Extra worksheet children after sheetData, e.g. '<mergeCells ...>'. */
  readonly after?: string;
}

export interface FixtureOptions {
  /** <numFmts> and <cellXfs> children of the styles part; index 0 of cellXfs is the default. */
  readonly numFmts?: string;
  readonly cellXfs?: string[];
  readonly date1904?: boolean;
  readonly sharedStrings?: readonly string[];
  /** The workbook's <definedNames> children. */
  readonly definedNames?: string;
}

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** Writes the package: one part per entry, in the order a reader meets them. */
export async function writeFixture(
  file: string,
  sheets: readonly FixtureSheet[],
  options: FixtureOptions = {}
): Promise<void> {
  const parts: [string, string][] = [
    ["[Content_Types].xml", contentTypes(sheets.length)],
    [
      "_rels/.rels",
      `${XML}<Relationships xmlns="${PACKAGE_RELS}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    ["xl/workbook.xml", workbookPart(sheets, options)],
    ["xl/_rels/workbook.xml.rels", workbookRels(sheets.length)],
    ["xl/styles.xml", stylesPart(options)],
    ["xl/sharedStrings.xml", sharedStringsPart(options.sharedStrings ?? [])],
    ...sheets.map((s, i): [string, string] => [
      `xl/worksheets/sheet${i + 1}.xml`,
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${s.data}</sheetData>${s.after ?? ""}</worksheet>`,
    ]),
  ];
  const zip = new JSZip();
  for (const [name, xml] of parts) zip.file(name, xml);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Sheet numbers 1..count, for the parts that list every sheet. */
const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

function contentTypes(sheetCount: number): string {
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
    numbers(sheetCount)
      .map(
        (n) =>
          `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.worksheet+xml"/>`
      )
      .join("") +
    "</Types>"
  );
}

function workbookPart(sheets: readonly FixtureSheet[], options: FixtureOptions): string {
  return (
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    (options.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>") +
    "<sheets>" +
    sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("") +
    "</sheets>" +
    (options.definedNames ? `<definedNames>${options.definedNames}</definedNames>` : "") +
    "</workbook>"
  );
}

function workbookRels(sheetCount: number): string {
  return (
    `${XML}<Relationships xmlns="${PACKAGE_RELS}">` +
    numbers(sheetCount)
      .map(
        (n) =>
          `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`
      )
      .join("") +
    `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    "</Relationships>"
  );
}

function stylesPart(options: FixtureOptions): string {
  const xfs = options.cellXfs ?? ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  return (
    `${XML}<styleSheet xmlns="${MAIN}">` +
    (options.numFmts ? `<numFmts>${options.numFmts}</numFmts>` : "") +
    '<fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`
  );
}

function sharedStringsPart(strings: readonly string[]): string {
  return (
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("") +
    "</sst>"
  );
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
}

/** A number cell, with a style index when given. */
export function numberCell(ref: string, value: number, style?: number): string {
  return `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`}><v>${value}</v></c>`;
}

/** Row 1 of a plain LSG table: the Russian header texts in A1:G1. */
export function headerRow(): string {
  return `<row r="1">${LSG_HEADER_RU.map((h, i) => textCell(`${"ABCDEFG"[i]}1`, h)).join("")}</row>`;
}
