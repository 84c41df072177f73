import { analyse, type AssessmentReport } from "../../src/report";
import type { Language } from "../../src/rubric";
import { readAssessmentTable, type CellValue } from "../../src/sheets";

/** The report on rows under a header, as read from a sheet holding them from A1. */
export function reportOn(
  header: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  lang: Language = "en"
): AssessmentReport {
  return analyse(
    readAssessmentTable({ values: [header, ...rows], firstRow: 1, firstColumn: 0 }),
    lang
  );
}
