import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `npm run score -- ...args` would. */
export async function runCli(...args: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-"));
}

export const SAMPLE = path.resolve(__dirname, "../../assets/sample-lsg-assessments.csv");
