/** What this Excel can do, by requirement set; the pane says what is missing instead of failing. */
export interface Capabilities {
  /** ExcelApi 1.7: document settings, null objects, ranges by index. Without it the pane cannot run. */
  readonly core: boolean;
  /** ExcelApi 1.6: conditional formats and suspending calculation during large writes. */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.9: finding the table under the selection; page layout and page breaks (scorecards). */
  readonly tablesUnderSelection: boolean;
  /** ExcelApi 1.13: reading merged cells. */
  readonly mergedAreas: boolean;
  /** ExcelApi 1.13: inserting the sheets of another workbook (assessors' files). */
  readonly insertSheets: boolean;
}

export const ALL_CAPABILITIES: Capabilities = {
  core: true,
  conditionalFormats: true,
  tablesUnderSelection: true,
  mergedAreas: true,
  insertSheets: true,
};

/** The features this Excel lacks, for the pane to name. */
export function missingFeatures(capabilities: Capabilities): (keyof Capabilities)[] {
  return (Object.keys(capabilities) as (keyof Capabilities)[]).filter((key) => !capabilities[key]);
}
