import { findIndicator, type IndicatorId, type Language } from "../rubric";
import type { FieldId, HeaderCell, MappingError } from "../sheets";
import { label } from "./labels";

const INDICATORS: readonly string[] = ["documents", "mechanism", "budget"];

const SOATE: Record<Language, string> = { en: "SOATE code", ru: "код СОАТЕ", ky: "ААБТ коду" };
const NOTE_OF: Record<Language, (indicator: string) => string> = {
  en: (i) => `${i}: evidence`,
  ru: (i) => `${i}: обоснование`,
  ky: (i) => `${i}: негиздеме`,
};

/** A field of the user's table as the pane and messages name it, in the user's language. */
export function fieldName(field: FieldId, lang: Language): string {
  if (INDICATORS.includes(field)) return findIndicator(field as IndicatorId).short[lang];
  if (field.endsWith("Note")) {
    const indicator = findIndicator(field.slice(0, -"Note".length) as IndicatorId);
    return NOTE_OF[lang](indicator.short[lang]);
  }
  switch (field) {
    case "soate":
      return SOATE[lang];
    case "rater":
      return label("rater", lang);
    case "note":
      return label("note", lang);
    default:
      return label(field as "lsg" | "district" | "oblast" | "round" | "total" | "category", lang);
  }
}

const QUOTE: Record<Language, [string, string]> = {
  en: ["\u201c", "\u201d"],
  ru: ["«", "»"],
  ky: ["«", "»"],
};

function column(header: HeaderCell, lang: Language): string {
  const [open, close] = QUOTE[lang];
  return header.text === "" ? header.letter : `${header.letter} ${open}${header.text}${close}`;
}

interface Phrases {
  missing: (fields: string) => string;
  ambiguous: (field: string, columns: string) => string;
  unresolved: (choice: string, field: string) => string;
  shared: (column: string, fields: string) => string;
  found: (columns: string) => string;
  none: string;
}

const PHRASES: Record<Language, Phrases> = {
  en: {
    missing: (f) => `no column for ${f}`,
    ambiguous: (f, c) => `${f} could be any of ${c}`,
    unresolved: (choice, f) => `no column “${choice}” for ${f}`,
    shared: (c, f) => `column ${c} is chosen for ${f}; a column can hold only one of them`,
    found: (c) => `Columns found: ${c}.`,
    none: "none",
  },
  ru: {
    missing: (f) => `нет столбца для: ${f}`,
    ambiguous: (f, c) => `для поля «${f}» подходят несколько столбцов: ${c}`,
    unresolved: (choice, f) => `столбца «${choice}» для поля «${f}» в таблице нет`,
    shared: (c, f) =>
      `столбец ${c} выбран для нескольких полей (${f}); в столбце может быть только одно из них`,
    found: (c) => `Найденные столбцы: ${c}.`,
    none: "нет",
  },
  ky: {
    missing: (f) => `бул талаалар үчүн мамыча жок: ${f}`,
    ambiguous: (f, c) => `«${f}» талаасына бир нече мамыча туура келет: ${c}`,
    unresolved: (choice, f) => `«${f}» талаасы үчүн таблицада «${choice}» мамычасы жок`,
    shared: (c, f) =>
      `${c} мамычасы бир нече талаа үчүн тандалды (${f}); бир мамычада алардын бирөө гана болот`,
    found: (c) => `Табылган мамычалар: ${c}.`,
    none: "жок",
  },
};

/**
 * Why the columns could not be read, in the user's language: the same facts as MappingError's
 * (English, command-line) message, from its fields.
 */
export function describeMappingError(error: MappingError, lang: Language): string {
  const say = PHRASES[lang];
  const names = (fields: readonly FieldId[]) => fields.map((f) => fieldName(f, lang)).join(", ");
  const parts = [
    ...error.unresolved.map((u) => say.unresolved(u.choice, fieldName(u.field, lang))),
    ...error.shared.map((s) => say.shared(column(s.header, lang), names(s.fields))),
  ];
  if (error.missing.length > 0) parts.push(say.missing(names(error.missing)));
  for (const a of error.ambiguous) {
    const columns = a.candidates.map((c) => column(c, lang)).join(", ");
    parts.push(say.ambiguous(fieldName(a.field, lang), columns));
  }
  const found = error.headers.filter((h) => h.text !== "").map((h) => column(h, lang));
  return `${parts.join("; ")}. ${say.found(found.length > 0 ? found.join(", ") : say.none)}`;
}
