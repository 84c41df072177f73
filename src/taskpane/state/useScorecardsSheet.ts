import { useCallback, useState } from "react";
import type { AssessmentReport } from "../../report";
import type { Language } from "../../rubric";
import type { SourceData, WorkbookHost } from "../../host/contract";

export interface ScorecardsMade {
  readonly sheet: string;
  readonly cards: number;
}

/** The printable scorecards sheet (page layout and page breaks need ExcelApi 1.9). */
export function useScorecardsSheet(
  host: WorkbookHost,
  source: SourceData | null,
  report: AssessmentReport | null,
  lang: Language,
  onError: (error: unknown) => void
) {
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<ScorecardsMade | null>(null);

  const make = useCallback(async () => {
    if (!source || !report) return;
    setBusy(true);
    try {
      setMade(await host.makeScorecards(source, report, lang));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  }, [host, source, report, lang, onError]);

  return {
    available: host.capabilities.tablesUnderSelection,
    busy,
    made,
    clear: useCallback(() => setMade(null), []),
    make,
  };
}
