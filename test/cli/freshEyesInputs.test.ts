import fs from "fs";
import path from "path";
import { expandInputs } from "../../src/cli/inputs";
import { tempDir } from "./run";

describe("one file named twice through a link", () => {
  const dir = tempDir();
  const file = path.join(dir, "round.csv");
  fs.writeFileSync(file, "LSG,Documents,Mechanism,Budget\nA,1,2,3\n");

  it("refuses a symbolic link to a file already given: its rows would be counted twice", async () => {
    const link = path.join(dir, "round-link.csv");
    fs.symlinkSync(file, link);
    await expect(expandInputs([file, link], undefined)).rejects.toThrow(
      `${link} is given twice (also as ${file}): its rows would be counted twice.`
    );
  });

  it("refuses a hard link to a file already given", async () => {
    const hard = path.join(dir, "round-copy.csv");
    fs.linkSync(file, hard);
    await expect(expandInputs([hard, file], undefined)).rejects.toThrow(
      `${file} is given twice (also as ${hard})`
    );
  });

  it("still reads two different files", async () => {
    const other = path.join(dir, "other.csv");
    fs.writeFileSync(other, "LSG,Documents,Mechanism,Budget\nB,1,2,3\n");
    const inputs = await expandInputs([file, other], undefined);
    expect(inputs.files.map((f) => f.path)).toEqual([file, other]);
  });
});
