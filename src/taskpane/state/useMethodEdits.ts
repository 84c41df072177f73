import { useCallback, useEffect, useState } from "react";
import type { useApply } from "./useApply";
import type { useMethod } from "./useMethod";
import type { useScorecardsSheet } from "./useScorecardsSheet";

/**
 * Saving a method, with its effects on the rest of the pane: live formulas are off for an edited
 * method, messages about earlier writes clear, and results already written are out of date until
 * the next Apply.
 */
export function useMethodEdits(
  method: ReturnType<typeof useMethod>,
  apply: ReturnType<typeof useApply>,
  scorecards: ReturnType<typeof useScorecardsSheet>,
  writtenBefore: boolean
) {
  const { save: saveMethod } = method;
  const { setMode, clearOutcome, outcome } = apply;
  const { clear: clearScorecards } = scorecards;
  const [methodChanged, setMethodChanged] = useState(false);

  const save = useCallback(
    async (json: unknown | null) => {
      const refused = await saveMethod(json);
      if (refused.length > 0) return refused;
      // Live formulas compute with the 2015 method; an edited one is written as values.
      if (json !== null) setMode("values");
      setMethodChanged(true);
      clearOutcome();
      clearScorecards();
      return refused;
    },
    [saveMethod, setMode, clearOutcome, clearScorecards]
  );

  // The next Apply writes with the method now in force.
  useEffect(() => {
    if (outcome) setMethodChanged(false);
  }, [outcome]);

  return { save, resultsStale: methodChanged && (writtenBefore || outcome !== null) };
}
