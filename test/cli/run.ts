import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/report";

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

/** Runs the CLI with --json and returns its report, expecting a clean run: no stderr, exit code 0. */
export async function runCliJson<T = JsonReport>(...args: string[]): Promise<T> {
  const result = await runCli(...args, "--json");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** Prepares round 2025's sheet from the sample (--new-round), expecting a clean run. */
export async function prepareRound(out: string, ...extra: string[]): Promise<void> {
  const result = await runCli(SAMPLE, "--new-round", "2025", "--out", out, ...extra);
  expect(result.stdout).toBe("");
  expect(result.code).toBe(0);
  // Worded in --lang (src/cli/fileMessages.ts WRITTEN).
  expect(result.stderr).toMatch(
    /40 LSGs for round 2025\.|ОМСУ для раунда 2025: 40\.|2025-раунд үчүн ЖӨБ: 40\./
  );
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-"));
}

export const SAMPLE = path.resolve(__dirname, "../../assets/sample-lsg-assessments.csv");
