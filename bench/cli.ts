import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { bigXlsx } from "../test/support/bigWorkbook";
import { line, seeded } from "./measure";

/**
 * The command line as a user runs it, each run a fresh process measured by GNU time (wall time and
 * peak resident memory), against the peer a consultant would write: bench/pandas_peer.py (pandas +
 * openpyxl) reading the same workbook and writing data, results and summary sheets.
 */
const TIME = "/usr/bin/time";
const PYTHON = "/usr/bin/python3";

interface Run {
  seconds: number;
  mb: number;
}

function measured(command: string, args: string[]): Run {
  const run = spawnSync(TIME, ["-f", "%e %M", command, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${run.stderr}`);
  const [seconds, kb] = run.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds, mb: kb / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function describe(runs: Run[]): { seconds: number; mb: number; text: string } {
  const seconds = median(runs.map((r) => r.seconds));
  const mb = Math.max(...runs.map((r) => r.mb));
  return { seconds, mb, text: `${seconds.toFixed(2)} s, ${mb.toFixed(0)} MB` };
}

function hasPandas(): boolean {
  if (!fs.existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ["-c", "import pandas, openpyxl"]).status === 0;
}

/** How a section runs our CLI: a workbook of n random rows, and one measured run on a file. */
interface Cli {
  input: (n: number) => string;
  ours: (file: string, ...args: string[]) => Run;
}

function cliIn(dir: string): Cli {
  const cli = path.resolve(__dirname, "../src/cli/main.js");
  const random = seeded(2019);
  const scores = () => [0, 0, 0].map(() => Math.floor(random() * 4));
  const input = (n: number) => {
    const file = path.join(dir, `lsg-${n}.xlsx`);
    fs.writeFileSync(file, bigXlsx(n, scores));
    return file;
  };
  // Node's flags as the CLI's own first line gives them (npm run score passes the same).
  const flags = fs
    .readFileSync(cli, "utf8")
    .split("\n")[0]
    .split(/\s+/)
    .filter((a) => a.startsWith("--"));
  const ours = (file: string, ...args: string[]) =>
    measured(process.execPath, [...flags, cli, file, ...args, "--force"]);
  return { input, ours };
}

/**
 * 10,000 rows, JSON and the results workbook, against the pandas script: median of 5 runs each,
 * alternating, so both see the same machine.
 */
function againstPandas(dir: string, { input, ours }: Cli): void {
  const peer = path.resolve(__dirname, "../../../bench/pandas_peer.py");
  const small = input(10_000);
  const pandas = hasPandas();
  const cliRuns: Run[] = [];
  const peerRuns: Run[] = [];
  for (let i = 0; i < 5; i++) {
    cliRuns.push(ours(small, "--json", "--out", path.join(dir, "out-10k.xlsx")));
    if (pandas) peerRuns.push(measured(PYTHON, [peer, small, path.join(dir, "peer-10k.xlsx")]));
  }
  const cliSmall = describe(cliRuns);
  line("CLI: 10,000-row .xlsx → JSON + results .xlsx (median of 5)", cliSmall.text);
  if (!pandas) {
    line(
      "… against pandas + openpyxl",
      "skipped: Debian's python3-pandas and python3-openpyxl are not installed"
    );
    return;
  }
  const peerSmall = describe(peerRuns);
  line("pandas + openpyxl script, same workbook (median of 5)", peerSmall.text);
  const timeRatio = cliSmall.seconds / peerSmall.seconds;
  const memoryRatio = cliSmall.mb / peerSmall.mb;
  line("… CLI time / pandas time", `${timeRatio.toFixed(2)}×`, "≤ 0.5×", timeRatio <= 0.5);
  line(
    "… CLI peak memory / pandas peak memory",
    `${memoryRatio.toFixed(2)}×`,
    "≤ 1×",
    memoryRatio <= 1
  );
}

/** 100,000 rows (median of 3) and 300,000 rows (once), each with the results workbook. */
function atScale(dir: string, { input, ours }: Cli): void {
  const medium = input(100_000);
  const mediumRuns = [0, 1, 2].map(() => ours(medium, "--out", path.join(dir, "out-100k.xlsx")));
  const cliMedium = describe(mediumRuns);
  line(
    "CLI: 100,000 rows with --out (median of 3)",
    cliMedium.text,
    "≤ 10 s and ≤ 1 GB",
    cliMedium.seconds <= 10 && cliMedium.mb <= 1024
  );

  const large = input(300_000);
  const cliLarge = describe([ours(large, "--out", path.join(dir, "out-300k.xlsx"))]);
  line("CLI: 300,000 rows with --out", cliLarge.text, "completes, < 1.5 GB", cliLarge.mb < 1536);
}

export function cliBenchmarks(): void {
  if (!fs.existsSync(TIME)) {
    line("CLI benchmarks", `skipped: GNU time is not installed (apt-get install time)`);
    return;
  }
  // Wall times depend on what else the machine runs: the load is printed with them.
  const load = () => os.loadavg()[0].toFixed(1);
  line("CLI benchmarks: load average at the start", load());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gender-scorecard-bench-"));
  const cli = cliIn(dir);
  againstPandas(dir, cli);
  atScale(dir, cli);
  line("CLI benchmarks: load average at the end", load());
  fs.rmSync(dir, { recursive: true, force: true });
}
