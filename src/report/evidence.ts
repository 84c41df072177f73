import type { IndicatorId, Language } from "../rubric";
import type { AssessmentTable, ColumnMapping, LsgRow } from "../sheets";
import { fileAddress } from "./gather";
import type { ScoredTable } from "./results";

/** A score above 0 with nothing in its evidence column: a warning, not an error. */
export interface EvidenceWarning {
  readonly row: number;
  readonly lsg: string | null;
  readonly indicator: IndicatorId;
  /** The score's cell. */
  readonly cell: string;
  readonly score: number;
  /** The empty evidence cell. */
  readonly evidenceCell: string;
  readonly message: string;
}

function message(w: Omit<EvidenceWarning, "message">, indicator: string, lang: Language): string {
  switch (lang) {
    case "ru":
      return `${w.cell}: ${indicator} — балл ${w.score} без обоснования (${w.evidenceCell} пуста).`;
    case "ky":
      return `${w.cell}: ${indicator} — ${w.score} упай, негиздеме жок (${w.evidenceCell} бош).`;
    default:
      return `${w.cell}: ${indicator} scored ${w.score} with no evidence (${w.evidenceCell} is empty).`;
  }
}

/**
 * Scores above 0 whose evidence cell is empty, for the indicators whose evidence the table keeps.
 * A table with no evidence columns gets no warnings: there is nothing to check against.
 */
export function evidenceWarnings(
  source: AssessmentTable,
  table: ScoredTable,
  mappingOf: (row: LsgRow) => ColumnMapping = () => source.mapping
): EvidenceWarning[] {
  const warnings: EvidenceWarning[] = [];
  // Row by row, so gathered files (each with its own columns) keep their order.
  for (const { source: row, assessment } of table.rows) {
    const mapping = mappingOf(row);
    for (const indicator of table.method.indicators) {
      const noteColumn = mapping.fields[`${indicator.id}Note`]?.column;
      if (noteColumn === undefined) continue;
      const score = assessment.scores[indicator.id];
      if (score === null || score <= table.method.points.min || row.notes[indicator.id] !== null)
        continue;
      const cell = `${mapping.headers[noteColumn].letter}${row.row}`;
      const warning = {
        row: row.row,
        lsg: row.lsg,
        indicator: indicator.id,
        cell: row.cells[indicator.id].address,
        score,
        evidenceCell: row.file === undefined ? cell : fileAddress(row.file, cell),
      };
      warnings.push({
        ...warning,
        message: message(warning, indicator.short[table.language], table.language),
      });
    }
  }
  return warnings;
}
