import vm from "vm";
import { parse } from "acorn";
import { ERROR_CODES, FakeCustomFunctionError } from "../support/customFunctionsRuntime";
import { readBuilt } from "../support/built";

// Where the functions run: on Windows without WebView2, an add-in with a <Runtimes> element runs in
// Internet Explorer 11 (learn.microsoft.com/javascript/api/manifest/runtimes). Checked on what
// Excel loads: the built dist/functions.js (npm test builds first).
// The built-ins of ES5 (ECMA-262 5.1), the most Internet Explorer 11 can be trusted with.
const ES5: Record<string, string[]> = {
  Object:
    "keys create defineProperty defineProperties getPrototypeOf getOwnPropertyNames getOwnPropertyDescriptor freeze isFrozen seal isSealed preventExtensions isExtensible".split(
      " "
    ),
  "Array.prototype":
    "concat join pop push reverse shift slice sort splice unshift indexOf lastIndexOf every some forEach map filter reduce reduceRight toString toLocaleString".split(
      " "
    ),
  Array: ["isArray"],
  "String.prototype":
    "charAt charCodeAt concat indexOf lastIndexOf localeCompare match replace search slice split substring substr toLowerCase toLocaleLowerCase toUpperCase toLocaleUpperCase trim toString valueOf".split(
      " "
    ),
  String: ["fromCharCode"],
  Number: "MAX_VALUE MIN_VALUE NaN NEGATIVE_INFINITY POSITIVE_INFINITY".split(" "),
  "Number.prototype": "toString toLocaleString valueOf toFixed toExponential toPrecision".split(
    " "
  ),
  Math: "E LN10 LN2 LOG2E LOG10E PI SQRT1_2 SQRT2 abs acos asin atan atan2 ceil cos exp floor log max min pow random round sin sqrt tan".split(
    " "
  ),
};

/**
 * A context with only ES5's built-ins, plus Map, Set and WeakMap as Internet Explorer 11 has them:
 * no Symbol (so no for…of over them), and constructors that ignore the items they are given.
 */
function ie11Context(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(
    `(function (es5) {
      var always = ["prototype", "length", "name", "constructor"];
      Object.keys(es5).forEach(function (where) {
        var target = where.split(".").reduce(function (o, k) { return o[k]; }, this);
        Object.getOwnPropertyNames(target).forEach(function (key) {
          if (es5[where].indexOf(key) < 0 && always.indexOf(key) < 0) delete target[key];
        });
      }, this);
      this.window = this;
      this.self = this;
      ["Symbol", "Promise", "Proxy", "Reflect", "WeakSet", "globalThis"].forEach(function (name) { delete this[name]; }, this);
      ["Map", "Set", "WeakMap"].forEach(function (name) {
        var Native = this[name];
        var Ie11 = function () { return new Native(); };
        Ie11.prototype = Native.prototype;
        this[name] = Ie11;
      }, this);
    }).call(this, ${JSON.stringify(ES5)});`,
    context
  );
  return context;
}

describe("dist/functions.js where Internet Explorer 11 runs it", () => {
  const code = readBuilt("functions.js");

  it("parses as ES5", () => {
    expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
  });

  it("stays small (under 40 KB minified)", () => {
    expect(Buffer.byteLength(code)).toBeLessThan(40 * 1024);
  });

  it("computes with ES5's built-ins and Internet Explorer 11's Set and Map only", () => {
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    const context = ie11Context({
      CustomFunctions: {
        Error: FakeCustomFunctionError,
        ErrorCode: ERROR_CODES,
        associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      },
      Office: { context: { displayLanguage: "ru-RU" } },
    });
    // The context really lacks them.
    expect(
      vm.runInContext("typeof Symbol + typeof Number.isInteger + new Set([1]).size", context)
    ).toBe("undefinedundefined0");
    vm.runInContext(code, context);
    const call = (id: string, ...args: unknown[]) => associated.get(id)!(...args);
    expect(
      call("GENDERSCORE", [
        [1, 0, 2],
        [3, 3, 3],
      ])
    ).toEqual([[3], [9]]);
    expect(call("COVERAGE", [[1, 0, 2]])).toEqual([[2]]);
    expect(call("AGREEMENT", [[0], [1], [2], [3]], [[0], [2], [2], [3]])).toBeCloseTo(0.9, 12);
    expect(call("POLICYCATEGORY", [[3]], "ky")).toEqual([
      ["гендердик маселелерди чечүүгө багытталган саясат"],
    ]);
    const [[blank], [error]] = call("GENDERSCORE", [
      [1, null, 1],
      [1, 1, new FakeCustomFunctionError("#DIV/0!")],
    ]) as FakeCustomFunctionError[][];
    expect(blank.code).toBe("#N/A");
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Бюджет: .*#DIV\/0!/);
    expect(() => call("POLICYCATEGORY", [[3]], "de")).toThrow(/«de»/);
  });
});
