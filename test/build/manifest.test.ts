import fs from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { execFileSync } from "child_process";
import { LOCALES, helpPage, metadataFile } from "../../src/functions/locales/localize";

// Offline checks: `npm run validate` asks Microsoft's web service, which CI cannot reach.
const root = path.resolve(__dirname, "../..");
const manifestPath = path.join(root, "manifest.xml");
const xml = fs.readFileSync(manifestPath, "utf8");

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  preserveOrder: true,
});
const tree = parser.parse(xml) as Node[];

/** Every element in document order, with its tag name and attributes. */
function* elements(
  nodes: Node[]
): Generator<{ tag: string; attrs: Record<string, string>; children: Node[] }> {
  for (const node of nodes) {
    const tag = Object.keys(node).find((k) => k !== ":@" && k !== "#text");
    if (!tag) continue;
    const children = (node[tag] as Node[]) ?? [];
    yield { tag, attrs: (node[":@"] as Record<string, string>) ?? {}, children };
    yield* elements(children);
  }
}
const all = [...elements(tree)];

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("is read by office-addin-manifest with the expected identity", () => {
    // In a child process: office-addin-manifest loads an ES module that jest's CommonJS runtime cannot.
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((info) => process.stdout.write(JSON.stringify(info)))`;
    const info = JSON.parse(
      execFileSync(process.execPath, ["-e", script, manifestPath], { cwd: root, encoding: "utf8" })
    );
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.displayName).toBe("Gender Scorecard");
    expect(info.hosts).toEqual(["Workbook"]);
  });

  it("defines every resource id it uses, once, within 32 characters", () => {
    const defined = all
      .filter((e) => ["bt:Image", "bt:Url", "bt:String"].includes(e.tag))
      .map((e) => e.attrs["@id"])
      .filter(Boolean);
    expect(new Set(defined).size).toBe(defined.length);
    const used = all.filter((e) => e.attrs["@resid"]).map((e) => e.attrs["@resid"]);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) {
      expect(defined).toContain(resid);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  it("uses one resid for the shared runtime everywhere, with Runtimes first in Host", () => {
    const host = all.find((e) => e.tag === "Host" && e.attrs["@xsi:type"] === "Workbook")!;
    const firstChild = host.children.map((n) => Object.keys(n)[0])[0];
    expect(firstChild).toBe("Runtimes");
    const runtime = all.find((e) => e.tag === "Runtime")!;
    expect(runtime.attrs["@lifetime"]).toBe("long");
    const shared = runtime.attrs["@resid"];
    const page = all.findIndex((e) => e.tag === "Page");
    const pageLocation = all.slice(page).find((e) => e.tag === "SourceLocation")!;
    expect(pageLocation.attrs["@resid"]).toBe(shared);
    expect(all.find((e) => e.tag === "FunctionFile")!.attrs["@resid"]).toBe(shared);
    const action = all.findIndex((e) => e.tag === "Action");
    expect(all.slice(action).find((e) => e.tag === "SourceLocation")!.attrs["@resid"]).toBe(shared);
  });

  it("names the custom-function namespace LSG and points at the built files", () => {
    const strings = new Map(
      all
        .filter((e) => e.tag === "bt:String")
        .map((e) => [e.attrs["@id"], e.attrs["@DefaultValue"]])
    );
    const urls = new Map(
      all.filter((e) => e.tag === "bt:Url").map((e) => [e.attrs["@id"], e.attrs["@DefaultValue"]])
    );
    expect(strings.get("Functions.Namespace")).toBe("LSG");
    expect(urls.get("Functions.Script.Url")).toMatch(/\/functions\.js$/);
    expect(urls.get("Functions.Metadata.Url")).toMatch(/\/functions\.json$/);
    expect(urls.get("Taskpane.Url")).toMatch(/\/taskpane\.html$/);
  });

  it("points each language at its own functions metadata and help page, for no other locale", () => {
    const overrides = (tag: string, id?: string) => {
      const element = all.find((e) => e.tag === tag && (!id || e.attrs["@id"] === id))!;
      const base = element.attrs["@DefaultValue"];
      return {
        base,
        byLocale: [...elements(element.children)]
          .filter((e) => e.tag === "bt:Override" || e.tag === "Override")
          .map((e) => [e.attrs["@Locale"], e.attrs["@Value"]]),
      };
    };
    // Microsoft's page: bt:Override on the metadata URL, one file per language.
    // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming#localize-custom-functions
    const sameFolder = (base: string, file: string) => base.replace(/[^/]+$/, file);
    const metadata = overrides("bt:Url", "Functions.Metadata.Url");
    expect(metadata.byLocale).toEqual(
      LOCALES.map((l) => [l.locale, sameFolder(metadata.base, metadataFile(l.lang))])
    );
    for (const help of [overrides("bt:Url", "Help.Url"), overrides("SupportUrl")]) {
      expect(help.base).toMatch(/\/help\.html$/);
      expect(help.byLocale).toEqual(
        LOCALES.map((l) => [l.locale, sameFolder(help.base, helpPage(l.lang))])
      );
    }
    const locales = all.filter((e) => e.attrs["@Locale"]).map((e) => e.attrs["@Locale"]);
    expect(locales.length).toBeGreaterThan(10);
    expect([...new Set(locales)].sort()).toEqual(LOCALES.map((l) => l.locale).sort());
  });

  it("uses https everywhere and ships every icon it names", () => {
    const urls = all
      .flatMap((e) => Object.values(e.attrs))
      .filter(
        (v) =>
          /^[a-z]+:\/\//i.test(v) &&
          !v.includes("schemas.microsoft.com") &&
          !v.includes("www.w3.org")
      );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    for (const url of urls.filter((u) => u.endsWith(".png"))) {
      expect(fs.existsSync(path.join(root, new URL(url).pathname))).toBe(true);
    }
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    const inside = (section: string) => {
      const at = all.findIndex((e) => e.tag === section);
      return elements(all[at].children as Node[]);
    };
    for (const e of inside("bt:ShortStrings"))
      if (e.attrs["@DefaultValue"])
        expect(e.attrs["@DefaultValue"].length).toBeLessThanOrEqual(125);
    for (const e of inside("bt:LongStrings"))
      if (e.attrs["@DefaultValue"])
        expect(e.attrs["@DefaultValue"].length).toBeLessThanOrEqual(250);
  });

  it("requires the sets README's support matrix is drawn from, and only those", () => {
    const sets = all
      .filter((e) => e.tag === "Set")
      .map((e) => `${e.attrs["@Name"]} ${e.attrs["@MinVersion"]}`);
    expect(sets.sort()).toEqual(["CustomFunctionsRuntime 1.2", "SharedRuntime 1.1"]);
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const support = readme.slice(readme.indexOf("**Where it runs.**"));
    expect(support.split("\n\n")[0]).toContain(
      "requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.2"
    );
  });

  it("asks only for the permission it needs to read and write the workbook", () => {
    expect(all.find((e) => e.tag === "Permissions")!.children).toEqual([
      { "#text": "ReadWriteDocument" },
    ]);
  });
});
