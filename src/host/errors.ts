/**
 * The one place where Excel's error codes become something the pane can explain. Codes are
 * OfficeExtension.Error.code values, listed with their meaning on learn.microsoft.com: "Error
 * handling with the application-specific JavaScript APIs" (tables "Error codes and messages" and
 * "Excel-specific error codes and messages"). Codes are not localised; messages are, and Microsoft
 * says they are not meant for end users, so the pane shows its own text for the codes below and
 * Excel's text only for the rest.
 */
export type ExcelProblem =
  /** The user is typing in a cell; Excel refuses add-in requests until Enter or Esc. */
  | "cellEditing"
  /** A protected sheet or workbook structure, or a read-only file. */
  | "accessDenied"
  /** A sheet (or table) the pane read was deleted or renamed meanwhile. */
  | "itemGone"
  /** A co-author is changing the same cells. */
  | "conflict";

const PROBLEMS: ReadonlyMap<string, ExcelProblem> = new Map<string, ExcelProblem>([
  ["InvalidOperationInCellEditMode", "cellEditing"],
  ["AccessDenied", "accessDenied"],
  ["ItemNotFound", "itemGone"],
  ["Conflict", "conflict"],
]);

/** The Office error code of a failed request, if the error is one. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** What the pane should tell the user about an error from Excel; null when it has nothing better than Excel's text. */
export function excelProblem(error: unknown): ExcelProblem | null {
  const code = officeErrorCode(error);
  return (code !== null && PROBLEMS.get(code)) || null;
}
