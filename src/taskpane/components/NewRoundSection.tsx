import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Language, Method } from "../../rubric";
import type { WorkbookHost } from "../../host/contract";
import type { LsgRow } from "../../sheets";
import { errorText } from "../excelStrings";
import { NEW_ROUND_STRINGS } from "../newRoundStrings";
import { useNewRound } from "../state/useNewRound";
import { NewRoundForm } from "./NewRoundForm";

/**
 * "New round…": adds the next round's scoring sheet to the open workbook, from the LSGs of the
 * table the pane read. The layout is the CLI's (src/report/newRound.ts); the host writes it.
 */
export function NewRoundSection({
  host,
  lang,
  method,
  rows,
  busy,
}: {
  host: WorkbookHost;
  lang: Language;
  method: Method;
  /** The rows the pane read, or null before a table is read. */
  rows: readonly LsgRow[] | null;
  busy: boolean;
}) {
  const t = NEW_ROUND_STRINGS[lang];
  const round = useNewRound(host, { lang, method, rows });
  return (
    <section aria-labelledby="new-round-heading" className="section">
      <h2 id="new-round-heading">{t.heading}</h2>
      <NewRoundForm
        t={t}
        label={round.label}
        twoRaters={round.twoRaters}
        enabled={!busy && round.ready}
        hasData={round.hasData}
        onLabel={round.setLabel}
        onTwoRaters={round.setTwoRaters}
        onPrepare={() => void round.prepare()}
      />
      {round.done && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.done(round.done.sheet, round.done.rows)}</MessageBarBody>
        </MessageBar>
      )}
      {round.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(round.error, lang)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
