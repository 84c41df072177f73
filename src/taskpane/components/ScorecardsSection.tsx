import { Button, Text } from "@fluentui/react-components";
import { Feedback } from "./Feedback";
import type { Strings } from "../strings";
import type { ScorecardsMade } from "../state/useScorecardsSheet";

/** The printable scorecards: the button, why it is off, and what was written. */
export function ScorecardsSection({
  t,
  ready,
  available,
  made,
  onMake,
}: {
  t: Strings;
  ready: boolean;
  /** Page layout and page breaks need ExcelApi 1.9. */
  available: boolean;
  made: ScorecardsMade | null;
  onMake: () => void;
}) {
  return (
    <>
      <Button onClick={onMake} disabled={!ready || !available}>
        {t.scorecards}
      </Button>
      {!available && (
        <Text as="p" size={200}>
          {t.scorecardsNeed}
        </Text>
      )}
      {made && (
        <Feedback testId="scorecards-made">{t.scorecardsDone(made.sheet, made.cards)}</Feedback>
      )}
    </>
  );
}
