import { describeMethod, METHOD_2015, parseMethod } from "../../src/rubric";
import { STRINGS } from "../../src/taskpane/strings";
import { runCli, SAMPLE } from "../cli/run";

// Issue 15 item 12: language details a Russian or Kyrgyz reader trips over.

describe("language details", () => {
  it("Russian counts agree with their noun: 0 баллов, 1 балл, 2 балла, 3 балла", async () => {
    const ru = await runCli(SAMPLE, "--lang", "ru");
    expect(ru.stdout).toMatch(/Доля выше 0\s+0 баллов\s+1 балл\s+2 балла\s+3 балла\n/);
    const en = await runCli(SAMPLE);
    expect(en.stdout).toMatch(/0 points\s+1 point\s+2 points\s+3 points\n/);
  });

  it("no internal id is shown: the method is named by its title, an edited one as edited", async () => {
    for (const lang of ["en", "ru", "ky"] as const) {
      expect(describeMethod(METHOD_2015, lang)).not.toMatch(/\[|kg-mineconomy/);
      const edited = parseMethod({ id: "my-own-2026", categories: [] });
      expect(describeMethod(edited, lang)).not.toContain("my-own-2026");
    }
    expect(describeMethod(parseMethod({ id: "x" }), "ru")).toContain("2015) (изменена);");
    const ru = await runCli(SAMPLE, "--lang", "ru");
    expect(ru.stdout).not.toContain("kg-mineconomy-2015");
  });

  it("the overwrite question is a sentence in Russian and Kyrgyz", () => {
    expect(STRINGS.ru.consentBody(1, "K6")).toBe(
      "В 1 ячейке, куда записываются результаты, уже есть данные (K6). Перезаписать?"
    );
    expect(STRINGS.ru.consentBody(3, "K6, K7, K8")).toBe(
      "В 3 ячейках, куда записываются результаты, уже есть данные (K6, K7, K8). Перезаписать?"
    );
    expect(STRINGS.ky.consentBody(1, "K6")).toBe(
      "Натыйжалар жазыла турган 1 уячада маалымат бар (K6). Кайра жазылсынбы?"
    );
  });
});
