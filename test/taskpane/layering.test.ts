import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

// Issue 11 item 2: the pane, the host contract and the custom functions do not reach into the
// Office layer (src/excel); only the pane's entry point (index.tsx) builds the Office host.
const SRC = join(__dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(path: string): string[] {
  return [...readFileSync(path, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
}

const officeLayer = (spec: string) => /(^|\/)excel(\/|$)/.test(spec);

test("the pane's components, hooks and strings import the host contract, not src/excel", () => {
  const offenders = files(join(SRC, "taskpane"))
    .filter((path) => !path.endsWith("index.tsx"))
    .flatMap((path) =>
      importsOf(path)
        .filter(officeLayer)
        .map((spec) => `${path}: ${spec}`)
    );
  expect(offenders).toEqual([]);
});

test("the host contract names no Office", () => {
  for (const path of files(join(SRC, "host"))) {
    // Comments may mention Office.js; code may not use it.
    const source = readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect({ path, office: /\b(Office|Excel)\./.test(source) }).toEqual({ path, office: false });
    expect(importsOf(path).filter(officeLayer)).toEqual([]);
  }
});

test("custom functions and the demo do not import the pane's Office layer", () => {
  const offenders = [...files(join(SRC, "functions")), join(SRC, "demo/main.ts")].flatMap((path) =>
    importsOf(path)
      .filter(officeLayer)
      .map((spec) => `${path}: ${spec}`)
  );
  expect(offenders).toEqual([]);
});
