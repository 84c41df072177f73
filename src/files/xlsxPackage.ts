/* global Buffer */
import path from "path";
import { ZipReader } from "./zip";
import { decodeExcelEscapes, decodeXml, scanXml } from "./xml";

/**
 * The parts of an .xlsx package a reader needs (ECMA-376 Part 1, SpreadsheetML): the sheets in
 * workbook order with their part names, the shared strings, which cell styles show dates, and the
 * workbook's date system. Parts are read straight from the zip, without an object model, so memory
 * follows the cells that hold data.
 */
export interface SheetEntry {
  readonly name: string;
  /** The sheet's part in the package, e.g. "xl/worksheets/sheet1.xml". */
  readonly part: string;
  /** The relationship id the workbook part gives it. */
  readonly rId: string;
  readonly sheetId: string;
  /** state="hidden" or "veryHidden" (ECMA-376 Part 1, 18.2.19): a tab the user does not see. */
  readonly hidden: boolean;
}

export class XlsxError extends Error {}

const REL_OFFICE_DOCUMENT = "/officeDocument";
const REL_SHARED_STRINGS = "/sharedStrings";
const REL_STYLES = "/styles";

/** Relationship targets resolved against the part that owns them (OPC Part 2, 9.3). */
export function readRelationships(
  zip: ZipReader,
  owner: string
): { id: string; type: string; target: string }[] {
  const relsPart = path.posix.join(
    path.posix.dirname(owner),
    "_rels",
    `${path.posix.basename(owner)}.rels`
  );
  const bytes = zip.read(relsPart);
  const rels: { id: string; type: string; target: string }[] = [];
  if (!bytes) return rels;
  scanXml(bytes, {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const target = attrs.get("Target") ?? "";
      if (attrs.get("TargetMode") === "External") return;
      const resolved = target.startsWith("/")
        ? target.slice(1)
        : path.posix.normalize(path.posix.join(path.posix.dirname(owner), target));
      rels.push({ id: attrs.get("Id") ?? "", type: attrs.get("Type") ?? "", target: resolved });
    },
  });
  return rels;
}

/** The text of every <si> in order; phonetic runs (<rPh>) are guides, not text, and are left out. */
function readSharedStrings(bytes: Buffer | undefined): string[] {
  const strings: string[] = [];
  if (!bytes) return strings;
  let parts: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  scanXml(bytes, {
    open(name, _attrs, empty) {
      if (name === "si") parts = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && !empty) inT = phonetic === 0;
    },
    close(name) {
      if (name === "si") {
        strings.push(decodeExcelEscapes((parts ?? []).join("")));
        parts = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inT = false;
    },
    text(start, end) {
      if (inT && parts) parts.push(decodeXml(bytes.toString("utf8", start, end)));
    },
    cdata(start, end) {
      if (inT && parts) parts.push(bytes.toString("utf8", start, end));
    },
  });
  return strings;
}

// Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30 numFmt): 14–22 and
// 45–47, and the East Asian date formats 27–36 and 50–58 (their codes depend on the locale).
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * A format code shows a date or time when its first section has d, m, y, h or s outside quoted
 * text, escaped characters, spacing/fill characters and brackets ([Red], [$-419]; elapsed-time
 * brackets such as [h] count).
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/[_*]./g, "")
    .replace(/General/gi, "");
  return /[dmyhs]/i.test(bare);
}

/** For each cell style index (the `s` of a cell), whether numbers in it are shown as dates. */
function readDateStyles(bytes: Buffer | undefined): boolean[] {
  const dates: boolean[] = [];
  if (!bytes) return dates;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  scanXml(bytes, {
    open(name, attrs) {
      if (name === "numFmt") {
        custom.set(Number(attrs.get("numFmtId")), attrs.get("formatCode") ?? "");
      } else if (name === "cellXfs") {
        inCellXfs = true;
      } else if (name === "xf" && inCellXfs) {
        const id = Number(attrs.get("numFmtId") ?? 0);
        const code = custom.get(id);
        dates.push(code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return dates;
}

export interface XlsxWorkbook {
  readonly zip: ZipReader;
  /** The workbook part, e.g. "xl/workbook.xml". */
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  /** Dates counted from 1904-01-01 (Excel for Mac's old default) instead of 1900-01-01. */
  readonly date1904: boolean;
}

// An OLE compound file (MS-CFB 2.2) starts with these bytes. Excel saves a workbook protected
// with a password to open as one holding "EncryptedPackage" (MS-OFFCRYPTO 2.3.4.4); an old .xls is
// one too. Either read as a zip would only say "not a zip archive".
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

function refuseCompoundFile(bytes: Buffer): void {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(COMPOUND_FILE)) return;
  if (bytes.indexOf(ENCRYPTED_PACKAGE) >= 0)
    throw new XlsxError(
      "it is protected with a password to open; open it in Excel, remove the password " +
        "(File > Info > Protect Workbook > Encrypt with Password), save it and try again"
    );
  throw new XlsxError(
    "it is an Excel 97–2003 (.xls) workbook or another Office file, not an .xlsx; " +
      "open it in Excel or LibreOffice and save it as .xlsx"
  );
}

/** Opens an .xlsx from its bytes; throws XlsxError (or ZipError) when it is not one. */
/**
 * The sheet read when none is named: the first the user can see. A hidden one (an old copy, a
 * lookup list) would be scored without anyone seeing what was scored.
 */
export function firstVisibleSheet(workbook: XlsxWorkbook): SheetEntry | undefined {
  return workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0];
}

export function openXlsx(bytes: Buffer): XlsxWorkbook {
  refuseCompoundFile(bytes);
  const zip = new ZipReader(bytes);
  const main = readRelationships(zip, "").find((r) => r.type.endsWith(REL_OFFICE_DOCUMENT));
  const workbookPart = main?.target ?? "xl/workbook.xml";
  const workbookXml = zip.read(workbookPart);
  if (!workbookXml) throw new XlsxError("no workbook part (is it an .xlsx file?)");
  const rels = readRelationships(zip, workbookPart);
  // Chart sheets and dialog sheets are listed as sheets too, but hold no cells to read.
  const targets = new Map(
    rels.filter((r) => r.type.endsWith("/worksheet")).map((r) => [r.id, r.target])
  );
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanXml(workbookXml, {
    open(name, attrs) {
      if (name === "workbookPr") {
        const value = attrs.get("date1904");
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        const rId = attrs.get("id") ?? "";
        const part = targets.get(rId);
        if (part && zip.has(part))
          sheets.push({
            name: attrs.get("name") ?? "",
            part,
            rId,
            sheetId: attrs.get("sheetId") ?? "",
            hidden: attrs.is("state", "hidden") || attrs.is("state", "veryHidden"),
          });
      }
    },
  });
  const partOf = (suffix: string) => rels.find((r) => r.type.endsWith(suffix))?.target;
  const stringsPart = partOf(REL_SHARED_STRINGS);
  const stylesPart = partOf(REL_STYLES);
  return {
    zip,
    workbookPart,
    sheets,
    sharedStrings: readSharedStrings(stringsPart ? zip.read(stringsPart) : undefined),
    dateStyles: readDateStyles(stylesPart ? zip.read(stylesPart) : undefined),
    date1904,
  };
}
