import { useCallback, useState } from "react";
import type { ColumnChoice, FieldId } from "../../sheets";
import type { SourceData, WorkbookHost } from "../../host/contract";

export type SourcePhase = "loading" | "empty" | "ready";
export type Choices = Partial<Record<FieldId, ColumnChoice>>;

/** The choices with one field's column chosen, or with the field's choice removed (undefined). */
function withChoice(choices: Choices, field: FieldId, column: ColumnChoice | undefined): Choices {
  const next = { ...choices };
  if (column === undefined) delete next[field];
  else next[field] = column;
  return next;
}

/**
 * Sets one field's column and remembers the choices in the workbook at once, so they survive the
 * pane closing; a failed save is reported, the choice stays on screen.
 */
function useSetChoice(
  host: WorkbookHost,
  source: SourceData | null,
  choices: Choices,
  setChoices: (choices: Choices) => void,
  onError: (error: unknown) => void
) {
  return useCallback(
    (field: FieldId, column: ColumnChoice | undefined) => {
      if (!source) return;
      const next = withChoice(choices, field, column);
      setChoices(next);
      host.saveColumnChoices(source.sheetId, next, source.tableName).catch(onError);
    },
    [host, source, choices, setChoices, onError]
  );
}

/** The rows the pane works on and the user's column choices for them, stored per sheet. */
export function useSource(
  host: WorkbookHost,
  onError: (error: unknown) => void,
  onLoaded: (source: SourceData | null) => void
) {
  const [phase, setPhase] = useState<SourcePhase>("loading");
  const [source, setSource] = useState<SourceData | null>(null);
  const [choices, setChoices] = useState<Choices>({});

  /** Reads the data (the sheet named, if the user asked to switch to it). */
  const load = useCallback(
    async (sheet?: string) => {
      const read = await host.readSource(sheet);
      setSource(read);
      const stored = read?.state?.mappings?.[read.sheetId] ?? {};
      setChoices(stored);
      // A sheet the user switched to becomes the pane's data, remembered in the workbook.
      if (sheet && read) await host.saveColumnChoices(read.sheetId, stored, read.tableName);
      onLoaded(read);
      setPhase(read ? "ready" : "empty");
    },
    [host, onLoaded]
  );

  /** Reads again; Excel's refusal leaves an empty pane with the reason, never a broken one. */
  const refresh = useCallback(
    async (sheet?: string) => {
      setPhase("loading");
      try {
        await load(sheet);
      } catch (e) {
        onError(e);
        setPhase("empty");
      }
    },
    [load, onError]
  );

  const setChoice = useSetChoice(host, source, choices, setChoices, onError);

  return { phase, source, choices, load: useCallback(() => load(), [load]), refresh, setChoice };
}
