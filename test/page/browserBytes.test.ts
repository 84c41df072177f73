import fs from "fs";
import path from "path";
import zlib from "zlib";
import JSZip from "jszip";
import { Buffer as BrowserBuffer } from "buffer";
import { deflateRawSync, inflateRawSync, constants } from "../../src/page/zlibShim";
import posixPath from "../../src/page/posixPath";

// The browser page runs the command line's byte-level xlsx code with Node's zlib, Buffer and path
// replaced (webpack.config.js, layer "page"). These tests hold the replacements to Node's behaviour.

function xmlLike(n: number, seed: number): Buffer {
  let text = "";
  for (let i = 0; text.length < n; i++)
    text += `<row r="${i}"><c t="s"><v>${(i * seed) % 9973}</v></c><c><v>${Math.sin(i * seed).toFixed(seed % 7)}</v></c></row>`;
  return Buffer.from(text.slice(0, n));
}

describe("the page's zlib (pako) against Node's", () => {
  it("deflates pieces with a sync flush that Node inflates as one stream, for many sizes", () => {
    // fflate 0.8.3's Deflate.flush(true) failed this for about a third of such pieces.
    for (let seed = 1; seed <= 40; seed++) {
      const data = xmlLike((seed * 37_011) % 260_000, seed);
      const cut = [0, Math.floor(data.length / 3), Math.floor(data.length / 2), data.length];
      const pieces = cut.slice(1).map((end, i) =>
        deflateRawSync(data.subarray(cut[i], end), {
          level: 4,
          finishFlush: constants.Z_SYNC_FLUSH,
        })
      );
      const stream = Buffer.concat([...pieces, Buffer.from([0x03, 0x00])]);
      expect(zlib.inflateRawSync(stream).equals(data)).toBe(true);
    }
  });

  it("inflates what Node deflates, and a prefix of it as far as it goes", () => {
    const data = xmlLike(300_000, 3);
    const whole = zlib.deflateRawSync(data);
    expect(Buffer.from(inflateRawSync(whole)).equals(data)).toBe(true);
    const start = inflateRawSync(whole.subarray(0, 4000), { finishFlush: constants.Z_SYNC_FLUSH });
    expect(start.length).toBeGreaterThan(4000);
    expect(Buffer.from(start).equals(data.subarray(0, start.length))).toBe(true);
    expect(zlib.inflateRawSync(deflateRawSync(data, { level: 4 })).equals(data)).toBe(true);
  });

  it("fails on bytes that are not deflate, as Node's does", () => {
    expect(() => inflateRawSync(Uint8Array.from([0xff, 0xff, 0xff, 0xff]))).toThrow();
  });
});

describe("the page's posix path", () => {
  it.each([
    ["xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml"],
    ["/xl/charts/../drawings/drawing1.xml"],
    ["[Content_Types].xml"],
    ["xl/worksheets/_rels/sheet1.xml.rels"],
  ])("%s: dirname, basename, join, normalize as path.posix", (part) => {
    const p = path.posix;
    expect(posixPath.posix.dirname(part)).toBe(p.dirname(part));
    expect(posixPath.posix.basename(part)).toBe(p.basename(part));
    expect(posixPath.posix.normalize(part)).toBe(p.normalize(part));
    expect(posixPath.posix.join(p.dirname(part), "_rels", "x.rels")).toBe(
      p.join(p.dirname(part), "_rels", "x.rels")
    );
    expect(posixPath.posix.join(p.dirname(part), "../media/a.png")).toBe(
      p.join(p.dirname(part), "../media/a.png")
    );
    // Relative names only: Node resolves a relative one against the working directory.
    const named = part.replace(/^\//, "");
    expect(posixPath.posix.relative("xl/drawings", named)).toBe(p.relative("xl/drawings", named));
  });
});

/** Every part's content, inflated, by name. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort())
    out.set(name, await zip.file(name)!.async("string"));
  return out;
}

describe("the page's pipeline with the browser's zlib, Buffer and path", () => {
  it.each(["example-ministry-sheet.xlsx", "sample-lsg-assessments.csv"])(
    "%s: the same workbook, part for part, as with Node's",
    async (asset) => {
      const bytes = new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../assets", asset)));
      const run = (): Uint8Array => {
        const page = require("../../src/page/score") as typeof import("../../src/page/score");
        const input = page.readChosenFile(asset, bytes);
        const scored = page.scoreInput(input, {}, "ru");
        if (!("report" in scored)) throw new Error("not scored");
        return Uint8Array.from(page.resultsWorkbook(input, scored));
      };
      let node!: Uint8Array;
      jest.isolateModules(() => {
        node = run();
      });
      let browser!: Uint8Array;
      const nodeBuffer = globalThis.Buffer;
      jest.isolateModules(() => {
        jest.doMock("zlib", () => jest.requireActual("../../src/page/zlibShim"));
        jest.doMock("path", () => jest.requireActual("../../src/page/posixPath"));
        globalThis.Buffer = BrowserBuffer as unknown as typeof Buffer;
        try {
          browser = run();
        } finally {
          globalThis.Buffer = nodeBuffer;
        }
      });
      const expected = await parts(node);
      expect(expected.size).toBeGreaterThan(8);
      expect(await parts(browser)).toEqual(expected);
    }
  );
});
