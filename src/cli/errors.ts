import type { Language } from "../rubric";
import { inEveryLanguage, type CliMessage } from "./messages";

/**
 * A problem the user can fix (bad arguments, unreadable file, missing column): one line, exit
 * code 2, worded in --lang when it is printed. `message` is the English, for logs and tests.
 */
export class UserError extends Error {
  override name = "UserError";

  /** `everyLanguage`: the refusal of --lang itself, whose reader's language is not known. */
  constructor(
    readonly said: CliMessage,
    readonly everyLanguage = false
  ) {
    super(said.in("en"));
  }

  /** The line printed for a reader of `lang`. */
  in(lang: Language): string {
    return this.everyLanguage ? inEveryLanguage(this.said) : this.said.in(lang);
  }
}
