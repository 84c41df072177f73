import fs from "fs";
import path from "path";
import {
  LOCALES,
  helpPage,
  localizedMetadata,
  metadataFile,
  type FunctionsMetadata,
  type FunctionTexts,
} from "../../src/functions/locales/localize";
import { englishWords } from "../support/englishWords";
import { readBuilt } from "../support/built";

// The functions' metadata Excel reads in Russian and Kyrgyz (manifest: Functions.Metadata.Url's
// overrides) against the English one generated from functions.ts's JSDoc (npm test builds first).
const root = path.resolve(__dirname, "../..");

const english = JSON.parse(readBuilt("functions.json")) as FunctionsMetadata;
const textsOf = (lang: string) =>
  JSON.parse(
    fs.readFileSync(path.join(root, "src/functions/locales", metadataFile(lang)), "utf8")
  ) as FunctionTexts;

/** What must not differ between languages: everything but the texts. */
function shape(metadata: FunctionsMetadata) {
  const { functions, ...options } = metadata;
  // The texts are dropped on purpose: they are what differs between languages.
  /* eslint-disable @typescript-eslint/no-unused-vars */
  return {
    options,
    functions: functions.map(({ description, helpUrl, parameters, ...rest }) => ({
      ...rest,
      hasHelp: helpUrl !== undefined,
      parameters: parameters.map(({ name, description, ...kind }) => kind),
    })),
  };
  /* eslint-enable @typescript-eslint/no-unused-vars */
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** An attribute in a built page, whose minifier drops the quotes where it can. */
const attribute = (name: string, value: string) =>
  new RegExp(`\\s${name}="?${value.replace(/[.#]/g, "\\$&")}(?=[\\s">])`);

it("has Russian and Kyrgyz, with the locales the manifest overrides", () => {
  expect(LOCALES.map((l) => [l.lang, l.locale])).toEqual([
    ["ru", "ru-RU"],
    ["ky", "ky-KG"],
  ]);
  expect(english.functions.map((fn) => fn.id)).toEqual([
    "GENDERSCORE",
    "COVERAGE",
    "AGREEMENT",
    "POLICYCATEGORY",
  ]);
});

describe.each(LOCALES.map((l) => l.lang))("functions metadata in %s", (lang) => {
  const built = JSON.parse(readBuilt(metadataFile(lang))) as FunctionsMetadata;

  it("has the generated functions: same ids, names, types, flags and parameters in order", () => {
    expect(shape(built)).toEqual(shape(english));
    expect(built.allowErrorForDataTypeAny).toBe(true);
    // Names are not localized (see localize.js): formulas stay portable between languages.
    expect(built.functions.map((fn) => fn.name)).toEqual(english.functions.map((fn) => fn.name));
  });

  it("gives every function and parameter a description of its own, in Cyrillic, no English word", () => {
    const texts: { where: string; text: string | undefined; en: string | undefined }[] = [];
    built.functions.forEach((fn, f) => {
      const en = english.functions[f];
      texts.push({ where: fn.id, text: fn.description, en: en.description });
      fn.parameters.forEach((p, i) =>
        texts.push({
          where: `${fn.id}(${en.parameters[i].name})`,
          text: p.description,
          en: en.parameters[i].description,
        })
      );
    });
    expect(texts).toHaveLength(4 + 3 + 3 + 2 + 2);
    for (const { where, text, en } of texts) {
      expect({ where, empty: !text || text.trim() === "" }).toEqual({ where, empty: false });
      expect({ where, cyrillic: CYRILLIC.test(text!) }).toEqual({ where, cyrillic: true });
      expect({ where, english: englishWords(text!) }).toEqual({ where, english: [] });
      expect(text).not.toBe(en);
    }
  });

  it("names parameters with one Cyrillic word each, distinct within a function", () => {
    for (const fn of built.functions) {
      const names = fn.parameters.map((p) => p.name);
      for (const name of names) expect(name).toMatch(/^\p{Script=Cyrillic}[\p{L}0-9_]*$/u);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("links each function to its own section of the help page in the same language", () => {
    const page = readBuilt(helpPage(lang));
    expect(page).toMatch(new RegExp(`<html${attribute("lang", lang).source}`));
    for (const [f, fn] of built.functions.entries()) {
      const url = new URL(fn.helpUrl!);
      const englishUrl = new URL(english.functions[f].helpUrl!);
      expect(url.origin).toBe(englishUrl.origin);
      expect(url.pathname).toBe(`/${helpPage(lang)}`);
      expect(url.hash).toBe(englishUrl.hash);
      expect(page).toMatch(attribute("id", url.hash.slice(1)));
    }
  });

  it("is built from the source texts, which name exactly the generated functions and parameters", () => {
    const texts = textsOf(lang);
    expect(Object.keys(texts).sort()).toEqual(english.functions.map((fn) => fn.id).sort());
    for (const fn of english.functions)
      expect(Object.keys(texts[fn.id].parameters ?? {})).toEqual(fn.parameters.map((p) => p.name));
    expect(localizedMetadata(english, texts, lang)).toEqual(built);
  });

  it("fails the build when the JSDoc gains a function or parameter the translation lacks", () => {
    const texts = textsOf(lang);
    const grown = structuredClone(english);
    grown.functions[0].parameters.push({ name: "extra", description: "A new one.", type: "any" });
    grown.functions.push({ ...structuredClone(grown.functions[1]), id: "NEWONE", name: "NEWONE" });
    expect(() => localizedMetadata(grown, texts, lang)).toThrow(
      /GENDERSCORE: parameter extra has no description.*NEWONE is missing/
    );
    const stale = { ...texts, OLDONE: { description: "…" } };
    expect(() => localizedMetadata(english, stale, lang)).toThrow(
      /OLDONE is not a function of functions\.json/
    );
  });
});

describe.each(LOCALES.map((l) => l.lang))("the help page in %s", (lang) => {
  const page = readBuilt(helpPage(lang));
  const ids = (html: string) => [...html.matchAll(/\sid="?([^"\s>]+)/g)].map((m) => m[1]);

  it("has every section of the English page and links the other languages", () => {
    expect(ids(page)).toEqual(ids(readBuilt("help.html")));
    for (const other of LOCALES.filter((l) => l.lang !== lang))
      expect(page).toMatch(attribute("href", helpPage(other.lang)));
    expect(page).toMatch(attribute("href", "help.html"));
    expect(page).toMatch(attribute("href", `docs/method.${lang}.md`));
  });

  it("is written in the language: no English word outside formulas and links to English", () => {
    const text = page
      .replace(/<head>[\s\S]*<\/head>/, " ")
      .replace(/<code>[\s\S]*?<\/code>/g, " ")
      .replace(/<a [^>]*\slang="?en(?=[\s">])[^>]*>[\s\S]*?<\/a>/g, " ")
      .replace(/<[^>]+>/g, " ");
    expect(CYRILLIC.test(text)).toBe(true);
    expect(englishWords(text)).toEqual([]);
  });
});
