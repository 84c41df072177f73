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
  readonly parameters: readonly { readonly dimensionality?: string; readonly optional?: boolean }[];
}

type Ast = Parameters<FunctionPlugin["evaluateAst"]>[0];
type State = Parameters<FunctionPlugin["evaluateAst"]>[1];

const ERROR_TYPES: Record<string, ErrorType> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

function toArgument(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError)
    return { code: value.type === ErrorType.NA ? "#N/A" : `#${value.type}` };
  return value;
}

function toCell(value: unknown): number | string | boolean | CellError {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  const error = value as { code?: string; message?: string } | null;
  return new CellError(ERROR_TYPES[error?.code ?? ""] ?? ErrorType.VALUE, error?.message);
}

function argumentsFor(args: unknown[], metadata: FunctionMetadata): unknown[] {
  return metadata.parameters.map((parameter, i) => {
    const value = args[i];
    if (value === undefined) return undefined;
    if (value instanceof SimpleRangeValue) {
      const data = value.data.map((row) => row.map(toArgument));
      return parameter.dimensionality === "matrix" ? data : data[0][0];
    }
    return parameter.dimensionality === "matrix" ? [[toArgument(value)]] : toArgument(value);
  });
}

/** Registers each associated custom function in HyperFormula as LSG.<ID>. */
export function registerCustomFunctions(
  functions: ReadonlyMap<string, CustomFunction>,
  metadata: readonly FunctionMetadata[]
): void {
  const implemented: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  class LsgFunctions extends FunctionPlugin {}
  for (const meta of metadata) {
    const fn = functions.get(meta.id);
    if (!fn) continue;
    const name = `LSG.${meta.id}`;
    translations[name] = name;
    implemented[name] = {
      method: `call_${meta.id}`,
      sizeOfResultArrayMethod: `size_${meta.id}`,
      parameters: meta.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: Boolean(p.optional),
      })),
      vectorizationForbidden: true,
    };
    Object.assign(LsgFunctions.prototype, {
      [`call_${meta.id}`](this: FunctionPlugin, ast: Ast, state: State) {
        const args = (ast as unknown as { args: Ast[] }).args;
        const self = this as unknown as {
          runFunction: FunctionPlugin["runFunction"];
          metadata: (n: string) => never;
        };
        return self.runFunction(args, state, self.metadata(name), (...values: unknown[]) => {
          try {
            const result = fn(...argumentsFor(values, meta)) as unknown[][];
            const cells = result.map((row) => row.map(toCell));
            return cells.length === 1 && cells[0].length === 1
              ? cells[0][0]
              : SimpleRangeValue.onlyValues(cells as never);
          } catch (error) {
            return toCell(error);
          }
        });
      },
      // The size of a spilled result is the function's own answer for arguments of that size.
      [`size_${meta.id}`](this: FunctionPlugin, ast: Ast, state: State) {
        const args = (ast as unknown as { args: Ast[] }).args;
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
      },
    });
  }
  (LsgFunctions as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(LsgFunctions as never, {
    enGB: translations,
    enUS: translations,
  });
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
