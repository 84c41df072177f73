import { useCallback, useState } from "react";
import { METHOD_2015, MethodError, parseMethod, type Language, type Method } from "../../rubric";
import type { SourceData, WorkbookHost } from "../../host/contract";

/** A method stored in the workbook that no longer passes the checks is ignored, not half-used. */
function storedMethod(source: SourceData | null): Method {
  try {
    if (source?.state?.method) return parseMethod(source.state.method);
  } catch (e) {
    if (!(e instanceof MethodError)) throw e;
  }
  return METHOD_2015;
}

/** Today as YYYY-MM-DD in the user's time zone. */
function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** What the last save did, confirmed next to the buttons until the next edit. */
export type MethodSaved = "saved" | "reset" | null;

/** The scoring method: the 2015 one, or the user's edit stored in the workbook with its day. */
export function useMethod(host: WorkbookHost, lang: Language, onError: (error: unknown) => void) {
  const [method, setMethod] = useState<Method>(METHOD_2015);
  const [savedOn, setSavedOn] = useState<string | null>(null);
  const [saved, setSaved] = useState<MethodSaved>(null);

  /** Takes the method stored with freshly read data. */
  const adopt = useCallback((source: SourceData | null) => {
    const stored = storedMethod(source);
    setMethod(stored);
    setSavedOn(stored === METHOD_2015 ? null : (source?.state?.methodSaved ?? null));
  }, []);

  /** Checks and stores an edited method (null: the 2015 one); returns the reasons it was refused. */
  const save = useCallback(
    async (json: unknown | null): Promise<readonly string[]> => {
      let next: Method = METHOD_2015;
      setSaved(null);
      if (json !== null) {
        try {
          next = parseMethod(json);
        } catch (e) {
          // In the pane's language: the reasons end a sentence of the pane (strings.methodRefused).
          if (e instanceof MethodError) return e.reasonsIn(lang);
          throw e;
        }
      }
      const day = json === null ? null : today();
      setMethod(next);
      setSavedOn(day);
      try {
        await host.saveMethod(json === null ? null : next, day ?? undefined);
        setSaved(json === null ? "reset" : "saved");
      } catch (e) {
        onError(e);
      }
      return [];
    },
    [host, lang, onError]
  );

  return { method, savedOn, saved, adopt, save };
}
