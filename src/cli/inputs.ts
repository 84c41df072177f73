import { promises as fs } from "fs";
import path from "path";
import { UserError } from "./errors";
import { say } from "./messages";

// The inputs named on the command line: files, and folders standing for the files in them.

export interface InputFile {
  /** As the user named it, or folder/name for a folder's file. */
  readonly path: string;
  /** Found in a folder rather than named: a results workbook among them is skipped, not read. */
  readonly fromFolder: boolean;
}

export interface Inputs {
  readonly files: readonly InputFile[];
  /** Several files or any folder: read, mapped and reported file by file, gathered into one. */
  readonly gathered: boolean;
}

const READABLE = new Set([".xlsx", ".csv"]);

/**
 * A folder's .xlsx and .csv files, sorted by name, not its subfolders'. Excel's lock files
 * ("~$a.xlsx", written while a.xlsx is open) are not workbooks; LibreOffice's (".~lock.a.xlsx#")
 * end in "#" and are left out by their extension already.
 */
async function folderFiles(folder: string, out: string | undefined): Promise<InputFile[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const outPath = out === undefined ? undefined : path.resolve(out);
  return entries
    .filter((e) => !e.isDirectory() && READABLE.has(path.extname(e.name).toLowerCase()))
    .filter((e) => !e.name.startsWith("~$"))
    .map((e) => path.join(folder, e.name))
    .filter((file) => path.resolve(file) !== outPath)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ path: file, fromFolder: true }));
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false; // a missing file is reported by the reader, with its name
  }
}

/**
 * What makes two names one file: its device and inode, so a symbolic or hard link to a file
 * already given is caught too; its absolute path when it cannot be looked at (the reader then says
 * why, naming it).
 */
async function identity(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return path.resolve(file);
  }
}

/** Expands folders; the same file named twice (or through a folder) is refused, not read twice. */
export async function expandInputs(
  paths: readonly string[],
  out: string | undefined
): Promise<Inputs> {
  const files: InputFile[] = [];
  let folders = 0;
  for (const given of paths) {
    if (!(await isFolder(given))) {
      files.push({ path: given, fromFolder: false });
      continue;
    }
    folders++;
    const found = await folderFiles(given, out);
    if (found.length === 0) throw new UserError(say.emptyFolder({ folder: given }));
    files.push(...found);
  }
  const seen = new Map<string, string>();
  for (const { path: file } of files) {
    const key = await identity(file);
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new UserError(say.givenTwice({ file, earlier }));
    seen.set(key, file);
  }
  return { files, gathered: files.length > 1 || folders > 0 };
}
