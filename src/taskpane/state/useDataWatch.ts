/* global setTimeout, clearTimeout */
import { useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../../host/contract";

/** How long the pane waits after the last edit before it checks again: typing is not interrupted. */
export const RECHECK_DELAY_MS = 1500;

/**
 * Watches the sheet the pane read. An edit there (not the add-in's own writes: the host filters
 * those) marks the pane stale at once and checks again once the edits pause and the pane is not
 * busy writing. Any edit on the sheet counts: rows typed below the data or a new column change
 * what is read, not only the cells read.
 */
export function useDataWatch(
  host: WorkbookHost,
  source: { readonly sheetId: string } | null,
  busy: boolean,
  recheck: () => void
): { stale: boolean } {
  const [stale, setStale] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ busy, recheck });
  latest.current = { busy, recheck };
  const sheetId = source?.sheetId ?? null;

  // Each reading is fresh: the notice goes with the data it was about.
  useEffect(() => setStale(false), [source]);

  useEffect(() => {
    if (!sheetId || !host.capabilities.core) return;
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    // While Apply writes, the re-check waits for it (reading mid-write would show half a result).
    const schedule = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        if (latest.current.busy) schedule();
        else latest.current.recheck();
      }, RECHECK_DELAY_MS);
    };
    const onChange = () => {
      setStale(true);
      schedule();
    };
    host
      .watchData(sheetId, onChange)
      .then((remove) => {
        if (ended) void remove();
        else stop = remove;
      })
      // Without events the pane still works: "Read again" stays the way to see edits.
      .catch(() => undefined);
    return () => {
      ended = true;
      if (timer.current) clearTimeout(timer.current);
      void stop?.();
    };
  }, [host, sheetId]);

  return { stale };
}
