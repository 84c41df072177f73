import { useEffect, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import {
  describeMethod,
  METHOD_2015,
  type CategoryId,
  type Language,
  type Method,
} from "../../rubric";
import type { Strings } from "../strings";

type Draft = Record<CategoryId, { min: string; max: string; label: string }>;

function draftOf(method: Method, lang: Language): Draft {
  const draft = {} as Draft;
  for (const band of method.categories) {
    draft[band.id] = { min: String(band.min), max: String(band.max), label: band.label[lang] };
  }
  return draft;
}

/** A saved day as the language writes it: 26.11.2026 in ru and ky, 2026-11-26 (unambiguous) in en. */
function day(iso: string, lang: Language): string {
  const [y, m, d] = iso.split("-");
  return lang === "en" ? iso : `${d}.${m}.${y}`;
}

/** The edit as the method to save: the draft's numbers and labels, the other languages' labels kept. */
function editedMethod(method: Method, draft: Draft, lang: Language): unknown {
  const categories = method.categories.map((band) => ({
    id: band.id,
    min: Number(draft[band.id].min),
    max: Number(draft[band.id].max),
    label: { ...band.label, [lang]: draft[band.id].label },
  }));
  return {
    ...method,
    id: method.id === METHOD_2015.id ? `${METHOD_2015.id}-edited` : method.id,
    categories,
  };
}

export interface MethodSectionProps {
  readonly t: Strings;
  readonly lang: Language;
  readonly method: Method;
  /** The day an edited method was saved (YYYY-MM-DD). */
  readonly savedOn: string | null;
  /** What the last save did, confirmed next to the buttons. */
  readonly saved: "saved" | "reset" | null;
  /** Results on the sheet were written with the earlier method. */
  readonly resultsStale: boolean;
  /** Checks and stores an edit (null: back to the 2015 method); resolves to the reasons refused. */
  readonly onSave: (json: unknown | null) => Promise<readonly string[]>;
}

/** The draft being edited, the reasons the last save was refused, and the two buttons' actions. */
function useMethodDraft({ lang, method, onSave }: MethodSectionProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(method, lang));
  const [refused, setRefused] = useState<readonly string[]>([]);
  // An edit after saving makes the "saved" confirmation stale: it is hidden until the next save.
  const [edited, setEdited] = useState(false);
  // A saved or reset method, or another language, starts a fresh draft.
  useEffect(() => setDraft(draftOf(method, lang)), [method, lang]);
  const change = (id: CategoryId, fields: Partial<Draft[CategoryId]>) => {
    setDraft({ ...draft, [id]: { ...draft[id], ...fields } });
    setEdited(true);
  };
  const save = () => {
    setEdited(false);
    void onSave(editedMethod(method, draft, lang)).then(setRefused);
  };
  const reset = () => {
    setEdited(false);
    void onSave(null).then(setRefused);
  };
  return { draft, refused, edited, change, save, reset };
}

/** Edit the category thresholds and labels (in the pane's language); stored in the workbook. */
export function MethodSection(props: MethodSectionProps) {
  const { t, lang, method, savedOn, saved, resultsStale } = props;
  const { draft, refused, edited, change, save, reset } = useMethodDraft(props);
  return (
    <section aria-labelledby="method-heading" className="section">
      <Accordion collapsible>
        <AccordionItem value="method">
          <AccordionHeader>
            <h2 id="method-heading">{t.method}</h2>
          </AccordionHeader>
          <AccordionPanel>
            <MethodIntro t={t} lang={lang} method={method} savedOn={savedOn} />
            {method.categories.map((band) => (
              <BandFields
                key={band.id}
                t={t}
                lang={lang}
                band={band}
                value={draft[band.id]}
                onChange={(fields) => change(band.id, fields)}
              />
            ))}
            <MethodFeedback
              t={t}
              refused={refused}
              saved={edited || refused.length > 0 ? null : saved}
              resultsStale={resultsStale}
            />
            <div className="buttons">
              <Button onClick={save}>{t.saveMethod}</Button>
              <Button onClick={reset} disabled={method === METHOD_2015}>
                {t.resetMethod}
              </Button>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}

interface MethodIntroProps {
  readonly t: Strings;
  readonly lang: Language;
  readonly method: Method;
  readonly savedOn: string | null;
}

/** What the method is for, what it is now, and when an edited one was saved. */
function MethodIntro({ t, lang, method, savedOn }: MethodIntroProps) {
  return (
    <>
      {/* block: Fluent's Text is inline by default, which ran the two paragraphs together
          ("…сделана.Методика: …"). */}
      <Text as="p" block size={200}>
        {t.methodHelp}
      </Text>
      <Text as="p" block size={200} data-testid="method-description">
        {describeMethod(method, lang)}
      </Text>
      {method !== METHOD_2015 && savedOn && (
        <Text as="p" size={200} data-testid="method-edited">
          {t.methodEditedOn(day(savedOn, lang))}
        </Text>
      )}
    </>
  );
}

interface BandFieldsProps {
  readonly t: Strings;
  readonly lang: Language;
  readonly band: Method["categories"][number];
  /** The draft of this category; undefined for a moment after the method changes. */
  readonly value: Draft[CategoryId] | undefined;
  readonly onChange: (fields: Partial<Draft[CategoryId]>) => void;
}

/** One category's label, lower and upper bound. */
function BandFields({ t, lang, band, value, onChange }: BandFieldsProps) {
  return (
    <div className="band">
      <Field label={`${t.bandLabel} (${band.short[lang]})`} size="small">
        <Input
          value={value?.label ?? ""}
          // A long label is cut short in a narrow pane: the whole of it shows on hover.
          title={value?.label ?? ""}
          onChange={(_, d) => onChange({ label: d.value })}
        />
      </Field>
      <Field label={t.from} size="small">
        <Input
          type="number"
          value={value?.min ?? ""}
          // The visible label is "From"; a screen reader also hears which category.
          aria-label={`${t.from}: ${band.label[lang]}`}
          onChange={(_, d) => onChange({ min: d.value })}
        />
      </Field>
      <Field label={t.to} size="small">
        <Input
          type="number"
          value={value?.max ?? ""}
          // The visible label is "To"; a screen reader also hears which category.
          aria-label={`${t.to}: ${band.label[lang]}`}
          onChange={(_, d) => onChange({ max: d.value })}
        />
      </Field>
    </div>
  );
}

interface MethodFeedbackProps {
  readonly t: Strings;
  readonly refused: readonly string[];
  /** What the last save did; null once the draft is edited again or the save was refused. */
  readonly saved: "saved" | "reset" | null;
  readonly resultsStale: boolean;
}

/** Why the method was refused, or what the last save did. */
function MethodFeedback({ t, refused, saved, resultsStale }: MethodFeedbackProps) {
  return (
    <>
      {refused.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t.methodRefused} {refused.join("; ")}.
          </MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success" role="status" data-testid="method-saved">
          <MessageBarBody>
            {saved === "saved" ? `${t.methodSaved} ${t.formulasNeed2015}` : t.methodReset}
            {resultsStale && ` ${t.resultsStale}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
