import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Scorecard } from "../useScorecard";
import type { Strings } from "../strings";
import { EXCEL_STRINGS } from "../excelStrings";

export function SourceSection({ scorecard, t }: { scorecard: Scorecard; t: Strings }) {
  const { source, analysis, phase } = scorecard;
  const rows = analysis && "report" in analysis ? analysis.report.table.rows.length : 0;
  let description = "";
  if (phase === "loading") description = t.reading;
  else if (phase === "empty" || !source) description = t.empty;
  else if (source.kind === "table")
    description = t.sourceTable(source.tableName ?? "", source.sheetName, rows);
  else if (source.kind === "selection") description = t.sourceSelection(source.address, rows);
  else description = t.sourceUsed(source.address, rows);
  const header =
    analysis && "report" in analysis ? t.headerAt(analysis.report.source.headerRows.join("–")) : "";
  return (
    <section aria-labelledby="source-heading" className="section">
      <h2 id="source-heading">{t.data}</h2>
      <Text as="p" role="status">
        {description} {header}
      </Text>
      {phase !== "loading" &&
        source?.warnings.map((warning) => (
          <MessageBar key={warning} intent="warning">
            <MessageBarBody>{EXCEL_STRINGS[scorecard.lang].warning[warning]}</MessageBarBody>
          </MessageBar>
        ))}
      <Button
        onClick={() => void scorecard.refresh()}
        disabled={phase === "loading" || phase === "applying"}
      >
        {t.readAgain}
      </Button>
    </section>
  );
}
