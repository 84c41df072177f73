import { JSDOM } from "jsdom";
import { parse } from "acorn";
import { BROWSER_UNSUPPORTED } from "../../src/taskpane/strings";
import { readBuilt } from "../support/built";

// The pane page's ES5 browser check (dist/browserCheck.js, run before the pane's bundle): where Excel
// runs the add-in in Internet Explorer 11 or the old Edge, the user reads why the pane cannot run,
// in their language, instead of "Gender Scorecard…" for ever.
const code = readBuilt("browserCheck.js");
const body = readBuilt("taskpane.html").replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, "");

function page(query = "", prepare = "") {
  const dom = new JSDOM(
    `<!doctype html><body>${body.replace(/<script[\s\S]*?<\/script>/g, "")}</body>`,
    {
      url: `https://localhost:3000/taskpane.html${query}`,
      runScripts: "outside-only",
    }
  );
  dom.window.eval(prepare);
  dom.window.eval(code);
  const app = () => dom.window.document.getElementById("app")!;
  return { dom, app };
}

function syntaxErrorIn(dom: JSDOM, file: string, name = "SyntaxError") {
  const error = new dom.window.Error("Unexpected token '.'");
  error.name = name;
  dom.window.dispatchEvent(
    new dom.window.ErrorEvent("error", {
      filename: `https://localhost:3000/${file}`,
      error,
      message: error.message,
    })
  );
}

describe("the pane page's browser check", () => {
  it("parses as ES5", () => {
    expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
  });

  it("in a browser without Promise and Symbol (Internet Explorer 11) says so, in Office's display language", () => {
    const { app } = page(
      "?_host_Info=Excel$Win32$16.01$ru-RU$$$$0",
      "delete window.Promise; delete window.Symbol;"
    );
    expect(app().textContent).toBe(BROWSER_UNSUPPORTED.ru);
    expect(app().querySelector("[role=alert]")).not.toBeNull();
  });

  it("when the pane's bundle fails to parse (the old Edge), says so in the browser's language", () => {
    const { dom, app } = page(
      "",
      "Object.defineProperty(navigator, 'language', { value: 'ky-KG' });"
    );
    expect(app().textContent).toBe("Gender Scorecard…");
    syntaxErrorIn(dom, "taskpane.js");
    expect(app().textContent).toBe(BROWSER_UNSUPPORTED.ky);
  });

  it("leaves a working pane alone: no message for other errors, other files, or once the pane has rendered", () => {
    const { dom, app } = page();
    syntaxErrorIn(dom, "taskpane.js", "TypeError");
    syntaxErrorIn(dom, "other.js");
    expect(app().textContent).toBe("Gender Scorecard…");
    app().innerHTML = "<main>the pane</main>";
    syntaxErrorIn(dom, "taskpane.js");
    expect(app().textContent).toBe("the pane");
  });
});
