import { useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import type { Language, Method } from "../../rubric";
import type { WorkbookHost } from "../../host/contract";
import { compareRounds } from "../../report/keys";
import { newRoundLayout, roundLsgs } from "../../report/newRound";
import type { LsgRow } from "../../sheets";
import { errorText, paneError, type PaneError } from "../excelStrings";
import { NEW_ROUND_STRINGS } from "../newRoundStrings";

/** The label to offer: the year after the latest round when rounds are years, else nothing. */
function nextRound(rows: readonly LsgRow[]): string {
  const rounds = rows.map((r) => r.round).filter((r): r is string => r !== null);
  if (rounds.length === 0) return "";
  const latest = rounds.reduce((a, b) => (compareRounds(a, b) >= 0 ? a : b));
  return /^\d{4}$/.test(latest) ? String(Number(latest) + 1) : "";
}

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
  const [label, setLabel] = useState<string | null>(null);
  const [twoRaters, setTwoRaters] = useState(false);
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<{ sheet: string; rows: number } | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const round = (label ?? (rows ? nextRound(rows) : "")).trim();
  const lsgs = rows ? roundLsgs(rows) : [];

  const prepare = async () => {
    setError(null);
    setDone(null);
    setWorking(true);
    try {
      const layout = newRoundLayout(lsgs, { round, lang, raters: twoRaters ? 2 : 1, method });
      setDone(await host.prepareRound(layout));
    } catch (e) {
      setError(paneError(e));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="new-round-heading" className="section">
      <h2 id="new-round-heading">{t.heading}</h2>
      <Text as="p" size={200}>
        {t.help}
      </Text>
      <Field label={t.label}>
        <Input value={label ?? round} onChange={(_, data) => setLabel(data.value)} />
      </Field>
      <Checkbox
        label={t.twoRaters}
        checked={twoRaters}
        onChange={(_, data) => setTwoRaters(data.checked === true)}
      />
      <Button
        onClick={() => void prepare()}
        disabled={busy || working || lsgs.length === 0 || round === ""}
      >
        {t.button}
      </Button>
      {lsgs.length === 0 && (
        <Text as="p" size={200}>
          {t.needData}
        </Text>
      )}
      {done && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.done(done.sheet, done.rows)}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(error, lang)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
