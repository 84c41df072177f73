import fs from "fs";
import path from "path";
import { HyperFormula } from "hyperformula";
import {
  registerCustomFunctions,
  type CustomFunction,
  type FunctionMetadata,
} from "../src/demo/formulas";

// The demo host's formula engine (HyperFormula with our functions registered from functions.json),
// used here to measure what formula cells cost in a real spreadsheet engine.

export function registerFunctions(functions: Map<string, CustomFunction>): void {
  const file = path.resolve(__dirname, "../../../dist/functions.json");
  const metadata = JSON.parse(fs.readFileSync(file, "utf8")) as { functions: FunctionMetadata[] };
  registerCustomFunctions(functions, metadata);
}

/** Builds a sheet of scores with the given formulas in column D and returns its computed values there. */
export function buildSheet(scores: number[][], formulas: string[]): { columnD: unknown[] } {
  const sheet = scores.map((row, i) => [...row, formulas[i] ?? null]);
  const hf = HyperFormula.buildFromArray(sheet, {
    licenseKey: "gpl-v3",
    maxRows: Math.max(100_000, scores.length + 1),
  });
  const columnD = scores.map((_, i) => hf.getCellValue({ sheet: 0, row: i, col: 3 }));
  hf.destroy();
  return { columnD };
}
