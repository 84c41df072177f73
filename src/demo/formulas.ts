import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { SheetModel, WorkbookModel, Scalar } from "../fake-excel";

// The demo host's formula engine: HyperFormula (GPL-3.0, used only in this development host)
// evaluates the workbook, with our custom functions registered from the very function code the
// add-in's functions.js associates, under the LSG namespace.

export type CustomFunction = (...args: unknown[]) => unknown;

export interface FunctionMetadata {
  readonly id: string;
  readonly parameters: readonly {
    readonly type?: string;
    readonly dimensionality?: string;
    readonly optional?: boolean;
    readonly repeating?: boolean;
  }[];
}

/** functions.json as Excel reads it: the functions and the file-wide options. */
export interface FunctionsMetadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: readonly FunctionMetadata[];
}

/** Where Excel builds differ in what they hand a custom function, the engine can play either. */
export interface EngineOptions {
  /**
   * Pass blank cells of optional (and repeating) arguments as 0, as some Excel builds do:
   * OfficeDev/office-js #5262 (optional `any` range parameters: blanks arrive as 0), #1951 (repeating
   * matrix arguments) and #4702 (Excel on Windows passes 0 where Excel on the web passes null).
   */
  readonly blankOptionalAsZero?: boolean;
}

type Ast = Parameters<FunctionPlugin["evaluateAst"]>[0];
type State = Parameters<FunctionPlugin["evaluateAst"]>[1];
type Parameter = FunctionMetadata["parameters"][number];

const ERROR_TYPES: Record<string, ErrorType> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
  "#SPILL!": ErrorType.SPILL,
};
const ERROR_CODES = new Map(Object.entries(ERROR_TYPES).map(([code, type]) => [type, code]));

function toArgument(value: unknown, blankAsZero: boolean): unknown {
  if (value === EmptyValue || value === undefined || value === null) return blankAsZero ? 0 : null;
  // As a CustomFunctions.Error: the code Excel shows ("#DIV/0!"), not HyperFormula's name for it.
  if (value instanceof CellError) return { code: ERROR_CODES.get(value.type) ?? "#VALUE!" };
  return value;
}

function toCell(value: unknown): number | string | boolean | CellError {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  const error = value as { code?: string; message?: string } | null;
  return new CellError(ERROR_TYPES[error?.code ?? ""] ?? ErrorType.VALUE, error?.message);
}

function argumentsFor(
  args: unknown[],
  metadata: FunctionMetadata,
  options: EngineOptions
): unknown[] {
  return metadata.parameters.map((parameter, i) => {
    const value = args[i];
    if (value === undefined) return undefined;
    const blankAsZero =
      Boolean(options.blankOptionalAsZero) && Boolean(parameter.optional || parameter.repeating);
    if (value instanceof SimpleRangeValue) {
      const data = value.data.map((row) => row.map((cell) => toArgument(cell, blankAsZero)));
      return parameter.dimensionality === "matrix" ? data : data[0][0];
    }
    const cell = toArgument(value, blankAsZero);
    return parameter.dimensionality === "matrix" ? [[cell]] : cell;
  });
}

function firstError(value: unknown): CellError | undefined {
  if (value instanceof CellError) return value;
  if (value instanceof SimpleRangeValue) {
    for (const row of value.data)
      for (const cell of row) if (cell instanceof CellError) return cell;
  }
  return undefined;
}

/**
 * The error Excel answers with instead of calling the function. An error reaches a custom function
 * only when functions.json sets `allowErrorForDataTypeAny` and the parameter's type is `any`;
 * otherwise Excel does not call it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany).
 * The page does not say which error the cell then shows; we model the stricter reading: the first
 * error among the arguments, for the whole result (a spilled column collapses to that one error).
 */
function refusedWith(
  values: readonly unknown[],
  parameters: readonly Parameter[],
  allowErrors: boolean
): CellError | undefined {
  for (let i = 0; i < values.length; i++) {
    const error = firstError(values[i]);
    const accepts = allowErrors && (parameters[i]?.type ?? "any") === "any";
    if (error && !accepts) return error;
  }
  return undefined;
}

let registered: typeof FunctionPlugin | undefined;

/**
 * Registers each associated custom function in HyperFormula as LSG.<ID>, honouring functions.json's
 * options as Excel does. Registering again replaces the earlier registration.
 */
