import { indicatorIds, type IndicatorId } from "../rubric";
import { cellAddress, cellText, isBlank, type CellGrid, type CellValue } from "./cells";
import { mapColumns, type ColumnMapping } from "./headers";

export interface IndicatorCell {
  /** A1 address on the worksheet, e.g. "F7". */
  readonly address: string;
  readonly value: CellValue;
}

/** One LSG's row as the user wrote it: identity as text, indicator cells untouched for the rubric. */
export interface LsgRow {
  /** Worksheet row number. */
  readonly row: number;
  readonly lsg: string | null;
  readonly district: string | null;
  readonly oblast: string | null;
  readonly round: string | null;
  readonly cells: Readonly<Record<IndicatorId, IndicatorCell>>;
}

export interface AssessmentTable {
  readonly mapping: ColumnMapping;
  /** Worksheet row number of the header. */
  readonly headerRow: number;
  readonly rows: readonly LsgRow[];
}

function textOrNull(value: CellValue | undefined): string | null {
  const text = cellText(value);
  return text === "" ? null : text;
}

/** The data rows below a header row; blank rows are skipped, nothing else is. */
export function readLsgRows(grid: CellGrid, mapping: ColumnMapping, headerIndex = 0): LsgRow[] {
  const { fields } = mapping;
  const ids = indicatorIds();
  const rows: LsgRow[] = [];
  for (let r = headerIndex + 1; r < grid.values.length; r++) {
    const values = grid.values[r];
    if (values.every(isBlank)) continue;
    const row = grid.firstRow + r;
    const at = (column: number | undefined) => (column === undefined ? undefined : values[column]);
    const cells = {} as Record<IndicatorId, IndicatorCell>;
    for (const id of ids) {
      const column = fields[id]!.column;
      cells[id] = {
        address: cellAddress(row, grid.firstColumn + column),
        value: values[column] ?? null,
      };
    }
    rows.push({
      row,
      lsg: textOrNull(at(fields.lsg?.column)),
      district: textOrNull(at(fields.district?.column)),
      oblast: textOrNull(at(fields.oblast?.column)),
      round: textOrNull(at(fields.round?.column)),
      cells,
    });
  }
  return rows;
}

/** Reads a table whose first row is its header. Throws MappingError when required columns are not found. */
export function readAssessmentTable(grid: CellGrid): AssessmentTable {
  const mapping = mapColumns(grid.values[0] ?? [], grid.firstColumn);
  return { mapping, headerRow: grid.firstRow, rows: readLsgRows(grid, mapping, 0) };
}
