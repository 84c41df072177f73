// A stand-in for Excel's custom-functions runtime so the real wrappers can run under Node.
export function installRuntime(): void {
  class RuntimeError {
    constructor(
      public code: string,
      public message?: string
    ) {}
  }
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: RuntimeError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: () => undefined,
  };
}
