import type { Language } from "../rubric";
import type { OutputMode } from "../report";
import type { FieldId } from "../sheets";

/** Document settings key under which the add-in remembers its work in the workbook. */
export const STATE_KEY = "GenderScorecard.state";

/** What the workbook remembers, so a re-run needs no clicks and updates in place. */
export interface StoredState {
  readonly version: 1;
  /** Column choices the user made, per sheet id: field -> column letter. */
  readonly mappings?: Readonly<Record<string, Partial<Record<FieldId, string>>>>;
  /** Where the last run wrote its result columns. */
  readonly output?: {
    readonly sheetId: string;
    readonly tableName: string | null;
    /** 0-based sheet column indices of total, coverage and category. */
    readonly columns: readonly [number, number, number];
    /** Sheet row of the header. */
    readonly headerRow: number;
    /** Last sheet row written. */
    readonly lastRow: number;
    readonly mode: OutputMode;
    /** The three headers as Excel kept them: a table renames a name it has already ("Category2"). */
    readonly headers?: readonly string[];
  };
  /**
   * The data the pane works on: its sheet and (if read from one) table, stored with the column
   * choices (results store it in `output`). "Read again" keeps to it wherever the user is, e.g. on
   * the Reconcile sheet the pane sent them to. Reading alone stores nothing.
   */
  readonly source?: { readonly sheetId: string; readonly tableName: string | null };
  readonly summarySheetId?: string;
  /** The printable scorecards sheet. */
  readonly scorecardsSheetId?: string;
  /** The sheet where two raters' disagreements are reconciled. */
  readonly reconcileSheetId?: string;
  readonly language?: Language;
  /** An edited method (JSON, as for the CLI's --method); absent for the 2015 method. */
  readonly method?: unknown;
  /** The day the edited method was saved (YYYY-MM-DD), to name it as edited on that day. */
  readonly methodSaved?: string;
}

export function parseState(value: unknown): StoredState | null {
  const parsed = typeof value === "string" ? safeJson(value) : value;
  if (parsed && typeof parsed === "object" && (parsed as { version?: unknown }).version === 1)
    return parsed as StoredState;
  return null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
