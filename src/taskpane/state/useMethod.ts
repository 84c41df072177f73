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

/** The scoring method: the 2015 one, or the user's edit stored in the workbook. */
export function useMethod(host: WorkbookHost, lang: Language, onError: (error: unknown) => void) {
  const [method, setMethod] = useState<Method>(METHOD_2015);

  /** Takes the method stored with freshly read data. */
  const adopt = useCallback((source: SourceData | null) => setMethod(storedMethod(source)), []);

  /** Checks and stores an edited method (null: the 2015 one); returns the reasons it was refused. */
  const save = useCallback(
    async (json: unknown | null): Promise<readonly string[]> => {
      let next: Method = METHOD_2015;
      if (json !== null) {
        try {
          next = parseMethod(json);
        } catch (e) {
          // In the pane's language: the reasons end a sentence of the pane (strings.methodRefused).
          if (e instanceof MethodError) return e.reasonsIn(lang);
          throw e;
        }
      }
      setMethod(next);
      await host.saveMethod(json === null ? null : next).catch(onError);
      return [];
    },
    [host, lang, onError]
  );

  return { method, adopt, save };
}
