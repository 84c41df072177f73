import {
  isMergedCover,
  METHOD_2015,
  type IndicatorId,
  type Labels,
  type Language,
  type Method,
} from "../rubric";
import { cellText, normalizeHeader, type CellGrid, type LsgRow } from "../sheets";
import { FILE_LABELS, type GatheredTable } from "./gather";
import { label } from "./labels";
import { evidenceHeader, identityHeaders, sheetNameFor } from "./newRound";

// The one table the pane builds from assessors' files: every gathered row with the file and row it
// came from, its identity, its score cells exactly as the assessor left them (a bad cell stays bad,
// for the check to name), its evidence, rater and note. The headers are ones our reader maps with
// no help, so the pane then reads this sheet as its data: check, Apply, Summary, who moved.

export const GATHERED_LABELS = {
  sheet: { en: "Gathered", ru: "Сводная", ky: "Жыйналган" },
  rowInFile: { en: "Row in file", ru: "Строка в файле", ky: "Файлдагы сап" },
  merged: { en: "merged", ru: "объединена", ky: "бириктирилген" },
  // Not "Rater": gathered files' rater cells name the assessor of each file, and a rater column
  // with two names would be read back as two raters of the same LSGs (sheets/raterColumns.ts).
  filledBy: { en: "Filled in by", ru: "Кто заполнил", ky: "Ким толтурган" },
} as const satisfies Record<string, Labels>;

export type GatheredValue = string | number | boolean | null;

export interface GatheredSheetLayout {
  /** The sheet's name as wanted; a host makes it unique among the workbook's sheets. */
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly GatheredValue[])[];
}

/** A score cell as the assessor left it; a cell under a merged area says so, to be refused. */
function scoreValue(value: LsgRow["cells"][IndicatorId]["value"], lang: Language): GatheredValue {
  if (isMergedCover(value)) return `${GATHERED_LABELS.merged[lang]} ${value.merged}`;
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value;
  // Office gives errors as codes; a file's error, date-formatted number or formula as its text.
  return cellText(value);
}

/** Which optional columns any row fills: a column nobody filled is left out. */
function optionalColumns(rows: readonly LsgRow[], method: Method, filledBy: readonly unknown[]) {
  return {
    soate: rows.some((r) => r.soate !== null),
    notes: method.indicators.filter((i) => rows.some((r) => r.notes[i.id] !== null)),
    rater: filledBy.some((v) => v !== null),
    note: rows.some((r) => r.note !== null),
  };
}

/**
 * Rows that came from an earlier gathered sheet keep the file and row they name, rather than
 * taking that sheet's name: gathering twice still says where each row was first.
 */
export interface Origins {
  origin(row: LsgRow): Origin;
}

interface Origin {
  readonly file: string;
  readonly row: number | string;
  /**
   * Who filled the row in, from an earlier gathered sheet's "Filled in by" column: that column is
   * not read as a rater (see filledBy above), so without this a second gathering would lose it.
   */
  readonly filledBy?: string | null;
}

/** The File and "Row in file" columns of a sheet gathered earlier, if the grid has them. */
export function originsOf(grid: CellGrid, headerRow: number, file: string): Origins {
  const header = grid.values[headerRow - grid.firstRow] ?? [];
  const find = (labels: Labels) => {
    const names = Object.values(labels).map(normalizeHeader);
    return header.findIndex((cell) => names.includes(normalizeHeader(cellText(cell))));
  };
  // Both columns, as a gathered sheet has them: a sheet of the user's with only a "File" column
  // (a document's file name, say) would otherwise name that file as the row's origin.
  const both = find(FILE_LABELS.file) >= 0 && find(GATHERED_LABELS.rowInFile) >= 0;
  const fileColumn = both ? find(FILE_LABELS.file) : -1;
  const rowColumn = both ? find(GATHERED_LABELS.rowInFile) : -1;
  const filledByColumn = find(GATHERED_LABELS.filledBy);
  return {
    origin: (row) => {
      const cells = grid.values[row.row - grid.firstRow] ?? [];
      const earlierFile = fileColumn >= 0 ? cellText(cells[fileColumn]) : "";
      const earlierRow = rowColumn >= 0 ? cells[rowColumn] : null;
      const filledBy = filledByColumn >= 0 ? cellText(cells[filledByColumn]).trim() : "";
      const by = filledBy === "" ? null : filledBy;
      if (earlierFile === "") return { file: row.file ?? file, row: row.row, filledBy: by };
      return {
        file: earlierFile,
        row: typeof earlierRow === "number" ? earlierRow : cellText(earlierRow),
        filledBy: by,
      };
    },
  };
}

/** The gathered sheet as plain data, in the user's language. */
export function gatheredSheetLayout(
  table: GatheredTable,
  lang: Language,
  options: { method?: Method; origins?: ReadonlyMap<string, Origins> } = {}
): GatheredSheetLayout {
  const method = options.method ?? METHOD_2015;
  const origins: Origin[] = table.rows.map(
    (row) =>
      options.origins?.get(row.file ?? "")?.origin(row) ?? { file: row.file ?? "", row: row.row }
  );
  const filledBy = table.rows.map((row, i) => row.rater ?? origins[i].filledBy ?? null);
  const has = optionalColumns(table.rows, method, filledBy);
  const headers = [
    FILE_LABELS.file[lang],
    GATHERED_LABELS.rowInFile[lang],
    ...identityHeaders(lang, has.soate),
    ...method.indicators.map((i) => i.short[lang]),
    ...has.notes.map((i) => evidenceHeader(i, lang)),
    ...(has.rater ? [GATHERED_LABELS.filledBy[lang]] : []),
    ...(has.note ? [label("note", lang)] : []),
  ];
  const rows = table.rows.map((row, i) => {
    return [
      origins[i].file,
      origins[i].row,
      row.oblast,
      row.district,
      row.lsg,
      ...(has.soate ? [row.soate] : []),
      row.round,
      ...method.indicators.map((i) => scoreValue(row.cells[i.id].value, lang)),
      ...has.notes.map((i) => row.notes[i.id]),
      ...(has.rater ? [filledBy[i]] : []),
      ...(has.note ? [row.note] : []),
    ];
  });
  return {
    sheetName: sheetNameFor(GATHERED_LABELS.sheet[lang]),
    headers,
    rows,
  };
}
