import { useState } from "react";
import type { Language, Method } from "../../rubric";
import type { WorkbookHost } from "../../host/contract";
import { compareRounds } from "../../report/keys";
import { newRoundLayout, roundLsgs } from "../../report/newRound";
import type { LsgRow } from "../../sheets";
import { paneError, type PaneError } from "../excelStrings";

/** The label to offer: the year after the latest round when rounds are years, else nothing. */
function nextRound(rows: readonly LsgRow[]): string {
  const rounds = rows.map((r) => r.round).filter((r): r is string => r !== null);
  if (rounds.length === 0) return "";
  const latest = rounds.reduce((a, b) => (compareRounds(a, b) >= 0 ? a : b));
  return /^\d{4}$/.test(latest) ? String(Number(latest) + 1) : "";
}

export interface NewRoundInput {
  readonly lang: Language;
  readonly method: Method;
  /** The rows the pane read, or null before a table is read. */
  readonly rows: readonly LsgRow[] | null;
}

/** "New round…" (components/NewRoundSection.tsx): the label, the raters, adding the sheet. */
export function useNewRound(host: WorkbookHost, { lang, method, rows }: NewRoundInput) {
  const [label, setLabel] = useState<string | null>(null);
  const [twoRaters, setTwoRaters] = useState(false);
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<{ sheet: string; rows: number } | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const round = (label ?? (rows ? nextRound(rows) : "")).trim();
  const lsgs = rows ? roundLsgs(rows) : [];

  const prepare = async () => {
    setError(null);
    setDone(null);
    setWorking(true);
    try {
      const layout = newRoundLayout(lsgs, { round, lang, raters: twoRaters ? 2 : 1, method });
      setDone(await host.prepareRound(layout));
    } catch (e) {
      setError(paneError(e));
    } finally {
      setWorking(false);
    }
  };

  return {
    /** As typed, or the offered label until the user types. */
    label: label ?? round,
    setLabel,
    twoRaters,
    setTwoRaters,
    hasData: lsgs.length > 0,
    /** Something to add: LSGs, a label, no sheet being added. */
    ready: !working && lsgs.length > 0 && round !== "",
    done,
    error,
    prepare,
  };
}
