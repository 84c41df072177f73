import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { ZipReader } from "../../src/files/zip";
import { numberCell, textCell, writeFixture } from "../files/xlsxFixture";
import { runCli, tempDir } from "./run";

const SHEET = "xl/worksheets/sheet1.xml";

/** A one-LSG workbook (scores 2, 1, 0), its parts stored or deflated as asked. */
async function workbook(file: string, compression: "STORE" | "DEFLATE"): Promise<Buffer> {
  await writeFixture(file, [
    {
      name: "Data",
      data:
        `<row r="1">${["LSG", "Documents", "Mechanism", "Budget"].map((t, i) => textCell(`${"ABCD"[i]}1`, t)).join("")}</row>` +
        `<row r="2">${textCell("A2", "Ала-Бука а/о")}${numberCell("B2", 2)}${numberCell("C2", 1)}${numberCell("D2", 0)}</row>`,
    },
  ]);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return zip.generateAsync({ type: "nodebuffer", compression });
}

/** Where the sheet part's stored bytes start in the archive. */
function sheetData(bytes: Buffer): { start: number; length: number } {
  const entry = new ZipReader(bytes).entries.get(SHEET)!;
  const at = entry.localOffset;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  return { start, length: entry.compressedSize };
}

describe("a workbook damaged in transit", () => {
  it("refuses a stored sheet whose bytes no longer match their CRC-32, instead of scoring them", async () => {
    const file = path.join(tempDir(), "stored.xlsx");
    const bytes = await workbook(file, "STORE");
    const { start, length } = sheetData(bytes);
    // One byte flipped on a disk or in an e-mail gateway: the documents score 2 now reads 3.
    const at = bytes.indexOf("<v>2</v>", start);
    expect(at).toBeGreaterThan(start);
    expect(at).toBeLessThan(start + length);
    bytes[at + 3] = "3".charCodeAt(0);
    fs.writeFileSync(file, bytes);
    const run = await runCli(file, "--json");
    expect(run.stdout).toBe("");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Cannot read ${file}`);
    expect(run.stderr).toContain(`${SHEET} is damaged`);
  });

  it("says a deflated sheet that cannot be inflated is damaged, as a reason (exit 2), not a bug", async () => {
    const file = path.join(tempDir(), "deflated.xlsx");
    const bytes = await workbook(file, "DEFLATE");
    const { start, length } = sheetData(bytes);
    for (let i = start + 2; i < start + length - 2; i++) bytes[i] ^= 0x5a;
    fs.writeFileSync(file, bytes);
    const run = await runCli(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Cannot read ${file}`);
    expect(run.stderr).toContain(`${SHEET} is damaged`);
    expect(run.stderr).not.toContain("unexpected error");
  });

  it("still reads the same workbook undamaged", async () => {
    const file = path.join(tempDir(), "good.xlsx");
    fs.writeFileSync(file, await workbook(file, "STORE"));
    const run = await runCli(file, "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows.map((r: { total: number }) => r.total)).toEqual([3]);
  });
});
