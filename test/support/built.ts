import fs from "fs";
import path from "path";

// What Excel loads is the build's output, not the sources: the build tests read dist/ (npm test
// builds first).

const DIST = path.resolve(__dirname, "../../dist");

/** A file of the build, as text; a missing one says to build first. */
export function readBuilt(file: string): string {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full))
    throw new Error(`${full} is missing: run "npm run build" before these tests`);
  return fs.readFileSync(full, "utf8");
}
