import type { Language } from "../rubric";
import { EN_STRINGS } from "./enStrings";
import { KY_STRINGS } from "./kyStrings";
import { RU_STRINGS } from "./ruStrings";

// Every word the pane shows, in the three languages users work in; each language has a file of its own.
export const STRINGS = {
  en: EN_STRINGS,
  ru: RU_STRINGS,
  ky: KY_STRINGS,
} as const;

export type Strings = (typeof STRINGS)[Language];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  ru: "Русский",
  ky: "Кыргызча",
};

// Re-exported so that every table of the pane is reachable from here (the glossary test reads them all).
export { BROWSER_UNSUPPORTED } from "./browserStrings";
export { NEW_ROUND_STRINGS, type NewRoundStrings } from "./newRoundStrings";
