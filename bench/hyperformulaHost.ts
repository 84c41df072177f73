import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";

// Registers our real GENDERSCORE wrapper in HyperFormula, an open-source spreadsheet engine
// (GPL-3.0, used here only as a development tool), so that a formula's per-cell cost can be
// measured in a real engine: parsing, dependency tracking, evaluation and spilling.

type Fn = (...args: unknown[][][]) => unknown[][];

function toCellValue(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof CellError)
    return { code: `#${value.type === ErrorType.NA ? "N/A" : value.type}` };
  return value;
}

function fromResult(value: unknown): number | string | CellError {
  if (typeof value === "number" || typeof value === "string") return value;
  const error = value as { code?: string; message?: string };
  return new CellError(error.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, error.message);
}

export function registerGenderScore(genderScore: Fn): void {
  class LsgPlugin extends FunctionPlugin {
    static override implementedFunctions = {
      GENDERSCORE: {
        method: "genderScore",
        sizeOfResultArrayMethod: "genderScoreSize",
        parameters: [{ argumentType: FunctionArgumentType.RANGE }],
        vectorizationForbidden: true,
      },
    };

    genderScore(
      ast: Parameters<FunctionPlugin["evaluateAst"]>[0],
      state: Parameters<FunctionPlugin["evaluateAst"]>[1]
    ) {
      const args = (ast as unknown as { args: Parameters<FunctionPlugin["evaluateAst"]>[0][] })
        .args;
      return this.runFunction(
        args,
        state,
        this.metadata("GENDERSCORE"),
        (range: SimpleRangeValue) => {
          const scores = range.data.map((row) => row.map(toCellValue));
          const result = genderScore(scores).map((row) => row.map(fromResult));
          return result.length === 1 ? result[0][0] : SimpleRangeValue.onlyValues(result as never);
        }
      );
    }

    genderScoreSize(
      ast: Parameters<FunctionPlugin["evaluateAst"]>[0],
      state: Parameters<FunctionPlugin["evaluateAst"]>[1]
    ) {
      const args = (ast as unknown as { args: Parameters<FunctionPlugin["evaluateAst"]>[0][] })
        .args;
      if (args.length !== 1) return ArraySize.error();
      const size = this.arraySizeForAst(args[0], state);
      return size.height === 1 ? ArraySize.scalar() : new ArraySize(1, size.height);
    }
  }
  HyperFormula.registerFunctionPlugin(LsgPlugin, { enGB: { GENDERSCORE: "GENDERSCORE" } });
}

/** Builds a sheet of scores with the given formulas in column D and returns its computed values there. */
export function buildSheet(
  scores: number[][],
  formulas: string[]
): { hf: HyperFormula; columnD: unknown[] } {
  const sheet = scores.map((row, i) => [...row, formulas[i] ?? null]);
  const hf = HyperFormula.buildFromArray(sheet, {
    licenseKey: "gpl-v3",
    maxRows: Math.max(100_000, scores.length + 1),
  });
  const columnD = scores.map((_, i) => hf.getCellValue({ sheet: 0, row: i, col: 3 }));
  return { hf, columnD };
}
