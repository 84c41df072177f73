import { counted, plural } from "../report/numbers";

// The pane in English (STRINGS.en in strings.ts).

// Words that follow a number, in every form the language needs (Intl.PluralRules picks one).
const EN = {
  lsgRows: { one: "LSG row", other: "LSG rows" },
  rows: { one: "row", other: "rows" },
  charts: { one: "chart", other: "charts" },
  scorecards: { one: "scorecard", other: "scorecards" },
  disagreements: { one: "disagreement", other: "disagreements" },
  cells: { one: "cell", other: "cells" },
};

export const EN_STRINGS = {
  title: "Gender Scorecard",
  language: "Language",
  data: "Data",
  sourceTable: (name: string, sheet: string, rows: number) =>
    `Table “${name}” on sheet “${sheet}”: ${counted(rows, "en", EN.lsgRows)}.`,
  sourceSelection: (address: string, rows: number) =>
    `Selected range ${address}: ${counted(rows, "en", EN.lsgRows)}.`,
  sourceUsed: (address: string, rows: number) =>
    `Used range ${address}: ${counted(rows, "en", EN.lsgRows)}.`,
  headerAt: (rows: string) => `Header on row ${rows}.`,
  readAgain: "Read again",
  dataChanged: "The data in the sheet changed: the check below may be out of date. Checking again…",
  reading: "Reading the workbook…",
  empty:
    "This sheet is empty. Open the sheet with your LSG table, or select the table, then choose Read again.",
  columns: "Columns",
  columnsHelp:
    "Found from the headers. Correct any that are wrong; the choice is saved in the workbook.",
  none: "(none)",
  mappingProblem: "Some required columns were not found. Choose them below.",
  sharedColumn: (letter: string, fields: string) =>
    `Column ${letter} is chosen for ${fields}; a column can hold only one of them. Choose a column for each; nothing is scored until then.`,
  check: "Check",
  scored: "Scored",
  blankRows: "Rows with blank scores",
  invalid: "Rows with wrong values",
  disputedRows: "Rows where the raters differ",
  cellsCount: (n: number) => counted(n, "en", EN.cells),
  skippedRow: (row: number, reason: string, text: string) =>
    `Row ${row}: ${reason}${text ? ` (“${text}”)` : ""}`,
  skipped: "Rows skipped",
  noProblems: "No problems found.",
  problemsHelp: "Choose a cell to select it in the sheet.",
  more: (n: number) => `… and ${n} more`,
  apply: "Write results",
  asValues: "Values (readable without the add-in)",
  asFormulas: "Live formulas (=LSG.GENDERSCORE …)",
  applyButton: "Apply",
  writing: "Writing results…",
  done: (rows: number, columns: string, sheet: string, charts: number) =>
    `Wrote ${counted(rows, "en", EN.rows)} to columns ${columns}; “${sheet}” updated with ${counted(charts, "en", EN.charts)}.`,
  consentTitle: "Overwrite cells?",
  consentBody: (count: number, cells: string) =>
    plural(count, "en", {
      one: `1 cell where the results go already holds data (${cells}). Overwrite it?`,
      other: `${count} cells where the results go already hold data (${cells}). Overwrite them?`,
    }),
  overwrite: "Overwrite",
  cancel: "Cancel",
  failed: (message: string) => `Excel reported a problem: ${message}`,
  unsupported:
    "This version of Excel is too old for the pane (it needs ExcelApi 1.7). The LSG formulas still work.",
  missing: (features: string) => `This Excel lacks: ${features}. The pane works without them.`,
  feature: {
    conditionalFormats: "coloured categories (ExcelApi 1.6)",
    tablesUnderSelection: "finding the table under the selection (ExcelApi 1.9)",
    mergedAreas: "reading merged cells (ExcelApi 1.13)",
    insertSheets: "adding assessors' files (ExcelApi 1.13)",
    core: "document settings and ranges by index (ExcelApi 1.7)",
  },
  finding: "Finding",
  method: "Method",
  methodHelp:
    "Category thresholds and labels. Saved in the workbook; every summary says which method produced it.",
  bandLabel: "Label",
  from: "From",
  to: "To",
  saveMethod: "Save method",
  resetMethod: "Back to the 2015 method",
  methodRefused: "The method was not saved:",
  methodSaved: "Method saved in the workbook.",
  methodReset: "Back to the 2015 method, saved in the workbook.",
  methodEditedOn: (date: string) => `Edited method, saved on ${date}.`,
  resultsStale:
    "The results on the sheet were written with the earlier method: choose Apply to update them.",
  formulasNeed2015:
    "Live formulas use the 2015 method; with an edited method the results are written as values.",
  formulasNeedAdjacent: (columns: string) =>
    `Live formulas need the documents, mechanism and budget scores side by side in that order (they are in columns ${columns}): some Excel versions read a blank score given separately as 0. The results are written as values.`,
  formulasNeedOneRater:
    "Live formulas would compute one rater's scores, not the two raters' agreed ones; the results are written as values.",
  evidenceCheck: "Warn about scores above 0 without evidence",
  evidenceWarnings: "Scores without evidence",
  scorecards: "Printable scorecards",
  secondRater: "Second rater's sheet",
  ownSheetSkipped: (active: string, sheet: string) =>
    `“${active}” is one of the add-in's own sheets, not data. The pane reads sheet “${sheet}”.`,
  keptToData: (active: string, sheet: string) =>
    `The pane keeps to the data on sheet “${sheet}”; the active sheet is “${active}”.`,
  requestedSheet: (sheet: string) => `The pane reads sheet “${sheet}”, as you chose.`,
  switchTo: (sheet: string) => `Read sheet “${sheet}” instead`,
  secondRaterUnusable: (sheet: string) =>
    `Sheet “${sheet}” cannot be read as a second rater's scores; the pane shows one rater. Choose another sheet or “(none)”.`,
  secondRaterEmpty: (sheet: string) => `Sheet “${sheet}” is empty; the pane shows one rater.`,
  scorecardsDone: (sheet: string, cards: number) =>
    `“${sheet}”: ${counted(cards, "en", EN.scorecards)}, one A4 page each.`,
  scorecardsNeed: "Scorecards need ExcelApi 1.9 (page layout and page breaks).",
  disagreements: (all: number, open: number) =>
    `${counted(all, "en", EN.disagreements)} between the raters, ${open} not yet agreed.` +
    (open > 0
      ? ` Apply writes them to a Reconcile sheet; fill in "Agreed score" there and read again.`
      : ""),
  kappaHelp:
    "Weighted kappa: how much more the two raters agree than chance alone would give, near misses counting in part (1 = always the same, 0 = no better than chance).",
} as const;
