/* global process, NodeJS */
import { closeSync, openSync, promises as fsp, statSync, unlinkSync, type Stats } from "fs";
import path from "path";
import { UserError } from "./errors";
import { say, type CliMessage } from "./messages";
import type { Progress } from "./progress";

/** A path's stats (following links), or undefined when nothing is there. */
function statOrNone(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

/** Why --out's folder cannot hold a new file: it is missing, or a part of its path is a file. */
function folderProblem(out: string, folder: string): CliMessage | undefined {
  const stats = statOrNone(folder);
  if (stats?.isDirectory()) return undefined;
  if (stats) return say.outUnderFile({ out, file: folder });
  // Walk up to the first part that exists, to name the file that stands in the way, if any.
  for (let up = path.dirname(folder); up !== path.dirname(up); up = path.dirname(up)) {
    const above = statOrNone(up);
    if (above && !above.isDirectory()) return say.outUnderFile({ out, file: up });
    if (above) break;
  }
  return say.outNoFolder({ out, folder });
}

/** The file --out is written to first, beside it, then renamed over it. */
function temporaryFor(out: string): string {
  return path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
}

/**
 * Whether --out can be written, tried rather than predicted (access(2) answers for the real user,
 * not the effective one, and knows nothing of some file systems): the temporary file it is written
 * to is created empty and removed at once.
 */
function canWrite(out: string): boolean {
  const probe = temporaryFor(out);
  try {
    closeSync(openSync(probe, "wx"));
    unlinkSync(probe);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks, before anything is read, that --out can be written and is not the input: a .xlsx name,
 * in a folder that exists and may be written to, not a folder itself, and not an existing file
 * unless --force. The input is compared by device and inode, so neither a symbolic nor a hard link
 * to it is ever overwritten, even with --force.
 */
export function checkOutPath(out: string, input: string, force: boolean): void {
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new UserError(say.outNotXlsx({ out }));
  if (/[\\/]$/.test(out)) throw new UserError(say.outNamesFolder({ out }));
  const target = statOrNone(out);
  const source = statOrNone(input);
  if (target && source && target.dev === source.dev && target.ino === source.ino)
    throw new UserError(say.outIsInput({ out }));
  if (target?.isDirectory()) throw new UserError(say.outIsFolder({ out }));
  if (target && !target.isFile()) throw new UserError(say.outNotRegular({ out }));
  if (target && !force) throw new UserError(say.outExists({ out }));
  const folder = path.dirname(path.resolve(out));
  const problem = folderProblem(out, folder);
  if (problem) throw new UserError(problem);
  if (!canWrite(out)) throw new UserError(say.outNoPermission({ out, folder }));
}

/**
 * Writes --out through a temporary file renamed over it when complete: a write that fails (a full
 * disk) leaves an existing file as it was, and a hard link named as --out is replaced, never
 * written through to the file it shares.
 */
export async function writeReplacing(
  out: string,
  write: (file: string) => Promise<void>
): Promise<void> {
  const temporary = temporaryFor(out);
  try {
    await write(temporary);
    await fsp.rename(temporary, out);
  } catch (error) {
    await fsp.rm(temporary, { force: true });
    throw error;
  }
}

/** A failure to write --out after the checks (the disk filled up, the folder went away) as one line. */
export function writeFailure(out: string, error: unknown): UserError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return undefined;
  return new UserError(say.writeFailed({ out, error: error as Error }));
}

/**
 * --out written whole (writeReplacing), with the "writing" stage shown meanwhile and a system
 * failure (a full disk) refused as one line in the user's language.
 */
export async function writeOutFile(
  out: string,
  progress: Progress,
  write: (file: string) => Promise<void>
): Promise<void> {
  progress.begin("writing");
  try {
    await writeReplacing(out, write);
  } catch (error) {
    throw writeFailure(out, error) ?? error;
  } finally {
    progress.clear();
  }
}
