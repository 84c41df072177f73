import { useCallback, useState } from "react";
import type { CellGrid } from "../../sheets";
import type { WorkbookHost } from "../../host/contract";

/** The sheet holding a second rater's scores, if the user chose one, and its cells. */
export function useRaters(host: WorkbookHost, onError: (error: unknown) => void) {
  const [secondSheet, setSecondSheetName] = useState<string | null>(null);
  const [secondGrid, setSecondGrid] = useState<CellGrid | null>(null);

  const setSecondSheet = useCallback(
    async (name: string | null) => {
      setSecondSheetName(name);
      if (name === null) return setSecondGrid(null);
      try {
        setSecondGrid(await host.readSheet(name));
      } catch (e) {
        onError(e);
        setSecondGrid(null);
      }
    },
    [host, onError]
  );

  return { secondSheet, secondGrid, setSecondSheet };
}
