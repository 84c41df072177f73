import { FIELDS, isFieldId, type FieldId } from "./fields";
import type { ColumnChoice } from "./headers";

// The command line's --map text: columns chosen by the user for fields, by letter or header.

/**
 * A --map text that cannot be read: `part` is not FIELD=COLUMN, or `field` is no field's id. The
 * facts are fields so the command line words them in the user's language (src/cli/messages.ts).
 */
export class ColumnChoiceError extends Error {
  constructor(
    readonly part: string,
    readonly field?: string
  ) {
    super(
      field === undefined
        ? `"${part}" is not FIELD=COLUMN`
        : `unknown field "${field}"; fields are ${FIELDS.map((f) => f.id).join(", ")}`
    );
    this.name = "ColumnChoiceError";
  }
}

/**
 * Parses "documents=D,mechanism=E,budget=Бюджет, балл" into explicit column choices.
 * Throws a ColumnChoiceError naming the part it cannot read.
 */
export function parseColumnChoices(text: string): Partial<Record<FieldId, ColumnChoice>> {
  const choices: Partial<Record<FieldId, ColumnChoice>> = {};
  // Split only at commas that start a new FIELD=, so header texts may contain commas.
  const fieldNames = FIELDS.map((f) => f.id).join("|");
  for (const part of text.split(new RegExp(`,(?=\\s*(?:${fieldNames})\\s*=)`))) {
    if (part.trim() === "") continue;
    const at = part.indexOf("=");
    const field = part.slice(0, at).trim();
    const column = part.slice(at + 1).trim();
    if (at < 0 || column === "") throw new ColumnChoiceError(part.trim());
    if (!isFieldId(field)) throw new ColumnChoiceError(part.trim(), field);
    choices[field] = column;
  }
  return choices;
}
