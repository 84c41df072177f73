import type { IndicatorId } from "../rubric";

export type NoteFieldId = `${IndicatorId}Note`;

/** The things a user's table can tell us about an LSG, in the user's terms. */
export type FieldId =
  | IndicatorId
  | NoteFieldId
  | "lsg"
  | "district"
  | "oblast"
  | "round"
  | "soate"
  | "rater"
  | "note"
  | "total"
  | "category";

export interface FieldSpec {
  readonly id: FieldId;
  readonly required: boolean;
  /** Whole header texts (normalised) that name the field outright. */
  readonly exact: readonly string[];
  /** Whole words or phrases that, found in a header, name the field. */
  readonly phrases: readonly string[];
  /** Word beginnings, for inflected Russian and Kyrgyz forms ("документы", "документтер"). */
  readonly stems: readonly string[];
  /** The header must also contain one of these word beginnings (e.g. a note word for a note column). */
  readonly requires?: readonly string[];
  /** The header must not contain any of these word beginnings. */
  readonly excludes?: readonly string[];
}

// Words that make a column a note or evidence column rather than a score.
export const NOTE_STEMS = [
  "обоснован",
  "примечан",
  "комментар",
  "источник",
  "доказат",
  "пояснен",
  "note",
  "comment",
  "evidence",
  "source",
  "justification",
  "негиздеме",
  "булак",
  "эскертүү",
  "түшүндүрм",
  "далил",
];

// Words that make a column a total or category the user computed, never an indicator score.
const SUMMARY_STEMS = ["итог", "total", "жалпы", "сумм", "общ", "категор", "category"];

const INDICATOR_WORDS: Record<
  IndicatorId,
  { exact: string[]; phrases: string[]; stems: string[] }
> = {
  documents: {
    exact: ["documents", "документы", "документтер", "программы"],
    phrases: ["indicator 1", "ind 1", "индикатор 1", "инд 1", "1 индикатор", "и 1", "i 1"],
    stems: ["документ", "document", "программ", "programme", "program", "стратеги", "strateg"],
  },
  mechanism: {
    exact: ["mechanism", "механизм"],
    phrases: ["indicator 2", "ind 2", "индикатор 2", "инд 2", "2 индикатор", "и 2", "i 2"],
    stems: ["механизм", "mechanism", "институц", "институттук", "institution"],
  },
  budget: {
    exact: ["budget", "бюджет"],
    phrases: ["indicator 3", "ind 3", "индикатор 3", "инд 3", "3 индикатор", "и 3", "i 3"],
    stems: ["бюджет", "budget", "финансир", "каржы"],
  },
};

function indicatorField(id: IndicatorId): FieldSpec {
  return {
    id,
    required: true,
    ...INDICATOR_WORDS[id],
    excludes: [...NOTE_STEMS, ...SUMMARY_STEMS],
  };
}

function indicatorNoteField(id: IndicatorId): FieldSpec {
  const words = INDICATOR_WORDS[id];
  return {
    id: `${id}Note`,
    required: false,
    exact: [],
    phrases: words.phrases,
    stems: words.stems,
    requires: NOTE_STEMS,
  };
}

// Header texts come from METHODOLOGY.md and the spreadsheets ministry staff keep, in three
// languages, with their abbreviations (АО, а/о, ОМСУ, ЖӨБ, Инд. 1). Matching rules live in ./headers.
export const FIELDS: readonly FieldSpec[] = [
  indicatorField("documents"),
  indicatorField("mechanism"),
  indicatorField("budget"),
  indicatorNoteField("documents"),
  indicatorNoteField("mechanism"),
  indicatorNoteField("budget"),
  {
    id: "lsg",
    required: false,
    exact: [
      "lsg",
      "омсу",
      "жөб",
      "ао",
      "municipality",
      "муниципалитет",
      "ayil okmotu",
      "айыл өкмөтү",
    ],
    phrases: [
      "lsg",
      "local self government",
      "ayil okmotu",
      "ayil aimak",
      "omsu",
      "омсу",
      "органа местного самоуправления",
      "айылный аймак",
      "айыльный аймак",
      "айылный округ",
      "айыл аймагы",
      "айыл аймак",
      "айыл өкмөтү",
      "жөб",
      "ао",
      "аа",
      "муниципалитет",
      "municipality",
      "мэрия",
    ],
    stems: ["наименован", "назван", "аталыш", "name"],
    excludes: [...NOTE_STEMS, "район", "област", "облус", "district", "oblast", "код", "code"],
  },
  {
    id: "district",
    required: false,
    exact: ["district", "район", "району", "rayon", "raion"],
    phrases: ["district", "район", "району", "rayon", "raion"],
    stems: ["район", "district"],
    excludes: NOTE_STEMS,
  },
  {
    id: "oblast",
    required: false,
    exact: ["oblast", "region", "область", "облусу", "облус", "регион"],
    phrases: ["oblast", "region", "область", "облусу", "облус", "регион"],
    stems: ["област", "облус", "oblast", "region", "регион"],
    excludes: NOTE_STEMS,
  },
  {
    id: "round",
    required: false,
    exact: ["round", "year", "год", "раунд", "жылы", "жыл", "period", "период", "этап"],
    phrases: [
      "round",
      "year",
      "год",
      "раунд",
      "жылы",
      "период",
      "этап",
      "год оценки",
      "баалоо жылы",
    ],
    stems: [],
    excludes: NOTE_STEMS,
  },
  {
    id: "soate",
    required: false,
    exact: ["soate", "соате", "аабт", "code", "код"],
    phrases: ["soate", "соате", "аабт", "код соате", "soate code"],
    stems: ["соате", "аабт", "soate", "код", "code"],
  },
  {
    id: "rater",
    required: false,
    exact: ["rater", "assessor", "оценщик", "эксперт", "баалоочу", "expert"],
    phrases: ["rater", "assessor", "оценщик", "эксперт", "баалоочу", "expert", "кто оценивал"],
    stems: ["оценщик", "баалоочу", "rater", "assessor", "эксперт"],
  },
  {
    id: "note",
    required: false,
    exact: ["note", "notes", "примечание", "комментарий", "эскертүү", "обоснование", "источник"],
    phrases: [],
    stems: NOTE_STEMS,
  },
  {
    id: "total",
    required: false,
    exact: ["total", "итого", "итоговый балл", "жалпы упай", "сумма", "общий балл", "total score"],
    phrases: ["итоговый балл", "жалпы упай", "total score", "общий балл", "сумма баллов", "итого"],
    stems: ["итог", "total", "сумм"],
    excludes: ["категор", "category"],
  },
  {
    id: "category",
    required: false,
    exact: ["category", "категория", "категориясы"],
    phrases: ["policy category", "категория политики"],
    stems: ["категор", "category"],
  },
];

export function fieldSpec(id: FieldId): FieldSpec {
  const spec = FIELDS.find((field) => field.id === id);
  if (!spec) throw new Error(`Unknown field ${id}`);
  return spec;
}

export function isFieldId(text: string): text is FieldId {
  return FIELDS.some((field) => field.id === text);
}
