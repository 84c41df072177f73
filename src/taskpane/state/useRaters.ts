import { useCallback, useState } from "react";
import type { CellGrid } from "../../sheets";
import type { WorkbookHost } from "../../host/contract";

/** The sheet holding a second rater's scores, if the user chose one, and its cells. */
export function useRaters(host: WorkbookHost, onError: (error: unknown) => void) {
  const [secondSheet, setSecondSheetName] = useState<string | null>(null);
  const [secondGrid, setSecondGrid] = useState<CellGrid | null>(null);
  /** The sheet chosen was empty: said, not silently ignored. */
  const [secondEmpty, setSecondEmpty] = useState(false);

  const setSecondSheet = useCallback(
    async (name: string | null) => {
      setSecondSheetName(name);
      setSecondEmpty(false);
      if (name === null) return setSecondGrid(null);
      try {
        const grid = await host.readSheet(name);
        setSecondGrid(grid);
        setSecondEmpty(grid === null);
      } catch (e) {
        onError(e);
        setSecondGrid(null);
      }
    },
    [host, onError]
  );

  return { secondSheet, secondGrid, secondEmpty, setSecondSheet };
}
