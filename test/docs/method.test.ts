import fs from "fs";
import path from "path";
import { LANGUAGES, METHOD_2015, type Language } from "../../src/rubric";
import { recognizeOblast } from "../../src/sheets/oblasts";

// docs/method.*.md state the method in three languages; the code's tables are the truth. Every
// table row keyed by an id is compared with src/rubric/method.ts and src/sheets/oblasts.ts, so the
// docs cannot drift from what the add-in computes.

const DOCS = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    fs.readFileSync(path.resolve(__dirname, `../../docs/method.${lang}.md`), "utf8"),
  ])
) as Record<Language, string>;

/** Rows of the markdown tables whose first or second cell is an `id`: cells without the id. */
function rowsById(text: string): Map<string, string[][]> {
  const rows = new Map<string, string[][]>();
  for (const line of text.split("\n")) {
    if (!line.startsWith("|")) continue;
    const cells = line
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim());
    const at = cells.findIndex((c) => /^`[\w-]+`$/.test(c));
    if (at < 0 || at > 1) continue;
    const id = cells[at].slice(1, -1);
    rows.set(id, [...(rows.get(id) ?? []), cells.filter((_, i) => i !== at)]);
  }
  return rows;
}

const dash = (min: number, max: number) => `${min}–${max}`;

describe.each(LANGUAGES)("docs/method.%s.md agrees with the code", (lang) => {
  const rows = rowsById(DOCS[lang]);

  test("indicators: names in en, ru, ky and the points range", () => {
    for (const indicator of METHOD_2015.indicators) {
      const [full, short] = rows.get(indicator.id) ?? [];
      const { min, max } = METHOD_2015.points;
      expect(full).toEqual([...LANGUAGES.map((l) => indicator.name[l]), dash(min, max)]);
      expect(short).toEqual(LANGUAGES.map((l) => indicator.short[l]));
    }
  });

  test("categories: bands, labels and short labels in en, ru, ky", () => {
    for (const band of METHOD_2015.categories) {
      const [full, short] = rows.get(band.id) ?? [];
      expect(full).toEqual([dash(band.min, band.max), ...LANGUAGES.map((l) => band.label[l])]);
      expect(short).toEqual(LANGUAGES.map((l) => band.short[l]));
    }
  });

  test("the oblast table: every name is recognised as its ISO code and is the name the code shows", () => {
    const oblasts = [...rows].filter(([id]) => id.startsWith("KG-"));
    expect(oblasts.map(([id]) => id).sort()).toEqual(
      ["KG-B", "KG-C", "KG-GB", "KG-GO", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y"].sort()
    );
    for (const [code, [names]] of oblasts) {
      LANGUAGES.forEach((l, i) => {
        const found = recognizeOblast(names[i]);
        expect({ name: names[i], code: found?.code }).toEqual({ name: names[i], code });
        expect(found?.name[l]).toBe(names[i]);
      });
    }
  });
});
