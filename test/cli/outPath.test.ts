import fs from "fs";
import path from "path";
import { writeFailure, writeReplacing } from "../../src/cli/outPath";
import { runCli, SAMPLE, tempDir } from "./run";

/** The run stopped with one plain line, before the input was read (no report printed). */
function expectRefusedBeforeReading(result: Awaited<ReturnType<typeof runCli>>, reason: string) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain(reason);
  expect(result.stderr).not.toContain("unexpected error");
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
}

describe("--out that cannot be written is refused before the input is read (exit 2)", () => {
  const dir = tempDir();

  it("a folder that does not exist", async () => {
    const out = path.join(dir, "missing", "result.xlsx");
    const result = await runCli(SAMPLE, "--out", out);
    expectRefusedBeforeReading(result, `the folder ${path.join(dir, "missing")} does not exist`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a folder named like a workbook, with or without --force", async () => {
    const out = path.join(dir, "folder.xlsx");
    fs.mkdirSync(out);
    expectRefusedBeforeReading(await runCli(SAMPLE, "--out", out), "it is a folder");
    expectRefusedBeforeReading(await runCli(SAMPLE, "--out", out, "--force"), "it is a folder");
    expect(fs.statSync(out).isDirectory()).toBe(true);
    expectRefusedBeforeReading(
      await runCli(SAMPLE, "--out", path.join(dir, "new.xlsx") + "/"),
      "it names a folder"
    );
  });

  it("a path under a regular file, directly or deeper", async () => {
    const file = path.join(dir, "plain.txt");
    fs.writeFileSync(file, "keep");
    expectRefusedBeforeReading(
      await runCli(SAMPLE, "--out", path.join(file, "x.xlsx")),
      `${file} is a file, not a folder`
    );
    expectRefusedBeforeReading(
      await runCli(SAMPLE, "--out", path.join(file, "sub", "x.xlsx")),
      `${file} is a file, not a folder`
    );
    expectRefusedBeforeReading(
      await runCli(SAMPLE, "--out", "/etc/hostname/x.xlsx"),
      "/etc/hostname is a file, not a folder"
    );
    expect(fs.readFileSync(file, "utf8")).toBe("keep");
  });

  // Root may write anywhere, so the refusal is tested as an ordinary user: this process's
  // effective user becomes "nobody" (65534) for the run when it is root, else it is one already.
  it("a folder the user may not write in", async () => {
    const open = fs.mkdtempSync(path.join(dir, "perm-"));
    fs.chmodSync(open, 0o755);
    const input = path.join(open, "in.csv");
    fs.copyFileSync(SAMPLE, input);
    fs.chmodSync(input, 0o644);
    const locked = path.join(open, "locked");
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
    fs.chmodSync(dir, 0o755);
    const out = path.join(locked, "result.xlsx");
    const asRoot = process.geteuid?.() === 0;
    if (asRoot) process.seteuid!(65534);
    let result;
    try {
      result = await runCli(input, "--out", out);
    } finally {
      if (asRoot) process.seteuid!(0);
    }
    expectRefusedBeforeReading(result, `you may not create files in ${locked}`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a wrong extension, and an existing file without --force, as before", async () => {
    expectRefusedBeforeReading(
      await runCli(SAMPLE, "--out", path.join(dir, "r.csv")),
      "--out must name a .xlsx file"
    );
    const existing = path.join(dir, "existing.xlsx");
    fs.writeFileSync(existing, "keep me");
    expectRefusedBeforeReading(await runCli(SAMPLE, "--out", existing), "already exists");
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
  });

  it("writes when the path is fine (the checks refuse nothing else)", async () => {
    const out = path.join(dir, "ok.xlsx");
    const result = await runCli(SAMPLE, "--out", out);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("--out never names the input, through any link, even with --force", () => {
  const dir = tempDir();

  it.each([
    ["a hard link", fs.linkSync],
    ["a symbolic link", fs.symlinkSync],
  ])("%s to an .xlsx input", async (_, link) => {
    const input = path.join(dir, `in-${link.name}.xlsx`);
    expect((await runCli(SAMPLE, "--out", input)).code).toBe(0);
    const before = fs.readFileSync(input);
    const alias = path.join(dir, `alias-${link.name}.xlsx`);
    link(input, alias);
    expectRefusedBeforeReading(await runCli(input, "--out", alias, "--force"), "is the input file");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("a hard link named .xlsx to a CSV input", async () => {
    const input = path.join(dir, "in.csv");
    fs.copyFileSync(SAMPLE, input);
    const alias = path.join(dir, "same-bytes.xlsx");
    fs.linkSync(input, alias);
    expectRefusedBeforeReading(await runCli(input, "--out", alias, "--force"), "is the input file");
    expect(fs.readFileSync(input).equals(fs.readFileSync(SAMPLE))).toBe(true);
  });
});

describe("--out is written whole or not at all", () => {
  const dir = tempDir();

  it("a write that fails leaves the existing file as it was, and nothing beside it", async () => {
    const out = path.join(dir, "kept.xlsx");
    fs.writeFileSync(out, "earlier results");
    const full = Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    await expect(
      writeReplacing(out, async (file) => {
        fs.writeFileSync(file, "half a work");
        throw full;
      })
    ).rejects.toBe(full);
    expect(fs.readFileSync(out, "utf8")).toBe("earlier results");
    expect(fs.readdirSync(dir)).toEqual(["kept.xlsx"]);
  });

  it("--force over a hard link replaces the link, never the other file it shares", async () => {
    const other = path.join(dir, "someone-elses.xlsx");
    fs.writeFileSync(other, "keep me");
    const out = path.join(dir, "linked.xlsx");
    fs.linkSync(other, out);
    expect((await runCli(SAMPLE, "--out", out, "--force")).code).toBe(0);
    expect(fs.readFileSync(other, "utf8")).toBe("keep me");
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("a write that fails after the checks", () => {
  it("is reported in one line for file-system errors, and left a bug otherwise", () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
    });
    expect(writeFailure("r.xlsx", full)?.message).toBe(
      "Cannot write r.xlsx: ENOSPC: no space left on device, write"
    );
    expect(writeFailure("r.xlsx", new TypeError("x is undefined"))).toBeUndefined();
  });
});
