import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Language } from "../../rubric";
import type { SourceData } from "../../host/contract";
import type { Strings } from "../strings";
import { EXCEL_STRINGS } from "../excelStrings";
import type { Phase } from "../state/usePane";

export interface SourceSectionProps {
  readonly t: Strings;
  readonly lang: Language;
  readonly phase: Phase;
  readonly source: SourceData | null;
  /** LSG rows read, and the header row(s), once the columns are matched. */
  readonly rows: number;
  readonly headerRows: readonly number[] | null;
  readonly onRefresh: () => void;
  /** Reads the named sheet instead, and keeps to it from then on. */
  readonly onSwitch: (sheet: string) => void;
}

/** Which sheet the pane reads when it is not the active one, and why; offers the active one. */
function Redirected({
  t,
  source,
  onSwitch,
}: {
  t: Strings;
  source: SourceData;
  onSwitch: (sheet: string) => void;
}) {
  const { redirect, activeSheet, sheetName } = source;
  if (!redirect) return null;
  const said =
    redirect === "requested"
      ? t.requestedSheet(sheetName)
      : redirect === "ownSheet"
        ? t.ownSheetSkipped(activeSheet ?? "", sheetName)
        : t.keptToData(activeSheet ?? "", sheetName);
  const offer = redirect !== "ownSheet" && activeSheet && source.dataSheets.includes(activeSheet);
  return (
    <MessageBar intent="info" data-testid="redirect">
      <MessageBarBody>
        {said}{" "}
        {offer && (
          <Button size="small" onClick={() => onSwitch(activeSheet)}>
            {t.switchTo(activeSheet)}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function SourceSection({
  t,
  lang,
  phase,
  source,
  rows,
  headerRows,
  onRefresh,
  onSwitch,
}: SourceSectionProps) {
  let description = "";
  if (phase === "loading") description = t.reading;
  else if (phase === "empty" || !source) description = t.empty;
  else if (source.kind === "table")
    description = t.sourceTable(source.tableName ?? "", source.sheetName, rows);
  else if (source.kind === "selection") description = t.sourceSelection(source.address, rows);
  else description = t.sourceUsed(source.address, rows);
  const header = headerRows ? t.headerAt(headerRows.join("–")) : "";
  return (
    <section aria-labelledby="source-heading" className="section">
      <h2 id="source-heading">{t.data}</h2>
      <Text as="p" role="status">
        {description} {header}
      </Text>
      {phase !== "loading" && source && <Redirected t={t} source={source} onSwitch={onSwitch} />}
      {phase !== "loading" &&
        source?.warnings.map((warning) => (
          <MessageBar key={warning} intent="warning">
            <MessageBarBody>{EXCEL_STRINGS[lang].warning[warning]}</MessageBarBody>
          </MessageBar>
        ))}
      <Button onClick={onRefresh} disabled={phase === "loading" || phase === "busy"}>
        {t.readAgain}
      </Button>
    </section>
  );
}
