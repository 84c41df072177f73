// The part of Excel's custom-functions runtime our functions use, with the same names and
// error codes as @types/custom-functions-runtime, installed as the global Excel provides.
export class FakeCustomFunctionError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctionsRuntime(): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionError,
    ErrorCode: ERROR_CODES,
    associate: (id: string, fn: (...args: unknown[]) => unknown) => {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
  };
  return associated;
}

export function uninstallCustomFunctionsRuntime(): void {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
  delete (globalThis as Record<string, unknown>).Office;
}

/** Sets Office.context.displayLanguage as Office would, for the language fallback. */
export function setDisplayLanguage(tag: string | undefined): void {
  (globalThis as Record<string, unknown>).Office =
    tag === undefined ? undefined : { context: { displayLanguage: tag } };
}
