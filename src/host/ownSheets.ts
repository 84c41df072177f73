import { label } from "../report";
import { LANGUAGES } from "../rubric";
import type { StoredState } from "./storedState";

export interface SheetRef {
  readonly id: string;
  readonly name: string;
}

/** The names the add-in gives its own sheets, in every language it writes. */
const OWN_NAMES: readonly string[] = LANGUAGES.flatMap((lang) => [
  label("summary", lang),
  label("results", lang),
  label("reconcile", lang),
  label("scorecards", lang),
]).map((name) => name.toLowerCase());

/** "Summary", or "Summary (2)" as uniqueSheetName numbers a second one. */
function ownName(name: string): boolean {
  const base = name.toLowerCase().replace(/ \(\d+\)$/, "");
  return OWN_NAMES.includes(base);
}

/**
 * The add-in's own sheets (Summary, Reconcile, Scorecards, the command line's Results) are never
 * data: known by the ids the workbook stores, and by their names in three languages for sheets
 * made before ids were stored or copied from another workbook.
 */
export function isOwnSheet(sheet: SheetRef, state: StoredState | null): boolean {
  const ids = [state?.summarySheetId, state?.reconcileSheetId, state?.scorecardsSheetId];
  return ids.includes(sheet.id) || ownName(sheet.name);
}

/** The sheets that may hold LSG rows. */
export function dataSheets(sheets: readonly SheetRef[], state: StoredState | null): SheetRef[] {
  return sheets.filter((sheet) => !isOwnSheet(sheet, state));
}

/** Why the pane reads a sheet other than the active one. */
export type Redirect = "remembered" | "ownSheet" | "requested";

export type SourcePlan =
  /** The active sheet: the table under the selection, the selection or the used range. */
  | { readonly kind: "active" }
  /** Another sheet: its remembered table, else its used range. */
  | {
      readonly kind: "other";
      readonly sheet: SheetRef;
      readonly tableName: string | null;
      readonly reason: Redirect;
    }
  /** Only the add-in's own sheets: nothing to read. */
  | { readonly kind: "none" };

/**
 * Which sheet the pane reads. The data it was working on (remembered in the workbook) wins over
 * the active sheet, so that "Read again" from the Summary or Reconcile sheet keeps to it; the
 * pane offers the active sheet instead. A sheet the user asked for (by name) wins over both.
 */
export function planSource(
  active: SheetRef,
  sheets: readonly SheetRef[],
  state: StoredState | null,
  requested?: string
): SourcePlan {
  const candidates = dataSheets(sheets, state);
  // Remembered when the user chose columns for it, or where results were last written.
  const known = state?.source ?? state?.output;
  const remembered = candidates.find((s) => s.id === known?.sheetId);
  const tableOf = (sheet: SheetRef) =>
    sheet.id === remembered?.id ? (known?.tableName ?? null) : null;
  const asked = requested ? candidates.find((s) => s.name === requested) : undefined;
  if (asked) {
    if (asked.id === active.id) return { kind: "active" };
    return { kind: "other", sheet: asked, tableName: tableOf(asked), reason: "requested" };
  }
  if (isOwnSheet(active, state)) {
    const sheet = remembered ?? candidates[0];
    return sheet
      ? { kind: "other", sheet, tableName: tableOf(sheet), reason: "ownSheet" }
      : { kind: "none" };
  }
  if (remembered && remembered.id !== active.id)
    return {
      kind: "other",
      sheet: remembered,
      tableName: tableOf(remembered),
      reason: "remembered",
    };
  return { kind: "active" };
}
