import { englishWords } from "../support/englishWords";
import { runCli, SAMPLE } from "./run";

// Issue 15 item 5 / item 12 through the command line: a Russian or Kyrgyz report holds no English
// word and no internal id (the sample's own data is Cyrillic; the first line is the file's path).
describe.each(["ru", "ky"])("the %s text report", (lang) => {
  it("has no English word after the file name", async () => {
    const result = await runCli(SAMPLE, "--lang", lang);
    expect(result.code).toBe(0);
    const [, ...lines] = result.stdout.split("\n");
    expect(lines.flatMap(englishWords)).toEqual([]);
  });
});
