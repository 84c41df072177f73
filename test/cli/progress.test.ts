import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { Progress } from "../../src/cli/progress";
import { writeWorkbookPackage } from "../../src/files/xlsxWriter";
import { tempDir } from "./run";
import { LSG_HEADER_RU } from "../support/bigWorkbook";

function terminal(isTTY = true) {
  let now = 0;
  const written: string[] = [];
  return {
    sink: { isTTY, write: (t: string) => written.push(t) },
    clock: () => now,
    advance: (ms: number) => (now += ms),
    written,
  };
}

describe("progress on a terminal", () => {
  it("stays silent for the first two seconds, then shows the stage and rows in place", () => {
    const t = terminal();
    const progress = new Progress(t.sink, "en", t.clock);
    progress.begin("reading");
    t.advance(1500);
    progress.rows(40_000);
    expect(t.written).toEqual([]);
    t.advance(600);
    progress.rows(80_000);
    t.advance(100);
    progress.rows(90_000); // within a quarter second: not redrawn
    t.advance(800);
    progress.begin("scoring");
    progress.clear();
    expect(t.written).toEqual([
      "\r\x1b[2KReading… rows: 80\u202f000 (2 s)",
      "\r\x1b[2KScoring… (3 s)",
      "\r\x1b[2K",
    ]);
  });

  it("speaks the report's language", () => {
    const t = terminal();
    const progress = new Progress(t.sink, "ky", t.clock);
    t.advance(2500);
    progress.begin("writing");
    progress.rows(4096);
    t.advance(300);
    progress.rows(8192);
    expect(t.written).toEqual([
      "\r\x1b[2KЖазылууда… (2 сек)",
      "\r\x1b[2KЖазылууда… саптар: 8\u202f192 (2 сек)",
    ]);
  });

  it("writes nothing when stderr is not a terminal", () => {
    const t = terminal(false);
    const progress = new Progress(t.sink, "ru", t.clock);
    t.advance(10_000);
    progress.begin("reading");
    progress.rows(100_000);
    progress.clear();
    expect(t.written).toEqual([]);
  });
});

describe("the command line on a run of several seconds", () => {
  const root = path.resolve(__dirname, "../..");
  const dir = tempDir();
  const input = path.join(dir, "lsg-120000.xlsx");
  // A build of its own: other tests build dist/node at the same time (npm run score).
  const out = path.join(root, "dist/test-progress");
  const cli = path.join(out, "cli/main.js");
  beforeAll(() => {
    // tsc emits even when another file of the tree fails to type-check; that is not this test's.
    spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--outDir", out],
      { cwd: root }
    );
    expect(fs.existsSync(cli)).toBe(true);
    const bytes = writeWorkbookPackage(
      undefined,
      () => false,
      (book) => {
        const sheet = book.sheet("LSGs");
        sheet.addRow(LSG_HEADER_RU);
        for (let i = 0; i < 120_000; i++)
          sheet.addRow([
            "Ошская область",
            `Район ${i % 20}`,
            `АО ${i}`,
            2024,
            i % 4,
            (i >> 2) % 4,
            1,
          ]);
      }
    );
    fs.writeFileSync(input, bytes);
  }, 120_000);

  it("prints no progress when stderr is a pipe, and the JSON stays pure", () => {
    const out = path.join(dir, "piped.xlsx");
    const started = Date.now();
    const run = spawnSync(process.execPath, [cli, input, "--json", "--out", out], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    expect(run.status).toBe(0);
    // Long enough that a terminal would have shown progress.
    expect(Date.now() - started).toBeGreaterThan(2000);
    expect(run.stderr).toBe(`${out} written.\n`);
    expect(JSON.parse(run.stdout).summary.assessed).toBe(120_000);
  }, 120_000);

  // util-linux `script` runs the CLI on a pseudo-terminal, as a user's shell would.
  const withPty = fs.existsSync("/usr/bin/script") ? it : it.skip;
  withPty(
    "shows progress when stderr is a terminal",
    () => {
      const out = path.join(dir, "tty.xlsx");
      const run = spawnSync(
        "/usr/bin/script",
        [
          "-qec",
          `"${process.execPath}" "${cli}" "${input}" --out "${out}" > /dev/null`,
          "/dev/null",
        ],
        { encoding: "utf8", maxBuffer: 1 << 30 }
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/Reading…|Scoring…|Writing…/);
      expect(run.stdout).toContain(`${out} written.`);
    },
    120_000
  );
});
