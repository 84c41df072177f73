import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import Papa from "papaparse";

/** The LibreOffice binary, if installed (`.ci/run` installs libreoffice-calc-nogui). */
export function findSoffice(): string | undefined {
  for (const candidate of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Runs LibreOffice Calc (headless, with a profile of its own) to convert `file` with `filter` into a
 * new folder, and returns that folder.
 */
function convert(file: string, filter: string): string {
  const soffice = findSoffice();
  if (!soffice)
    throw new Error(
      "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui"
    );
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-lo-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-lo-profile-"));
  execFileSync(
    soffice,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      filter,
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  fs.rmSync(profile, { recursive: true, force: true });
  return out;
}

/**
 * Opens a workbook in LibreOffice Calc (headless) and returns every sheet as LibreOffice shows it,
 * converted to CSV: the proof that a real spreadsheet program reads what we wrote.
 */
export function sheetsAsLibreOfficeSeesThem(xlsx: string): Map<string, string[][]> {
  // 44 = comma, 34 = quote, 76 = UTF-8, formatted as shown, -1 = every sheet to its own file.
  const out = convert(
    xlsx,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
  );
  const base = path.basename(xlsx, ".xlsx");
  const sheets = new Map<string, string[][]>();
  for (const file of fs.readdirSync(out)) {
    const name = file.slice(base.length + 1, -".csv".length);
    const rows = Papa.parse<string[]>(fs.readFileSync(path.join(out, file), "utf8"), {
      skipEmptyLines: false,
    }).data;
    sheets.set(name, rows);
  }
  fs.rmSync(out, { recursive: true, force: true });
  return sheets;
}

/** LibreOffice Calc (headless) converts the file; returns the converted file's path. */
export function convertWithLibreOffice(file: string, format: "xlsx" | "pdf"): string {
  const out = convert(file, format);
  return path.join(out, `${path.basename(file, path.extname(file))}.${format}`);
}
