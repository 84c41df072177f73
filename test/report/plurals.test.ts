import fs from "fs";
import path from "path";
import { countsSentence, findingSentence, plural } from "../../src/report";
import { assess, METHOD_2015, summarize } from "../../src/rubric";
import { STRINGS } from "../../src/taskpane/strings";

// Issue 13 item 3: words after numbers agree with them through Intl.PluralRules in every language.

// "column(s)" before a space or punctuation; not a call such as "remove(s))" or "(s) =>".
const HAND_MADE = /[a-z]{2,}\(s\)(?=[\s.,;:!?`"'])(?!\s*=>)/;
// Comments are for developers; what users read is in the code's strings and in the JSDoc of the
// custom functions (Excel shows it), which is checked too.
const handMade = (source: string) =>
  source
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line) || /@param|@returns/.test(line))
    .some((line) => HAND_MADE.test(line));

describe("plurals through Intl.PluralRules", () => {
  it("English: 1 disagreement, 2 disagreements", () => {
    expect(STRINGS.en.disagreements(1, 0)).toMatch(/^1 disagreement between/);
    expect(STRINGS.en.disagreements(2, 1)).toMatch(/^2 disagreements between/);
    expect(STRINGS.en.scorecardsDone("Scorecards", 1)).toContain("1 scorecard,");
    expect(STRINGS.en.done(1, "I:K", "Summary", 1)).toBe(
      "Wrote 1 row to columns I:K; “Summary” updated with 1 chart."
    );
    expect(STRINGS.en.sourceUsed("A1:H2", 1)).toBe("Used range A1:H2: 1 LSG row.");
    expect(countsSentence(1, 1, 0, "en")).toBe("1 LSG read, 1 scored, 0 incomplete.");
  });

  it("Russian: 1 расхождение, 2 расхождения, 5 расхождений, 11 расхождений, 21 расхождение", () => {
    const said = [1, 2, 5, 11, 21, 22].map(
      (n) => STRINGS.ru.disagreements(n, 0).split(" между")[0]
    );
    expect(said).toEqual([
      "1 расхождение",
      "2 расхождения",
      "5 расхождений",
      "11 расхождений",
      "21 расхождение",
      "22 расхождения",
    ]);
  });

  it("verbs agree too: 21 проводит, 11 проводят; 1 LSG pursues", () => {
    const addressing = (n: number) => Array.from({ length: n }, () => assess([2, 1, 0]));
    const ru = (n: number) => findingSentence(summarize(addressing(n)), METHOD_2015, "ru");
    expect(ru(21)).toContain("21 (100\u00a0%) проводит политику");
    expect(ru(11)).toContain("11 (100\u00a0%) проводят политику");
    expect(findingSentence(summarize(addressing(1)), METHOD_2015, "en")).toMatch(
      /^Of 1 LSG scored, 1 \(100%\) pursues/
    );
  });

  it("Kyrgyz nouns stay singular after a number; the rules still choose a form", () => {
    expect(plural(5, "ky", { other: "уяча" })).toBe("уяча");
    expect(plural(1, "ru", { one: "ячейке", other: "ячейках" })).toBe("ячейке");
    expect(plural(1.5, "ru", { one: "балл", few: "балла", many: "баллов", other: "балла" })).toBe(
      "балла"
    );
  });

  it('no hand-made "(s)" plural in any source file', () => {
    const root = path.resolve(__dirname, "../../src");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(tsx?|html)$/.test(entry.name) && handMade(fs.readFileSync(full, "utf8")))
          offenders.push(path.relative(root, full));
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
