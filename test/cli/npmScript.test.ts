import { execFileSync } from "child_process";
import path from "path";
import { SAMPLE } from "./run";

// The README promises that `npm run score -- FILE --json` prints exactly one JSON document.
// npm's own "> script" banner would break that; .npmrc keeps npm quiet. This checks it for real.
describe("npm run score", () => {
  it("prints nothing but the JSON document on stdout", () => {
    const root = path.resolve(__dirname, "../..");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const stdout = execFileSync(npm, ["run", "score", "--", SAMPLE, "--json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(stdout.trimStart().startsWith("{")).toBe(true);
    const report = JSON.parse(stdout);
    expect(report.summary.assessed).toBe(40);
  }, 60000);
});
