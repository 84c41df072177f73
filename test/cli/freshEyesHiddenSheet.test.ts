import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { numberCell, textCell, writeFixture } from "../files/xlsxFixture";
import { readChosenFile } from "../../src/page/score";
import { runCli, tempDir } from "./run";

const HEADER = ["LSG", "Documents", "Mechanism", "Budget"];

function table(lsg: string, scores: number[]): string {
  return (
    `<row r="1">${HEADER.map((t, i) => textCell(`${"ABCD"[i]}1`, t)).join("")}</row>` +
    `<row r="2">${textCell("A2", lsg)}${scores.map((s, i) => numberCell(`${"BCD"[i]}2`, s)).join("")}</row>`
  );
}

/** An old copy of the table on a hidden first sheet, the one the user sees second. */
async function workbook(file: string, state: string): Promise<void> {
  await writeFixture(file, [
    { name: "Old", data: table("Ала-Бука а/о", [0, 0, 0]) },
    { name: "Data", data: table("Ала-Бука а/о", [3, 3, 2]) },
  ]);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    xml.replace('<sheet name="Old"', `<sheet state="${state}" name="Old"`)
  );
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("without --sheet, the first sheet the user can see", () => {
  it.each(["hidden", "veryHidden"])("skips a %s first sheet", async (state) => {
    const file = path.join(tempDir(), `${state}.xlsx`);
    await workbook(file, state);
    const run = await runCli(file, "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows.map((r: { total: number }) => r.total)).toEqual([8]);
  });

  it("still reads a hidden sheet named with --sheet", async () => {
    const file = path.join(tempDir(), "named.xlsx");
    await workbook(file, "hidden");
    const run = await runCli(file, "--sheet", "Old", "--json");
    expect(JSON.parse(run.stdout).rows.map((r: { total: number }) => r.total)).toEqual([0]);
  });

  it.each(["hidden", "veryHidden"])(
    "the Score a file page skips a %s first sheet too",
    async (state) => {
      const file = path.join(tempDir(), `page-${state}.xlsx`);
      await workbook(file, state);
      const read = readChosenFile("page.xlsx", new Uint8Array(fs.readFileSync(file)));
      expect(read.sheetName).toBe("Data");
    }
  );
});
