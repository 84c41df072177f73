// Excel's error codes are classified in the host contract's folder, which names no Office, so the
// pane can explain them without importing the Office layer.
export { excelProblem, officeErrorCode, type ExcelProblem } from "../host/errors";
