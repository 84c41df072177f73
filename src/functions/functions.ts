/* global CustomFunctions */
// First: supplies the built-ins Internet Explorer 11 lacks before any other module runs.
import "./es5Runtime";
import { isLanguage, languageFromTag, type Language } from "../rubric";
import { officeDisplayLanguage } from "../shared/displayLanguage";
import {
  agreementOf,
  CallError,
  callMessages,
  categoriesOf,
  coveragesOf,
  isFailure,
  totalsOf,
  type CellResult,
  type Matrix,
} from "./ranges";

// Thin wrappers only: the rubric lives in src/rubric, range handling in ./ranges.
// custom-functions-metadata-plugin reads the JSDoc below to generate functions.json and appends
// CustomFunctions.associate(...) calls for each @customfunction at build time.

function displayLanguage(): Language {
  return languageFromTag(officeDisplayLanguage()) ?? "en";
}

function toExcel<T>(result: CellResult<T>): T | CustomFunctions.Error {
  if (!isFailure(result)) return result;
  const code =
    result.error === "#N/A"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, result.message);
}

function rethrowForExcel(error: unknown): never {
  if (error instanceof CallError)
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  throw error;
}

/**
 * Total gender-sensitivity score (0–9) of an LSG: the sum of its three indicator scores, each a whole number 0–3.
 * Give one row of three cells, a block of rows (one total per row, spilled), or three separate ranges.
 * Blank score: #N/A. Wrong score (text, fraction, out of range, error): #VALUE! naming the indicator and the value.
 * @customfunction GENDERSCORE
 * @helpurl https://localhost:3000/help.html#genderscore
 * @param scores Three cells in the order documents, mechanism, budget (e.g. B2:D2); or a block of N rows × 3 columns (B2:D500) for N totals; or the documents scores alone when mechanism and budget are given separately.
 * @param [mechanism] Institutional-mechanism scores, when scores holds only the documents scores. Same size as scores.
 * @param [budget] Gender-budget scores, when scores holds only the documents scores. Same size as scores.
 * @returns {any[][]} The total 0–9 for each LSG.
 */
export function genderScore(scores: any[][], mechanism?: any[][], budget?: any[][]): any[][] {
  try {
    return totalsOf(scores as Matrix, mechanism, budget, displayLanguage()).map((row) =>
      row.map(toExcel)
    );
  } catch (error) {
    return rethrowForExcel(error);
  }
}

/**
 * Coverage of an LSG: how many of its three indicators are scored above 0 (0–3). The 2019 study's finding is phrased in it: most gender-addressing LSGs covered only one or two.
 * Same forms and errors as GENDERSCORE.
 * @customfunction COVERAGE
 * @helpurl https://localhost:3000/help.html#coverage
 * @param scores Three cells in the order documents, mechanism, budget (e.g. B2:D2); or a block of N rows × 3 columns for N results; or the documents scores alone when mechanism and budget are given separately.
 * @param [mechanism] Institutional-mechanism scores, when scores holds only the documents scores. Same size as scores.
 * @param [budget] Gender-budget scores, when scores holds only the documents scores. Same size as scores.
 * @returns {any[][]} The number of indicators above 0 for each LSG.
 */
export function coverage(scores: any[][], mechanism?: any[][], budget?: any[][]): any[][] {
  try {
    return coveragesOf(scores as Matrix, mechanism, budget, displayLanguage()).map((row) =>
      row.map(toExcel)
    );
  } catch (error) {
    return rethrowForExcel(error);
  }
}

/**
 * Agreement between two raters who scored the same LSGs: Cohen's weighted kappa (quadratic weights) on the 0–3 scale.
 * 1 is perfect agreement, 0 what chance would give; above 0.8 is usually read as almost perfect, 0.61–0.8 substantial, 0.41–0.6 moderate.
 * Pairs with a blank on either side are left out.
 * @customfunction AGREEMENT
 * @helpurl https://localhost:3000/help.html#agreement
 * @param rater1 The first rater's scores, e.g. E2:G41.
 * @param rater2 The second rater's scores for the same LSGs and indicators, a range of the same size.
 * @returns The weighted kappa.
 */
export function agreement(rater1: any[][], rater2: any[][]): number {
  let result;
  try {
    result = agreementOf(rater1 as Matrix, rater2 as Matrix, displayLanguage());
  } catch (error) {
    return rethrowForExcel(error);
  }
  if (isFailure(result)) throw toExcel(result);
  return result;
}

/**
 * Category of local policy for a total score 0–9: gender-positive (6–9), gender-addressing (3–5) or gender-blind (0–2).
 * Works on one total or a whole column of totals (spilled).
 * @customfunction POLICYCATEGORY
 * @helpurl https://localhost:3000/help.html#policycategory
 * @param total A total score 0–9, or a range of totals (e.g. E2:E500).
 * @param [language] "en", "ru" or "ky". Default: Excel's display language, else English.
 * @returns {any[][]} The category label for each total.
 */
export function policyCategory(total: any[][], language?: string): any[][] {
  try {
    let lang = displayLanguage();
    if (language !== null && language !== undefined && language !== "") {
      const chosen = String(language).trim().toLowerCase();
      if (!isLanguage(chosen)) throw new CallError(callMessages(lang).language(String(language)));
      lang = chosen;
    }
    return categoriesOf(total as Matrix, lang).map((row) => row.map(toExcel));
  } catch (error) {
    return rethrowForExcel(error);
  }
}
