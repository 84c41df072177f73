import fc from "fast-check";
import { findingSentence } from "../../src/report";
import { assess, summarize, METHOD_2015, type Language } from "../../src/rubric";

// How each language states the number scored (and its percent sign: "59 %" in Russian, with a
// no-break space, as Intl.NumberFormat writes it) and the study's part of the addressing LSGs.
const SCORED: Record<Language, RegExp> = {
  en: /[Oo]f (\d+) LSGs? scored/,
  ru: /Оценено ОМСУ: (\d+)\./,
  ky: /Бааланган ЖӨБ: (\d+)\./,
};
const PART: Record<Language, RegExp> = {
  en: /\((\d+) of them, (\d+)% of the LSGs scored/,
  ru: /\(в том числе (\d+), или (\d+)\u00a0% оценённых/,
  ky: /\(анын ичинде (\d+), же бааланган ЖӨБдүн (\d+)%/,
};

const score = fc.integer({ min: 0, max: 3 });
// A row: three valid scores, or (sometimes) a blank one, which makes it incomplete.
const row = fc.tuple(score, score, fc.option(score, { freq: 8, nil: null }));
const round = fc.option(fc.constantFrom("2019", "2023", "10", "Раунд 2", "Spring 2024"), {
  nil: undefined,
});

describe("the finding sentence's numbers add up, in every language", () => {
  it.each(["en", "ru", "ky"] as const)(
    "%s: the three categories add up to the LSGs scored; the study's part lies within the addressing ones",
    (lang) => {
      fc.assert(
        fc.property(fc.array(row, { maxLength: 60 }), round, (rows, roundLabel) => {
          const assessments = rows.map((r) => assess(r));
          const sentence = findingSentence(summarize(assessments), METHOD_2015, lang, roundLabel);
          // Expected numbers computed here from the scores, not from the summary.
          const complete = rows.filter((r): r is [number, number, number] => r[2] !== null);
          const totals = complete.map((r) => r[0] + r[1] + r[2]);
          const positive = totals.filter((t) => t >= 6).length;
          const addressing = totals.filter((t) => t >= 3 && t <= 5).length;
          const blind = totals.filter((t) => t <= 2).length;
          const part = complete.filter((r, i) => {
            const covered = r.filter((s) => s > 0).length;
            return totals[i] >= 3 && totals[i] <= 5 && covered < 3;
          }).length;
          const scored = complete.length;
          if (scored === 0) {
            expect(sentence).not.toMatch(/\d+ \(\d+\s?%\)/);
            return;
          }
          expect(Number(SCORED[lang].exec(sentence)?.[1])).toBe(scored);
          const shown = [...sentence.matchAll(/(\d+) \((\d+)\s?%\)/g)].map((m) => ({
            count: Number(m[1]),
            percent: Number(m[2]),
          }));
          expect(shown.map((c) => c.count)).toEqual([addressing, positive, blind]);
          expect(shown.reduce((sum, c) => sum + c.count, 0)).toBe(scored);
          for (const c of shown) expect(c.percent).toBe(Math.round((c.count / scored) * 100));
          const study = PART[lang].exec(sentence);
          if (addressing > 0 && part > 0) {
            expect(Number(study?.[1])).toBe(part);
            expect(Number(study?.[2])).toBe(Math.round((part / scored) * 100));
          } else {
            expect(study).toBeNull();
          }
          const incomplete = rows.length - scored;
          if (incomplete > 0) expect(sentence).toContain(String(incomplete));
        })
      );
    }
  );
});

describe("the finding sentence names its round when given one", () => {
  const summary = summarize([assess([2, 1, 0]), assess([3, 3, 1]), assess([0, 0, 0])]);

  it.each([
    ["en", "2023", "Round 2023: of 3 LSGs scored, 1 (33%) pursues gender-addressing policy"],
    ["ru", "2023", "Раунд 2023. Оценено ОМСУ: 3. Из них 1 (33\u00a0%) проводит политику"],
    ["ky", "2023", "Раунд 2023. Бааланган ЖӨБ: 3. Алардын ичинен 1 (33%)"],
    ["en", "Раунд 2", "Раунд 2: of 3 LSGs scored"],
    ["en", null, "Rows with no round: of 3 LSGs scored"],
    ["ru", null, "Строки без раунда. Оценено ОМСУ: 3."],
    ["ky", null, "Раунду жок саптар. Бааланган ЖӨБ: 3."],
  ] as const)("%s, round %s", (lang, roundLabel, start) => {
    expect(findingSentence(summary, METHOD_2015, lang, roundLabel).startsWith(start)).toBe(true);
  });

  it("says nothing of a round when none is given", () => {
    expect(findingSentence(summary, METHOD_2015, "en")).toMatch(/^Of 3 LSGs scored/);
  });
});
