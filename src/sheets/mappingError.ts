import type { FieldId } from "./fields";
import type { AmbiguousField, HeaderCell, SharedColumn, UnresolvedChoice } from "./headers";

function describeHeaders(headers: readonly HeaderCell[]): string {
  const found = headers.filter((h) => h.text !== "").map((h) => `${h.letter} "${h.text}"`);
  return found.length > 0 ? found.join(", ") : "none";
}

/**
 * The columns a table needs could not be told apart from its headers. The message is the command
 * line's English; the pane words the same fields in its language (report's mappingMessage).
 */
export class MappingError extends Error {
  constructor(
    readonly missing: readonly FieldId[],
    readonly ambiguous: readonly AmbiguousField[],
    readonly headers: readonly HeaderCell[],
    readonly unresolved: readonly UnresolvedChoice[] = [],
    readonly shared: readonly SharedColumn[] = []
  ) {
    const parts: string[] = unresolved.map((u) => `no column "${u.choice}" for ${u.field}`);
    for (const { header, fields } of shared) {
      parts.push(
        `column ${header.letter} "${header.text}" is chosen for ${fields.join(", ")}; ` +
          `a column can hold only one of them`
      );
    }
    if (missing.length > 0) parts.push(`no column for ${missing.join(", ")}`);
    for (const a of ambiguous) {
      parts.push(
        `${a.field} could be any of ${a.candidates.map((c) => `${c.letter} "${c.text}"`).join(", ")}`
      );
    }
    super(`${parts.join("; ")}. Columns found: ${describeHeaders(headers)}.`);
    this.name = "MappingError";
  }
}
