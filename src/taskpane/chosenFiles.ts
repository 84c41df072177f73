/* global FileReader, File */
import { decodeCsv, parseCsv } from "../files/csv";
import type { ChosenWorkbook } from "../host/contract";
import type { InsertedFile } from "../report/consolidate";

// The files the user chose in "Add assessors' files…", sorted by what Excel can take: workbooks go
// to Excel as base64 (Workbook.insertWorksheetsFromBase64 takes nothing else); a CSV file is read
// here, as the command line reads it, since Excel inserts only workbooks; anything else is named.

export interface SortedFiles {
  readonly workbooks: ChosenWorkbook[];
  /** CSV files, read into one sheet each (not added to the workbook). */
  readonly csv: InsertedFile[];
  /** Names of files of another kind (.xls, .ods, …), refused before anything is inserted. */
  readonly other: string[];
  /**
   * Files whose bytes are those of a file chosen before them (the same file twice, or a copy
   * such as "a (1).xlsx"): left out, so no row is counted twice. `first` names the one kept.
   */
  readonly repeated: { readonly file: string; readonly first: string }[];
}

function readAs<T>(file: File, how: "dataUrl" | "buffer"): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error);
    if (how === "dataUrl") reader.readAsDataURL(file);
    else reader.readAsArrayBuffer(file);
  });
}

/** The file's bytes in base64: a data URL's part after "base64,". */
async function base64Of(file: File): Promise<string> {
  const url = await readAs<string>(file, "dataUrl");
  return url.slice(url.indexOf("base64,") + "base64,".length);
}

export async function sortChosenFiles(files: readonly File[]): Promise<SortedFiles> {
  const sorted: SortedFiles = { workbooks: [], csv: [], other: [], repeated: [] };
  // Each file's bytes (as base64) to its name: the command line refuses a file given twice, and
  // here the same bytes under two names would add every row twice.
  const seen = new Map<string, string>();
  for (const file of files) {
    const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
    if (extension !== "xlsx" && extension !== "xlsm" && extension !== "csv") {
      sorted.other.push(file.name);
      continue;
    }
    const base64 = await base64Of(file);
    const first = seen.get(base64);
    if (first !== undefined) {
      sorted.repeated.push({ file: file.name, first });
      continue;
    }
    seen.set(base64, file.name);
    if (extension === "xlsx" || extension === "xlsm") {
      sorted.workbooks.push({ name: file.name, base64 });
    } else {
      const bytes = new Uint8Array(await readAs<ArrayBuffer>(file, "buffer"));
      const grid = parseCsv(decodeCsv(bytes).text);
      const name = file.name.replace(/\.csv$/i, "");
      sorted.csv.push({ file: file.name, sheets: [{ name, visible: true, own: false, grid }] });
    }
  }
  return sorted;
}
