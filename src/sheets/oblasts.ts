import type { Labels } from "../rubric";

export interface Oblast {
  /** ISO 3166-2 code. */
  readonly code: string;
  readonly name: Labels;
}

interface OblastSpelling extends Oblast {
  /** Spellings to look for, compacted (lower case, no spaces, dashes or dots). */
  readonly spellings: readonly string[];
}

// Kyrgyzstan's oblasts and cities of republican significance (METHODOLOGY.md). Official names vary
// in spelling across documents; every spelling users write should find the same oblast.
const OBLASTS: readonly OblastSpelling[] = [
  {
    code: "KG-B",
    name: { en: "Batken", ru: "Баткенская область", ky: "Баткен облусу" },
    spellings: ["баткен", "batken"],
  },
  {
    code: "KG-C",
    name: { en: "Chüy", ru: "Чуйская область", ky: "Чүй облусу" },
    spellings: ["чуй", "чүй", "chuy", "chüy", "chui"],
  },
  {
    code: "KG-J",
    name: { en: "Jalal-Abad", ru: "Джалал-Абадская область", ky: "Жалал-Абад облусу" },
    spellings: ["джалалабад", "жалалабад", "жалалабат", "jalalabad", "djalalabad", "dzhalalabad"],
  },
  {
    code: "KG-N",
    name: { en: "Naryn", ru: "Нарынская область", ky: "Нарын облусу" },
    spellings: ["нарын", "naryn"],
  },
  {
    code: "KG-T",
    name: { en: "Talas", ru: "Таласская область", ky: "Талас облусу" },
    spellings: ["талас", "talas"],
  },
  {
    code: "KG-Y",
    name: { en: "Issyk-Kul", ru: "Иссык-Кульская область", ky: "Ысык-Көл облусу" },
    spellings: [
      "иссыккул",
      "ысыккөл",
      "ысыккол",
      "issykkul",
      "issykköl",
      "ysykkol",
      "ysykköl",
      "yssykkul",
    ],
  },
  {
    code: "KG-GB",
    name: { en: "Bishkek city", ru: "г. Бишкек", ky: "Бишкек шаары" },
    spellings: ["бишкек", "bishkek"],
  },
];

const OSH_OBLAST: Oblast = {
  code: "KG-O",
  name: { en: "Osh", ru: "Ошская область", ky: "Ош облусу" },
};
const OSH_CITY: Oblast = { code: "KG-GO", name: { en: "Osh city", ru: "г. Ош", ky: "Ош шаары" } };

function compact(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The oblast (or city of republican significance) a cell names, however it is spelt:
 * "Иссык-Кульская обл.", "Ысык-Көл облусу", "Issyk-Kul" are all KG-Y. Undefined when unknown.
 */
export function recognizeOblast(text: string | null | undefined): Oblast | undefined {
  if (!text) return undefined;
  const key = compact(text);
  if (key === "") return undefined;
  // Osh is both an oblast and a city: "г. Ош", "Ош шаары", "Osh city" are the city.
  const words = text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.includes("ош") || words.includes("osh") || key.startsWith("ошск")) {
    const city = words.some((w) => ["г", "город", "шаары", "шаар", "city"].includes(w));
    return city ? OSH_CITY : OSH_OBLAST;
  }
  const found = OBLASTS.find((oblast) =>
    oblast.spellings.some((spelling) => key.includes(spelling))
  );
  return found ? { code: found.code, name: found.name } : undefined;
}
