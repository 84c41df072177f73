import {
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  webLightTheme,
} from "@fluentui/react-components";
import { LANGUAGES, isLanguage } from "../../rubric";
import { missingFeatures } from "../../host/capabilities";
import type { WorkbookHost } from "../../host/contract";
import { errorText } from "../excelStrings";
import { LANGUAGE_NAMES, STRINGS } from "../strings";
import { useScorecard } from "../useScorecard";
import { ApplySection } from "./ApplySection";
import { CheckSection } from "./CheckSection";
import { MappingSection } from "./MappingSection";
import { MethodSection } from "./MethodSection";
import { SourceSection } from "./SourceSection";

export function App({ host }: { host: WorkbookHost }) {
  const scorecard = useScorecard(host);
  const t = STRINGS[scorecard.lang];
  const missing = missingFeatures(host.capabilities);
  return (
    <FluentProvider theme={webLightTheme} lang={scorecard.lang}>
      <main className="pane">
        <header className="pane-header">
          <h1>{t.title}</h1>
          <Field label={t.language} size="small" orientation="horizontal">
            <Select
              value={scorecard.lang}
              onChange={(_, data) => isLanguage(data.value) && scorecard.setLanguage(data.value)}
            >
              {LANGUAGES.map((lang) => (
                <option key={lang} value={lang}>
                  {LANGUAGE_NAMES[lang]}
                </option>
              ))}
            </Select>
          </Field>
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
            {scorecard.error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{errorText(scorecard.error, scorecard.lang)}</MessageBarBody>
              </MessageBar>
            )}
            <SourceSection scorecard={scorecard} t={t} />
            <MappingSection scorecard={scorecard} t={t} />
            <CheckSection scorecard={scorecard} t={t} />
            <ApplySection scorecard={scorecard} t={t} />
            <MethodSection scorecard={scorecard} t={t} />
          </>
        )}
      </main>
    </FluentProvider>
  );
}
