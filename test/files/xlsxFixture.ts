import fs from "fs";
import JSZip from "jszip";

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

export async function writeFixture(
  file: string,
  sheets: readonly FixtureSheet[],
  options: FixtureOptions = {}
): Promise<void> {
  const zip = new JSZip();
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`
        )
        .join("") +
      "</Types>"
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}">` +
      (options.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>") +
      "<sheets>" +
      sheets
        .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("") +
      "</sheets>" +
      (options.definedNames ? `<definedNames>${options.definedNames}</definedNames>` : "") +
      "</workbook>"
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
        )
        .join("") +
      `<Relationship Id="rIdS" Type="${rel}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdT" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` +
      "</Relationships>"
  );
  const xfs = options.cellXfs ?? ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${main}">` +
      (options.numFmts ? `<numFmts>${options.numFmts}</numFmts>` : "") +
      '<fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`
  );
  const strings = options.sharedStrings ?? [];
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("") +
      "</sst>"
  );
  sheets.forEach((s, i) =>
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>${s.data}</sheetData>${s.after ?? ""}</worksheet>`
    )
  );
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
}

/** A number cell, with a style index when given. */
export function numberCell(ref: string, value: number, style?: number): string {
  return `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`}><v>${value}</v></c>`;
}

export const HEADER = [
  "Область",
  "Район",
  "Наименование ОМСУ",
  "Год",
  "Документы",
  "Механизм",
  "Бюджет",
];

/** Row r of a plain LSG table: header texts in row 1, then the cells given. */
export function headerRow(): string {
  return `<row r="1">${HEADER.map((h, i) => textCell(`${"ABCDEFG"[i]}1`, h)).join("")}</row>`;
}
