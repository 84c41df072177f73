/** The languages the add-in speaks: English, Russian, Kyrgyz. */
export const LANGUAGES = ["en", "ru", "ky"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every supported language. */
export type Labels = Readonly<Record<Language, string>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 tag as Office reports it ("ru-RU", "ky-KG", "en-US") or a bare code
 * to one of our languages; undefined when we do not speak it.
 */
export function languageFromTag(tag: string | null | undefined): Language | undefined {
  if (typeof tag !== "string") return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  // "kir" is the ISO 639-2 code some systems report for Kyrgyz.
  if (primary === "kir") return "ky";
  return isLanguage(primary) ? primary : undefined;
}
