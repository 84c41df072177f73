import fs from "fs";
import path from "path";
import { runCli, runCliJson, tempDir } from "./run";

// The command line gathers with the same rule as the pane (src/report/gather.ts): a blank copy of
// an LSG another file scores in the same round is left out and listed, never a duplicate.

const HEADER = "LSG,Round,Documents,Mechanism,Budget";

function files(): [string, string] {
  const dir = tempDir();
  const osh = path.join(dir, "osh.csv");
  const naryn = path.join(dir, "naryn.csv");
  fs.writeFileSync(osh, [HEADER, "A,2025,1,2,3", "B,2025,,,"].join("\n"));
  fs.writeFileSync(naryn, [HEADER, "A,2025,,,", "B,2025,0,1,1"].join("\n"));
  return [osh, naryn];
}

describe("gathering whole-round sheets each filled for one oblast", () => {
  it("scores each LSG once, lists the blank copies as skipped rows, reports no duplicate", async () => {
    const [osh, naryn] = files();
    const json = await runCliJson(osh, naryn, "--json");
    expect(json.rows.map((r) => [r.lsg, r.total])).toEqual([
      ["A", 6],
      ["B", 2],
    ]);
    expect(json.validation.duplicates).toEqual([]);
    expect(json.validation.skippedRows).toEqual([
      { row: 3, file: osh, reason: "scored-elsewhere", text: "B" },
      { row: 2, file: naryn, reason: "scored-elsewhere", text: "A" },
    ]);
  });

  it("says why in the text report, in Russian", async () => {
    const [osh, naryn] = files();
    const run = await runCli(osh, naryn, "--lang", "ru");
    expect(run.code).toBe(0);
    const line = run.stdout.split("\n").find((l) => l.includes("пусто; оценён в другом файле"));
    expect(line).toMatch(/osh\.csv строка 3 +пусто; оценён в другом файле +B$/);
  });
});
