/* global URL, Blob, document, window */
import { useMemo, useState } from "react";
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import { isLanguage, LANGUAGES, type Language } from "../rubric";
import { LANGUAGE_NAMES, STRINGS, type Strings } from "../taskpane/strings";
import { MappingSection } from "../taskpane/components/MappingSection";
import { CheckSection } from "../taskpane/components/CheckSection";
import type { Analysis } from "../taskpane/state/useAnalysis";
import type { InputSheet } from "../score/input";
import { PAGE_STRINGS, type PageStrings } from "./strings";
import {
  cellAt,
  chooseSheet,
  readChosenFile,
  resultsFileName,
  resultsWorkbook,
  scoreInput,
  UnreadableFile,
  type Choices,
} from "./score";

interface Chosen {
  readonly name: string;
  readonly input: InputSheet;
}

function unreadable(error: unknown, p: PageStrings): string {
  if (!(error instanceof UnreadableFile)) return p.failed + String((error as Error).message);
  if (error.reason === "xlsx") return p.xlsx(error.file, error.message);
  return error.reason === "empty" ? p.empty(error.file) : p.extension(error.file);
}

/** Offers bytes as a file the browser saves: a Blob behind a temporary object URL, no request. */
function download(bytes: Uint8Array, name: string): void {
  // The bytes are never a SharedArrayBuffer here, which is all the DOM typing asks.
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The page: choose a file → columns and check (the pane's sections) → download the results. */
export function ScorePage({ initialLang }: { initialLang: Language }) {
  const [lang, setLang] = useState<Language>(initialLang);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [error, setError] = useState<string | null>(null);
  const [cell, setCell] = useState<string | null>(null);
  const p = PAGE_STRINGS[lang];
  // The pane's words, but here nothing is saved in a workbook and a problem's cell is shown, not
  // selected in a sheet.
  const t = {
    ...STRINGS[lang],
    columnsHelp: p.columnsHelp,
    problemsHelp: p.problemsHelp,
  } as Strings;

  // Scoring again when the language or a column choice changes, as the pane does.
  const scored = useMemo(
    () => (chosen ? scoreInput(chosen.input, choices, lang) : null),
    [chosen, choices, lang]
  );
  const analysis: Analysis | null =
    scored && ("report" in scored ? { ...scored, raters: null, secondRefused: false } : scored);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setCell(null);
    setChosen(null);
    setChoices({});
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setChosen({ name: file.name, input: readChosenFile(file.name, bytes) });
    } catch (reason) {
      setError(unreadable(reason, p));
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className="pane">
        <header className="pane-header">
          <h1>{p.title}</h1>
          <Field label={t.language} size="small" orientation="horizontal">
            <Select value={lang} onChange={(_, d) => isLanguage(d.value) && setLang(d.value)}>
              {LANGUAGES.map((option) => (
                <option key={option} value={option}>
                  {LANGUAGE_NAMES[option]}
                </option>
              ))}
            </Select>
          </Field>
        </header>
        <Text as="p">{p.intro}</Text>
        <Field label={p.choose}>
          <input
            type="file"
            data-testid="file"
            accept=".xlsx,.csv"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </Field>
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {chosen && (
          <Text as="p" role="status">
            {p.read(chosen.name, chosen.input.sheetName, chosen.input.grid.values.length)}
          </Text>
        )}
        {chosen && (chosen.input.workbook?.sheets.length ?? 0) > 1 && (
          <Field label={p.sheet} size="small" orientation="horizontal">
            <Select
              data-testid="sheet"
              value={chosen.input.sheetName}
              onChange={(_, d) => {
                setCell(null);
                setChoices({});
                setChosen({ ...chosen, input: chooseSheet(chosen.input, d.value) });
              }}
            >
              {chosen.input.workbook!.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <MappingSection
          t={t}
          lang={lang}
          analysis={analysis}
          choices={choices}
          onChoice={(field, column) => setChoices((c) => ({ ...c, [field]: column }))}
        />
        {chosen && scored && "report" in scored && (
          <>
            <CheckSection t={t} lang={lang} report={scored.report} onSelect={setCell}>
              {cell !== null && (
                <Text as="p" role="status" data-testid="cell">
                  {p.cellHolds(cell, cellAt(chosen.input.grid, cell) ?? "")}
                </Text>
              )}
            </CheckSection>
            <section className="section">
              <Text as="p" size={200}>
                {p.downloadHelp}
              </Text>
              <div className="buttons">
                <Button
                  appearance="primary"
                  onClick={() =>
                    download(resultsWorkbook(chosen.input, scored), resultsFileName(chosen.name))
                  }
                >
                  {p.download}
                </Button>
              </div>
            </section>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
