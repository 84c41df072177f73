import { formatDecimal, formatPercent } from "../../src/report";
import { runCli, SAMPLE } from "./run";

// Issue 13 item 2: each language writes numbers its own way in text; JSON keeps numbers.

describe("numbers as each language writes them", () => {
  it("prints Russian percentages with a decimal comma and the Russian percent style", async () => {
    const ru = await runCli(SAMPLE, "--lang", "ru");
    expect(ru.code).toBe(0);
    // The category table: 11 of 39 scored is 28.2%; the finding: 64% with a no-break space.
    expect(ru.stdout).toMatch(/гендерно-слепая политика\s+11\s+28,2\u00a0%/);
    expect(ru.stdout).toContain("25 (64\u00a0%)");
    expect(ru.stdout).not.toMatch(/\d\.\d\s?%|\d%/);
  });

  it("prints Kyrgyz percentages with a decimal comma, English ones with a point", async () => {
    const ky = await runCli(SAMPLE, "--lang", "ky");
    expect(ky.stdout).toMatch(/\s28,2%/);
    expect(ky.stdout).not.toMatch(/\d\.\d\s?%/);
    const en = await runCli(SAMPLE);
    expect(en.stdout).toMatch(/gender-blind policy\s+11\s+28\.2%/);
  });

  it("keeps JSON numeric in every language", async () => {
    const ru = await runCli(SAMPLE, "--lang", "ru", "--json");
    const json = JSON.parse(ru.stdout);
    const shares = JSON.stringify(json).match(/"share":[^,}]+/g) ?? [];
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(share).toMatch(/"share":(null|[0-9.]+)$/);
  });

  it("formats from one home, through Intl (Node's ICU has ru and ky)", () => {
    expect(formatPercent(0.59, "ru", 1)).toBe("59,0\u00a0%");
    expect(formatPercent(0.59, "ky", 1)).toBe("59,0%");
    expect(formatPercent(0.59, "en", 1)).toBe("59.0%");
    expect(formatDecimal(0.8512, "ru")).toBe("0,85");
    expect(formatDecimal(0.8512, "en")).toBe("0.85");
  });
});
