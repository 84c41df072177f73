import { useCallback, useState } from "react";
import type { ColumnChoice, FieldId } from "../../sheets";
import type { SourceData, WorkbookHost } from "../../host/contract";

export type SourcePhase = "loading" | "empty" | "ready";
export type Choices = Partial<Record<FieldId, ColumnChoice>>;

/** The rows the pane works on and the user's column choices for them, stored per sheet. */
export function useSource(
  host: WorkbookHost,
  onError: (error: unknown) => void,
  onLoaded: (source: SourceData | null) => void
) {
  const [phase, setPhase] = useState<SourcePhase>("loading");
  const [source, setSource] = useState<SourceData | null>(null);
  const [choices, setChoices] = useState<Choices>({});

  const load = useCallback(async () => {
    const read = await host.readSource();
    setSource(read);
    setChoices(read?.state?.mappings?.[read.sheetId] ?? {});
    onLoaded(read);
    setPhase(read ? "ready" : "empty");
  }, [host, onLoaded]);

  /** Reads again; Excel's refusal leaves an empty pane with the reason, never a broken one. */
  const refresh = useCallback(async () => {
    setPhase("loading");
    try {
      await load();
    } catch (e) {
      onError(e);
      setPhase("empty");
    }
  }, [load, onError]);

  const setChoice = useCallback(
    (field: FieldId, column: ColumnChoice | undefined) => {
      if (!source) return;
      const next = { ...choices };
      if (column === undefined) delete next[field];
      else next[field] = column;
      setChoices(next);
      host.saveColumnChoices(source.sheetId, next).catch(onError);
    },
    [host, source, choices, onError]
  );

  return { phase, source, choices, load, refresh, setChoice };
}
