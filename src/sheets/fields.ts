import type { IndicatorId } from "../rubric";

/** The things a user's table can tell us about an LSG, in the user's terms. */
export type FieldId = IndicatorId | "lsg" | "district" | "oblast" | "round";

export interface FieldSpec {
  readonly id: FieldId;
  readonly required: boolean;
  /** Whole header texts (normalised) that name the field outright. */
  readonly exact: readonly string[];
  /** Whole words or phrases that, found in a header, name the field. */
  readonly phrases: readonly string[];
  /** Word beginnings, for inflected Russian and Kyrgyz forms ("документы", "документтер"). */
  readonly stems: readonly string[];
}

// Header texts come from METHODOLOGY.md and the spreadsheets ministry staff keep, in three languages.
// Grows with each kind of sheet we meet; matching rules live in ./headers.
export const FIELDS: readonly FieldSpec[] = [
  {
    id: "lsg",
    required: false,
    exact: ["lsg", "омсу", "жөб", "ао", "municipality", "муниципалитет"],
    phrases: [
      "lsg",
      "local self government",
      "ayil okmotu",
      "ayil aimak",
      "омсу",
      "айылный аймак",
      "айыльный аймак",
      "айылный округ",
      "айыл аймагы",
      "айыл өкмөтү",
      "жөб",
      "ао",
      "муниципалитет",
      "municipality",
    ],
    stems: [],
  },
  {
    id: "district",
    required: false,
    exact: ["district", "район", "району", "rayon"],
    phrases: ["district", "район", "району", "rayon"],
    stems: [],
  },
  {
    id: "oblast",
    required: false,
    exact: ["oblast", "region", "область", "облусу", "облус"],
    phrases: ["oblast", "region", "область", "облусу", "облус"],
    stems: [],
  },
  {
    id: "round",
    required: false,
    exact: ["round", "year", "год", "раунд", "жылы", "жыл"],
    phrases: ["round", "year", "год", "раунд", "жылы"],
    stems: [],
  },
  {
    id: "documents",
    required: true,
    exact: ["documents"],
    phrases: [
      "indicator 1",
      "индикатор 1",
      "1 индикатор",
      "documents",
      "programmes",
      "strategic documents",
    ],
    stems: ["документ", "document", "программ"],
  },
  {
    id: "mechanism",
    required: true,
    exact: ["mechanism"],
    phrases: ["indicator 2", "индикатор 2", "2 индикатор", "mechanism"],
    stems: ["механизм", "mechanism"],
  },
  {
    id: "budget",
    required: true,
    exact: ["budget"],
    phrases: ["indicator 3", "индикатор 3", "3 индикатор", "budget"],
    stems: ["бюджет", "budget"],
  },
];

export function fieldSpec(id: FieldId): FieldSpec {
  const spec = FIELDS.find((field) => field.id === id);
  if (!spec) throw new Error(`Unknown field ${id}`);
  return spec;
}
