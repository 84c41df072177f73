/**
 * What the task pane asks of a workbook, apart from any implementation: Office's is in src/excel
 * (createWorkbookHost), the tests' and the demo's run the same one on the in-memory Excel. The pane
 * imports this folder, never src/excel, so nothing it shows depends on Office.js.
 */
import type { AssessmentReport, OutputMode, ReportTable } from "../report";
import type { InsertedFile } from "../report/consolidate";
import type { GatheredSheetLayout } from "../report/gatheredSheet";
import type { NewRoundLayout } from "../report/newRound";
import type { Language, Method } from "../rubric";
import type { CellGrid, CellValue, ColumnChoice, FieldId } from "../sheets";
import type { Capabilities } from "./capabilities";
import type { Redirect } from "./ownSheets";
import type { StoredState } from "./storedState";

/** Where the LSG rows were read from: the table under the selection, the selection, or the used range. */
export type SourceKind = "table" | "selection" | "usedRange";

/** What the pane should tell the user about how the rows were read. */
export type SourceWarning =
  /** Excel could not list the merged cells (more than 512 merged areas): read as plain cells. */
  | "mergesUnread"
  /** Several areas were selected (Ctrl+click), which Excel does not give add-ins: used range read. */
  | "severalAreas";

export interface SourceData {
  readonly kind: SourceKind;
  readonly sheetName: string;
  readonly sheetId: string;
  readonly tableName: string | null;
  /** Sheet-qualified address, e.g. "Data!A1:H41". */
  readonly address: string;
  readonly grid: CellGrid;
  readonly state: StoredState | null;
  /** Other sheets' names, to avoid a clash when the summary sheet is created. */
  readonly sheetNames: readonly string[];
  /** The sheets that may hold LSG rows (not the add-in's own), e.g. for a second rater. */
  readonly dataSheets: readonly string[];
  /** Why another sheet than the active one was read; null when the active one was. */
  readonly redirect: Redirect | null;
  /** The active sheet, when another was read (the pane offers it if it is a data sheet). */
  readonly activeSheet: string | null;
  /** The Reconcile sheet's cells (header first), where two raters agree scores; null if none. */
  readonly reconcile: readonly (readonly CellValue[])[] | null;
  readonly warnings: readonly SourceWarning[];
}

/** Cells holding something the add-in did not write, which Apply would overwrite. */
export interface Occupied {
  readonly count: number;
  /** The first few cells, to show the user. */
  readonly cells: readonly string[];
}

export interface ApplyRequest {
  readonly source: SourceData;
  readonly report: AssessmentReport;
  readonly mode: OutputMode;
  readonly lang: Language;
  /** The user agreed to overwrite the cells listed by an earlier "needs-consent" outcome. */
  readonly overwrite: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  /** Tables the Summary sheet shows after the summary ones, e.g. two raters' agreement. */
  readonly summaryExtras?: readonly ReportTable[];
  /** With two raters: the Reconcile sheet's rows (header first), written or refreshed in place. */
  readonly reconcile?: readonly (readonly (string | number | null)[])[] | null;
}

export type ApplyOutcome =
  | { readonly kind: "needs-consent"; readonly occupied: Occupied }
  | {
      readonly kind: "done";
      /** e.g. "I:K". */
      readonly columns: string;
      readonly rows: number;
      readonly summarySheet: string;
      readonly charts: number;
    };

/** An assessor's workbook the user chose, as Excel takes it: the .xlsx file's bytes in base64. */
export interface ChosenWorkbook {
  readonly name: string;
  readonly base64: string;
}

/** Everything the task pane asks of Excel. Components call this, never Office.js. */
export interface WorkbookHost {
  readonly capabilities: Capabilities;
  displayLanguage(): Language | undefined;
  /**
   * Reads the data: the sheet named, else the data the pane worked on (remembered in the
   * workbook), else the active sheet; never one of the add-in's own sheets.
   */
  readSource(sheet?: string): Promise<SourceData | null>;
  /** Another sheet's cells, e.g. a second rater's scores. */
  readSheet(name: string): Promise<CellGrid | null>;
  /** Stores the column choices for the data read, and remembers that data as the pane's. */
  saveColumnChoices(
    sheetId: string,
    choices: Partial<Record<FieldId, ColumnChoice>>,
    tableName?: string | null
  ): Promise<void>;
  /** Stores an edited method in the workbook, with the day saved (null: back to the 2015 method). */
  saveMethod(method: Method | null, savedOn?: string): Promise<void>;
  apply(request: ApplyRequest): Promise<ApplyOutcome>;
  /** Writes (or refreshes in place) a sheet of printable scorecards; returns its name and card count. */
  makeScorecards(
    source: SourceData,
    report: AssessmentReport,
    lang: Language
  ): Promise<{ sheet: string; cards: number }>;
  selectCell(sheetId: string, address: string): Promise<void>;
  /** Adds the next round's scoring sheet as a new sheet (a unique name); returns its name and rows. */
  prepareRound(layout: NewRoundLayout): Promise<{ sheet: string; rows: number }>;
  /**
   * Inserts every sheet of each workbook at the end of the open one (never over a sheet) and
   * reads them; a workbook Excel refuses is reported with Excel's error code, the others go on.
   */
  insertWorkbooks(files: readonly ChosenWorkbook[]): Promise<InsertedFile[]>;
  /** Adds the gathered table as a new sheet (a unique name); returns its name and rows. */
  addGatheredSheet(layout: GatheredSheetLayout): Promise<{ sheet: string; rows: number }>;
  /**
   * Calls onChange (with the changed address) when a sheet's cells change other than by the
   * add-in's own writes; resolves to the way to stop listening.
   */
  watchData(sheetId: string, onChange: (address: string) => void): Promise<() => Promise<void>>;
}
