import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import { missingFeatures } from "../../host/capabilities";
import type { WorkbookHost } from "../../host/contract";
import { errorText } from "../excelStrings";
import { STRINGS, type Strings } from "../strings";
import { usePane, type Pane } from "../state/usePane";
import { useDataWatch } from "../state/useDataWatch";
import { AgreementTable } from "./AgreementTable";
import { ApplySection, type ApplySectionProps } from "./ApplySection";
import { CheckSection } from "./CheckSection";
import { EvidenceSection } from "./EvidenceSection";
import { GatherSection } from "./GatherSection";
import { GATHER_STRINGS } from "../gatherStrings";
import { useGather } from "../state/useGather";
import { LanguagePicker } from "./LanguagePicker";
import { MappingSection } from "./MappingSection";
import { MethodSection, type MethodSectionProps } from "./MethodSection";
import { NewRoundSection } from "./NewRoundSection";
import { ScorecardsSection } from "./ScorecardsSection";
import { SecondRaterField } from "./SecondRaterField";
import { SourceSection, type SourceSectionProps } from "./SourceSection";

/** At the top, where the eye is: the sheet was edited since the pane read it (issue 15 item 7). */
function StaleNotice({ pane, t, host }: { pane: Pane; t: Strings; host: WorkbookHost }) {
  const { source, apply } = pane;
  const { stale } = useDataWatch(host, source.source, apply.busy, () => void source.refresh());
  if (!stale) return null;
  return (
    <MessageBar intent="warning" data-testid="data-changed">
      <MessageBarBody>
        {t.dataChanged}{" "}
        <Button size="small" onClick={() => void source.refresh()}>
          {t.readAgain}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}

type Parts = { pane: Pane; t: Strings };
type SecondRaterFieldProps = Parameters<typeof SecondRaterField>[0];

/** Two raters' agreement, when a second rater's sheet is read. */
function agreementOf({ analysis }: Pane) {
  return analysis && "report" in analysis ? analysis.raters : null;
}

/** Results can be written: the data is read and scored. */
function isReady({ report, source }: Pane) {
  return report !== null && source.phase === "ready";
}

function sourceProps({ pane, t }: Parts): SourceSectionProps {
  const { lang, source, report } = pane;
  return {
    t,
    lang,
    phase: source.phase,
    source: source.source,
    rows: report?.table.rows.length ?? 0,
    headerRows: report?.source.headerRows ?? null,
    onRefresh: () => void source.refresh(),
    onSwitch: (sheet) => void source.refresh(sheet),
  };
}

function secondRaterProps({ pane, t }: Parts): SecondRaterFieldProps {
  const { source, raters, analysis } = pane;
  const read = source.source;
  const refused = analysis && "report" in analysis && analysis.secondRefused;
  return {
    t,
    sheets: (read?.dataSheets ?? []).filter((name) => name !== read?.sheetName),
    current: raters.secondSheet,
    problem: raters.secondEmpty ? "empty" : refused ? "refused" : null,
    onChoose: (name) => void raters.setSecondSheet(name),
  };
}

function applyProps({ pane, t }: Parts): Omit<ApplySectionProps, "children"> {
  const { source, method, apply, report } = pane;
  return {
    t,
    report,
    ready: isReady(pane),
    busy: source.phase === "busy",
    editedMethod: !method.isDefault,
    twoRaters: agreementOf(pane) !== null,
    mode: apply.mode,
    progress: apply.progress,
    outcome: apply.outcome,
    consent: apply.consent,
    onMode: apply.setMode,
    resultsStale: pane.resultsStale,
    onApply: (overwrite) => void apply.apply(overwrite),
    onCancelConsent: apply.cancelConsent,
  };
}

function methodProps({ pane, t }: Parts): MethodSectionProps {
  const { method } = pane;
  return {
    t,
    lang: pane.lang,
    method: method.method,
    savedOn: method.savedOn,
    saved: method.saved,
    resultsStale: pane.resultsStale,
    onSave: method.save,
  };
}

/** The check, with the second rater, the agreement and the evidence check inside it. */
function Check({ pane, t }: Parts) {
  const { lang, method, report, select } = pane;
  const agreement = agreementOf(pane);
  if (!report) return null;
  return (
    <CheckSection t={t} lang={lang} report={report} onSelect={select}>
      <SecondRaterField {...secondRaterProps({ pane, t })} />
      {agreement && <AgreementTable t={t} lang={lang} method={method.method} raters={agreement} />}
      <EvidenceSection
        t={t}
        report={report}
        checked={pane.evidenceCheck}
        onCheck={pane.setEvidenceCheck}
        onSelect={select}
      />
    </CheckSection>
  );
}

/** "Add assessors' files…": the gathered sheet becomes the pane's data once written. */
function Gather({ pane, host }: { pane: Pane; host: WorkbookHost }) {
  const { lang, source, method } = pane;
  const gather = useGather({
    host,
    lang,
    method: method.method,
    source: source.source,
    choices: source.choices,
    onGathered: (sheet) => void source.refresh(sheet),
  });
  return (
    <GatherSection
      t={GATHER_STRINGS[lang]}
      available={host.capabilities.insertSheets}
      currentSheet={source.source?.sheetName ?? null}
      include={gather.include}
      working={gather.working}
      busy={source.phase === "loading" || pane.apply.busy}
      outcome={gather.outcome}
      error={gather.error && errorText(gather.error, lang)}
      onInclude={gather.setInclude}
      onFiles={(files) => void gather.add(files)}
    />
  );
}

/** The sections, each given only what it shows and the callbacks it fires. */
function Sections({ pane, t, host }: Parts & { host: WorkbookHost }) {
  const { lang, source, method, analysis, report, scorecards } = pane;
  return (
    <>
      <SourceSection {...sourceProps({ pane, t })} />
      <MappingSection
        t={t}
        lang={lang}
        analysis={analysis}
        choices={source.choices}
        onChoice={source.setChoice}
      />
      <Check pane={pane} t={t} />
      <ApplySection {...applyProps({ pane, t })}>
        <ScorecardsSection
          t={t}
          ready={isReady(pane)}
          available={scorecards.available}
          made={scorecards.made}
          onMake={() => void scorecards.make()}
        />
      </ApplySection>
      <MethodSection {...methodProps({ pane, t })} />
      <NewRoundSection
        host={host}
        lang={lang}
        method={method.method}
        rows={report ? report.table.rows.map((row) => row.source) : null}
        busy={source.phase !== "ready"}
      />
      <Gather pane={pane} host={host} />
    </>
  );
}

export function App({ host }: { host: WorkbookHost }) {
  const pane = usePane(host);
  const { lang } = pane;
  const t = STRINGS[lang];
  const missing = missingFeatures(host.capabilities);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className="pane">
        <header className="pane-header">
          <h1>{t.title}</h1>
          <LanguagePicker label={t.language} lang={lang} onChange={pane.setLanguage} />
        </header>
        {!host.capabilities.core ? (
          <MessageBar intent="error">
            <MessageBarBody>{t.unsupported}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            {missing.length > 0 && (
              <MessageBar intent="info">
                <MessageBarBody>
                  {t.missing(missing.map((f) => t.feature[f]).join(", "))}
                </MessageBarBody>
              </MessageBar>
            )}
            {pane.error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{errorText(pane.error, lang)}</MessageBarBody>
              </MessageBar>
            )}
            <StaleNotice pane={pane} t={t} host={host} />
            <Sections pane={pane} t={t} host={host} />
          </>
        )}
      </main>
    </FluentProvider>
  );
}
