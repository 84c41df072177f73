import type { FunctionsMetadata } from "../../src/demo/formulas";

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

export interface BuiltFunctions {
  /** functions.json as the build writes it, after webpack.config.js's post-processing. */
  metadata: FunctionsMetadata;
  /** What the metadata plugin's generator emits, before that post-processing. */
  generated: FunctionsMetadata;
  functions: Map<string, (...args: unknown[]) => unknown>;
}

/**
 * functions.json and the id → function associations exactly as the build makes them: the metadata
 * plugin's generator on src/functions/functions.ts, then webpack.config.js's post-processing.
 */
export async function builtFunctions(): Promise<BuiltFunctions> {
  const path = require("path") as typeof import("path");
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const { withErrorInputs } = require("../../webpack.config.js");
  const source = path.resolve(__dirname, "../../src/functions/functions.ts");
  const exported = require(source) as Record<string, (...args: unknown[]) => unknown>;
  const result = await generateCustomFunctionsMetadata([source], true);
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  for (const { id, functionName } of result.associate as { id: string; functionName: string }[])
    functions.set(id, exported[functionName]);
  return {
    generated: JSON.parse(result.metadataJson),
    metadata: JSON.parse(withErrorInputs(result.metadataJson)),
    functions,
  };
}

/**
 * For a test file that computes with the built functions: builds them once before its tests (the
 * metadata generator takes seconds) and installs the runtime around each test. The object returned
 * is filled in by the time the first test runs.
 */
export function withBuiltFunctions(): BuiltFunctions {
  const built = {} as BuiltFunctions;
  beforeAll(async () => {
    Object.assign(built, await builtFunctions());
  }, 60000);
  beforeEach(() => installCustomFunctionsRuntime());
  afterEach(() => uninstallCustomFunctionsRuntime());
  return built;
}
