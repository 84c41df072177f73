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

/** Edit the category thresholds and labels (in the pane's language); stored in the workbook. */
/** A saved day as the language writes it: 26.11.2026 in ru and ky, 2026-11-26 (unambiguous) in en. */
function day(iso: string, lang: Language): string {
  const [y, m, d] = iso.split("-");
  return lang === "en" ? iso : `${d}.${m}.${y}`;
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

export function MethodSection(props: MethodSectionProps) {
  const { t, lang, method, onSave, savedOn, saved } = props;
  const [draft, setDraft] = useState<Draft>(() => draftOf(method, lang));
  const [refused, setRefused] = useState<readonly string[]>([]);
  // An edit after saving makes the "saved" confirmation stale: it is hidden until the next save.
  const [edited, setEdited] = useState(false);
  const change = (next: Draft) => {
    setDraft(next);
    setEdited(true);
  };
  // A saved or reset method, or another language, starts a fresh draft.
  useEffect(() => setDraft(draftOf(method, lang)), [method, lang]);

  const save = async () => {
    setEdited(false);
    const categories = method.categories.map((band) => ({
      id: band.id,
      min: Number(draft[band.id].min),
      max: Number(draft[band.id].max),
      label: { ...band.label, [lang]: draft[band.id].label },
    }));
    setRefused(
      await onSave({
        ...method,
        id: method.id === METHOD_2015.id ? `${METHOD_2015.id}-edited` : method.id,
        categories,
      })
    );
  };

  return (
    <section aria-labelledby="method-heading" className="section">
      <Accordion collapsible>
        <AccordionItem value="method">
          <AccordionHeader>
            <h2 id="method-heading">{t.method}</h2>
          </AccordionHeader>
          <AccordionPanel>
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
            {method.categories.map((band) => (
              <div key={band.id} className="band">
                <Field label={`${t.bandLabel} (${band.short[lang]})`} size="small">
                  <Input
                    value={draft[band.id]?.label ?? ""}
                    // A long label is cut short in a narrow pane: the whole of it shows on hover.
                    title={draft[band.id]?.label ?? ""}
                    onChange={(_, d) =>
                      change({ ...draft, [band.id]: { ...draft[band.id], label: d.value } })
                    }
                  />
                </Field>
                <Field label={t.from} size="small">
                  <Input
                    type="number"
                    value={draft[band.id]?.min ?? ""}
                    // The visible label is "From"; a screen reader also hears which category.
                    aria-label={`${t.from}: ${band.label[lang]}`}
                    onChange={(_, d) =>
                      change({ ...draft, [band.id]: { ...draft[band.id], min: d.value } })
                    }
                  />
                </Field>
                <Field label={t.to} size="small">
                  <Input
                    type="number"
                    value={draft[band.id]?.max ?? ""}
                    // The visible label is "To"; a screen reader also hears which category.
                    aria-label={`${t.to}: ${band.label[lang]}`}
                    onChange={(_, d) =>
                      change({ ...draft, [band.id]: { ...draft[band.id], max: d.value } })
                    }
                  />
                </Field>
              </div>
            ))}
            {refused.length > 0 && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  {t.methodRefused} {refused.join("; ")}.
                </MessageBarBody>
              </MessageBar>
            )}
            {saved && !edited && refused.length === 0 && (
              <MessageBar intent="success" role="status" data-testid="method-saved">
                <MessageBarBody>
                  {saved === "saved" ? `${t.methodSaved} ${t.formulasNeed2015}` : t.methodReset}
                  {props.resultsStale && ` ${t.resultsStale}`}
                </MessageBarBody>
              </MessageBar>
            )}
            <div className="buttons">
              <Button onClick={() => void save()}>{t.saveMethod}</Button>
              <Button
                onClick={() => {
                  setEdited(false);
                  void onSave(null).then(setRefused);
                }}
                disabled={method === METHOD_2015}
              >
                {t.resetMethod}
              </Button>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
