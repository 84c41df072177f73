/* global window, URLSearchParams */
// Loaded before the add-in's unchanged functions.js: stands in for the parts of Office the
// functions use (CustomFunctions.associate/Error, Office.context.displayLanguage), so the demo
// evaluates formulas with the very code Excel would run.

export interface DemoGlobals {
  functions: Map<string, (...args: unknown[]) => unknown>;
  displayLanguage: string;
}

class CustomFunctionError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

const demoGlobals: DemoGlobals = {
  functions: new Map(),
  displayLanguage: new URLSearchParams(window.location.search).get("lang") ?? "en-US",
};

Object.assign(window, {
  demoGlobals,
  CustomFunctions: {
    Error: CustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      invalidNumber: "#NUM!",
      divisionByZero: "#DIV/0!",
      nullReference: "#NULL!",
    },
    associate: (id: string, fn: (...args: unknown[]) => unknown) =>
      demoGlobals.functions.set(id, fn),
  },
  Office: {
    context: {
      get displayLanguage() {
        return demoGlobals.displayLanguage;
      },
      requirements: { isSetSupported: () => true },
    },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
  },
});
