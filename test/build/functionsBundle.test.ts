import vm from "vm";
import { ERROR_CODES, FakeCustomFunctionError } from "../support/customFunctionsRuntime";
import { readBuilt } from "../support/built";

// Checks what Excel actually loads: the built functions.json and functions.js (npm test builds first).

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean; type?: string }[];
}

describe("the built custom functions", () => {
  const metadata = JSON.parse(readBuilt("functions.json")) as {
    allowErrorForDataTypeAny?: boolean;
    functions: FunctionMetadata[];
  };
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  vm.runInNewContext(readBuilt("functions.js"), {
    CustomFunctions: {
      Error: FakeCustomFunctionError,
      ErrorCode: ERROR_CODES,
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        if (associated.has(id)) throw new Error(`${id} associated twice`);
        associated.set(id, fn);
      },
    },
  });

  it("declares in functions.json exactly the ids the bundle associates, one to one", () => {
    const declared = metadata.functions.map((f) => f.id).sort();
    expect(declared).toEqual(["AGREEMENT", "COVERAGE", "GENDERSCORE", "POLICYCATEGORY"]);
    expect([...associated.keys()].sort()).toEqual(declared);
    expect(new Set(declared).size).toBe(declared.length);
  });

  // Without the flag Excel never calls a function whose argument holds an error; with it, every
  // parameter of type any receives errors (learn.microsoft.com: custom-functions-json,
  // #allowerrorfordatatypeany; it is a top-level property, not a per-function option).
  it("lets errors reach every function: allowErrorForDataTypeAny, and every range parameter of type any", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    for (const fn of metadata.functions) {
      const ranges = fn.parameters.filter((p) => p.name !== "language");
      expect(ranges.length).toBeGreaterThan(0);
      for (const parameter of ranges)
        expect([fn.id, parameter.type ?? "any"]).toEqual([fn.id, "any"]);
    }
  });

  it("describes every function and parameter, with a help link", () => {
    for (const fn of metadata.functions) {
      expect(fn.description?.length).toBeGreaterThan(20);
      expect(fn.helpUrl).toMatch(/^https:\/\/.+help\.html#/);
      for (const parameter of fn.parameters)
        expect(parameter.description?.length).toBeGreaterThan(5);
    }
  });

  it("declares the optional parameters as optional", () => {
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    expect(byId.get("GENDERSCORE")!.parameters.map((p) => Boolean(p.optional))).toEqual([
      false,
      true,
      true,
    ]);
    expect(byId.get("POLICYCATEGORY")!.parameters.map((p) => Boolean(p.optional))).toEqual([
      false,
      true,
    ]);
  });

  it("runs the associated functions from the bundle as Excel would", () => {
    expect(associated.get("GENDERSCORE")!([[1, 0, 2]])).toEqual([[3]]);
    expect(associated.get("COVERAGE")!([[1, 0, 2]])).toEqual([[2]]);
    expect(associated.get("AGREEMENT")!([[0], [1], [2], [3]], [[0], [2], [2], [3]])).toBeCloseTo(
      0.9,
      12
    );
    expect(associated.get("POLICYCATEGORY")!([[3]], "ru")).toEqual([
      ["политика, направленная на решение гендерных вопросов"],
    ]);
  });
});
