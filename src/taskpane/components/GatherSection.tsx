import { useRef } from "react";
import { Button, Checkbox, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { GatherOutcome } from "../state/useGather";
import type { GatherStrings } from "../gatherStrings";

export interface GatherSectionProps {
  readonly t: GatherStrings;
  /** This Excel can insert another workbook's sheets (ExcelApi 1.13). */
  readonly available: boolean;
  /** The data sheet the pane read, offered for inclusion; null before one is read. */
  readonly currentSheet: string | null;
  readonly include: boolean;
  readonly working: boolean;
  readonly busy: boolean;
  readonly outcome: GatherOutcome | null;
  /** Excel's refusal, already in the user's words. */
  readonly error: string | null;
  readonly onInclude: (include: boolean) => void;
  readonly onFiles: (files: File[]) => void;
}

function List({ heading, lines }: { heading: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <Text as="p" size={200} weight="semibold">
        {heading}
      </Text>
      <ul className="problems">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** What gathering gave: the sheet, each file's rows, the files refused and the duplicates. */
function Outcome({ t, outcome }: { t: GatherStrings; outcome: GatherOutcome }) {
  // A file that gave rows from two sheets is listed twice ("a.xlsx [S1]") but counted once.
  const files = new Set(
    outcome.files
      .filter((f) => f.file !== outcome.current)
      .map((f) => f.file.replace(/ \[.*\]$/, ""))
  );
  return (
    <MessageBar intent={outcome.sheet ? "success" : "warning"} role="status">
      <MessageBarBody>
        <Text as="p">
          {outcome.sheet
            ? t.done(outcome.sheet, outcome.rows, files.size, outcome.current)
            : t.nothing}
        </Text>
        <List heading="" lines={outcome.files.map((f) => t.fileLine(f.file, f.rows, f.sheet))} />
        <List
          heading={t.refusedHeading}
          lines={outcome.refused.map((r) => `${r.file}: ${r.reason}`)}
        />
        <List heading={t.duplicatesHeading} lines={outcome.duplicates} />
        <List heading={t.roundsHeading} lines={outcome.rounds} />
        <List heading={t.skippedHeading} lines={outcome.skipped} />
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * "Add assessors' files…": the chosen workbooks' sheets are added to this workbook and their rows,
 * with the pane's data when asked, gathered into one new table the pane then reads.
 */
export function GatherSection(props: GatherSectionProps) {
  const { t, available, currentSheet, include, working, busy, outcome, error } = props;
  const input = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="gather-heading" className="section">
      <h2 id="gather-heading">{t.heading}</h2>
      <Text as="p" size={200}>
        {available ? t.help : t.unavailable}
      </Text>
      {currentSheet && (
        <Checkbox
          label={t.include(currentSheet)}
          checked={include}
          onChange={(_, data) => props.onInclude(data.checked === true)}
        />
      )}
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".xlsx,.xlsm,.csv"
        aria-label={t.filesLabel}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          props.onFiles(files);
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={!available || working || busy}>
        {working ? t.working : t.choose}
      </Button>
      {outcome && <Outcome t={t} outcome={outcome} />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
