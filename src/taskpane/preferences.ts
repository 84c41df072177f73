/* global localStorage */
import { isLanguage, type Language } from "../rubric";

const KEY = "GenderScorecard.language";

/** The language the user chose in the pane, remembered on this computer. */
export function savedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Storage can be unavailable (private mode, locked-down Office); the choice then lasts the session.
  }
}
