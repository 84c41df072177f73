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
import type { Language } from "../rubric";
import { STRINGS, type Strings } from "../taskpane/strings";
import { MappingSection, type MappingSectionProps } from "../taskpane/components/MappingSection";
import { CheckSection } from "../taskpane/components/CheckSection";
import { LanguagePicker } from "../taskpane/components/LanguagePicker";
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

type Scored = ReturnType<typeof scoreInput>;
type ScoredReport = Extract<Scored, { report: unknown }>;

/** The page's state: the language, the file chosen and its column choices, the cell shown. */
function useScorePage(initialLang: Language) {
  const [lang, setLang] = useState<Language>(initialLang);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [error, setError] = useState<string | null>(null);
  const [cell, setCell] = useState<string | null>(null);
  const p = PAGE_STRINGS[lang];

  // Scoring again when the language or a column choice changes, as the pane does.
  const scored = useMemo(
    () => (chosen ? scoreInput(chosen.input, choices, lang) : null),
    [chosen, choices, lang]
  );

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
  const onSheet = (name: string) => {
    if (!chosen) return;
    setCell(null);
    setChoices({});
    setChosen({ ...chosen, input: chooseSheet(chosen.input, name) });
  };
  const onChoice: MappingSectionProps["onChoice"] = (field, column) =>
    setChoices((c) => ({ ...c, [field]: column }));
  return {
    lang,
    setLang,
    p,
    chosen,
    choices,
    error,
    cell,
    setCell,
    scored,
    onFile,
    onSheet,
    onChoice,
  };
}

/** The pane's words, but here nothing is saved in a workbook and a problem's cell is shown, not
 * selected in a sheet. */
function pageStrings(lang: Language, p: PageStrings): Strings {
  return { ...STRINGS[lang], columnsHelp: p.columnsHelp, problemsHelp: p.problemsHelp } as Strings;
}

/** The page: choose a file → columns and check (the pane's sections) → download the results. */
export function ScorePage({ initialLang }: { initialLang: Language }) {
  const page = useScorePage(initialLang);
  const { lang, p, chosen, scored } = page;
  const t = pageStrings(lang, p);
  const analysis: Analysis | null =
    scored && ("report" in scored ? { ...scored, raters: null, secondRefused: false } : scored);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className="pane">
        <header className="pane-header">
          <h1>{p.title}</h1>
          <LanguagePicker label={t.language} lang={lang} onChange={page.setLang} />
        </header>
        <Text as="p">{p.intro}</Text>
        <Field label={p.choose}>
          <input
            type="file"
            data-testid="file"
            accept=".xlsx,.csv"
            onChange={(e) => void page.onFile(e.target.files?.[0])}
          />
        </Field>
        {page.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{page.error}</MessageBarBody>
          </MessageBar>
        )}
        {chosen && <ChosenFile p={p} chosen={chosen} onSheet={page.onSheet} />}
        <MappingSection
          t={t}
          lang={lang}
          analysis={analysis}
          choices={page.choices}
          onChoice={page.onChoice}
        />
        {chosen && scored && "report" in scored && (
          <Results
            t={t}
            p={p}
            lang={lang}
            chosen={chosen}
            scored={scored}
            cell={page.cell}
            onSelect={page.setCell}
          />
        )}
      </main>
    </FluentProvider>
  );
}

interface ChosenFileProps {
  readonly p: PageStrings;
  readonly chosen: Chosen;
  readonly onSheet: (name: string) => void;
}

/** What was read from the file, and a choice of sheet when the workbook has more than one. */
function ChosenFile({ p, chosen, onSheet }: ChosenFileProps) {
  const { input } = chosen;
  return (
    <>
      <Text as="p" role="status">
        {p.read(chosen.name, input.sheetName, input.grid.values.length)}
      </Text>
      {(input.workbook?.sheets.length ?? 0) > 1 && (
        <Field label={p.sheet} size="small" orientation="horizontal">
          <Select data-testid="sheet" value={input.sheetName} onChange={(_, d) => onSheet(d.value)}>
            {input.workbook!.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}

interface ResultsProps {
  readonly t: Strings;
  readonly p: PageStrings;
  readonly lang: Language;
  readonly chosen: Chosen;
  readonly scored: ScoredReport;
  /** The cell of a problem chosen in the check, shown with what it holds. */
  readonly cell: string | null;
  readonly onSelect: (cell: string) => void;
}

/** The check of the data scored, and the results to download. */
function Results({ t, p, lang, chosen, scored, cell, onSelect }: ResultsProps) {
  return (
    <>
      <CheckSection t={t} lang={lang} report={scored.report} onSelect={onSelect}>
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
  );
}