export function registerCustomFunctions(
  functions: ReadonlyMap<string, CustomFunction>,
  metadata: FunctionsMetadata,
  options: EngineOptions = {}
): void {
  const implemented: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  const allowErrors = metadata.allowErrorForDataTypeAny === true;
  class LsgFunctions extends FunctionPlugin {}
  for (const meta of metadata.functions) {
    const fn = functions.get(meta.id);
    if (!fn) continue;
    const name = `LSG.${meta.id}`;
    translations[name] = name;
    implemented[name] = declaration(meta);
    Object.assign(LsgFunctions.prototype, {
      [`call_${meta.id}`]: caller(fn, meta, allowErrors, options),
      [`size_${meta.id}`]: sizer(fn, meta),
    });
  }
  (LsgFunctions as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  if (registered) HyperFormula.unregisterFunctionPlugin(registered as never);
  HyperFormula.registerFunctionPlugin(LsgFunctions as never, {
    enGB: translations,
    enUS: translations,
  });
  registered = LsgFunctions;
}

/** HyperFormula's entry for one function: its two plugin methods, every argument taken as is. */
function declaration(meta: FunctionMetadata) {
  return {
    method: `call_${meta.id}`,
    sizeOfResultArrayMethod: `size_${meta.id}`,
    parameters: meta.parameters.map((p) => ({
      argumentType: FunctionArgumentType.ANY,
      optionalArg: Boolean(p.optional),
    })),
    vectorizationForbidden: true,
  };
}

function argumentsOf(ast: Ast): Ast[] {
  return (ast as unknown as { args: Ast[] }).args;
}

/** The plugin method that calls a function as Excel would: argument count, errors, then the call. */
function caller(
  fn: CustomFunction,
  meta: FunctionMetadata,
  allowErrors: boolean,
  options: EngineOptions
) {
  return function (this: FunctionPlugin, ast: Ast, state: State) {
    const args = argumentsOf(ast);
    const required = meta.parameters.filter((p) => !p.optional && !p.repeating).length;
    if (args.length < required || args.length > meta.parameters.length)
      return new CellError(ErrorType.NA, "Wrong number of arguments");
    // Arguments evaluated here, not through runFunction, which would stop at an error in a single
    // cell whatever functions.json says.
    const self = this as unknown as { evaluateAst: (a: Ast, s: State) => unknown };
    const values = args.map((arg) => self.evaluateAst(arg, state));
    const refused = refusedWith(values, meta.parameters, allowErrors);
    if (refused) return refused;
    try {
      const result = fn(...argumentsFor(values, meta, options)) as unknown[][];
      const cells = result.map((row) => row.map(toCell));
      return cells.length === 1 && cells[0].length === 1
        ? cells[0][0]
        : SimpleRangeValue.onlyValues(cells as never);
    } catch (error) {
      return toCell(error);
    }
  };
}

/** The plugin method for a spilled result's size: the function's own answer for arguments of that size. */
function sizer(fn: CustomFunction, meta: FunctionMetadata) {
  return function (this: FunctionPlugin, ast: Ast, state: State) {
    const args = argumentsOf(ast);
    const self = this as unknown as { arraySizeForAst: (a: Ast, s: State) => ArraySize };
    const probe = meta.parameters.map((p, i) => {
      if (i >= args.length) return undefined;
      const size = self.arraySizeForAst(args[i], state);
      if (p.dimensionality !== "matrix") return undefined;
      return Array.from({ length: size.height }, () => Array<number>(size.width).fill(0));
    });
    try {
      const result = fn(...probe) as unknown[][];
      if (result.length === 1 && result[0].length === 1) return ArraySize.scalar();
      return new ArraySize(result[0].length, result.length);
    } catch {
      return ArraySize.scalar();
    }
  };
}

/** Keeps a HyperFormula workbook in step with the in-memory workbook and answers its formula cells. */
export class DemoFormulas {
  private readonly hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  private readonly ids = new Map<string, number>();
  private readonly messages = new Map<string, string>();

  constructor(private readonly model: WorkbookModel) {
    model.formulaEngine = (sheet, row, column) => this.value(sheet, row, column);
    model.subscribe(() => this.sync());
    this.sync();
  }

  private sync(): void {
    this.hf.batch(() => {
      for (const [modelId, hfId] of [...this.ids]) {
        if (!this.model.sheetById(modelId)) {
          this.hf.removeSheet(hfId);
          this.ids.delete(modelId);
        }
      }
      for (const sheet of this.model.sheets) {
        let id = this.ids.get(sheet.id);
        if (id === undefined) {
          const name = this.hf.addSheet(sheet.name);
          id = this.hf.getSheetId(name)!;
          this.ids.set(sheet.id, id);
        } else if (this.hf.getSheetName(id) !== sheet.name) {
          this.hf.renameSheet(id, sheet.name);
        }
        this.hf.setSheetContent(id, this.raw(sheet));
      }
    });
  }

  private raw(sheet: SheetModel): (string | number | boolean | null)[][] {
    return sheet.cells.map((line) =>
      (line ?? []).map((cell) => (cell ? (cell.formula ?? cell.value) : null))
    );
  }

  private value(sheet: SheetModel, row: number, column: number): Scalar | null {
    const id = this.ids.get(sheet.id);
    if (id === undefined) return null;
    const value = this.hf.getCellValue({ sheet: id, row, col: column });
    const key = `${sheet.id}!${row}:${column}`;
    if (value instanceof DetailedCellError) {
      this.messages.set(key, value.message);
      return value.value;
    }
    this.messages.delete(key);
    return value === null ? null : (value as Scalar);
  }

  /** The message of an error cell (what Excel shows when hovering the error flag). */
  message(sheet: SheetModel, row: number, column: number): string | undefined {
    return this.messages.get(`${sheet.id}!${row}:${column}`);
  }
}
