import fs from "fs";
import path from "path";
import { runCli, tempDir, SAMPLE } from "./run";

describe("a workbook saved under a .csv name", () => {
  it("is refused saying it is a workbook, not listed as columns of binary text", async () => {
    const dir = tempDir();
    const workbook = path.join(dir, "results.xlsx");
    expect((await runCli(SAMPLE, "--out", workbook)).code).toBe(0);
    const renamed = path.join(dir, "results.csv");
    fs.copyFileSync(workbook, renamed);
    const run = await runCli(renamed);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `gender-scorecard: Cannot read ${renamed}: it is an Excel workbook (.xlsx) under a .csv name; rename it to .xlsx.\n`
    );
  });
});
