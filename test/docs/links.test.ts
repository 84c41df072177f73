import fs from "fs";
import path from "path";

// Every link in the repository's markdown and HTML must work for anyone who clones it: a relative
// link resolves to a file inside the repository (never "../shared/…" or another sibling folder).

const ROOT = path.resolve(__dirname, "../..");
const SKIP = new Set(["node_modules", "dist", "dist-demo", "coverage", "test-artifacts", ".git"]);

function documents(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) documents(full, found);
    else if (/\.(md|html)$/.test(entry.name)) found.push(full);
  }
  return found;
}

/**
 * The help pages are served from the root of dist/, where the build (webpack.config.js) copies
 * src/help/help*.html and docs/method.*.md: their links are resolved as served, to the repository
 * file each served path is copied from.
 */
const SERVED: readonly [RegExp, (link: string) => string][] = [
  [/^help[\w.-]*\.html$/, (link) => `src/help/${link}`],
  [/^docs\/method\.\w+\.md$/, (link) => link],
];
const isHelpPage = (relative: string) => /^src\/help\/help[\w.-]*\.html$/.test(relative);

function resolve(relative: string, link: string): string {
  const file = decodeURIComponent(link.split("#")[0]);
  if (isHelpPage(relative)) {
    const served = SERVED.find(([pattern]) => pattern.test(file));
    return path.join(ROOT, served ? served[1](file) : `dist-only/${file}`);
  }
  return path.resolve(ROOT, path.dirname(relative), file);
}

export function linksIn(text: string): string[] {
  const markdown = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  const html = [...text.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
  return [...markdown, ...html];
}

function isExternal(link: string): boolean {
  return /^(https?:|mailto:|data:)/i.test(link);
}

const CONFIGS = ["webpack.config.js", "webpack.demo.config.js"].map((f) =>
  fs.readFileSync(path.join(ROOT, f), "utf8")
);

/** "taskpane.js" in a page template is the bundle of the webpack entry "taskpane". */
function isBundle(relative: string, link: string): boolean {
  const entry = /^(\w+)\.js$/.exec(link)?.[1];
  if (!relative.endsWith(".html") || !entry) return false;
  // An entry given as a file, an object or a list of files ("demo: [shim, main]").
  return CONFIGS.some((config) => new RegExp(`\\b${entry}:\\s*[{"[]`).test(config));
}

describe("links in the repository's markdown and HTML", () => {
  const files = documents(ROOT);

  test("the docs are found (README, the method in three languages, the help page)", () => {
    const names = files.map((f) => path.relative(ROOT, f));
    expect(names).toEqual(
      expect.arrayContaining([
        "README.md",
        "docs/method.en.md",
        "docs/method.ru.md",
        "docs/method.ky.md",
        "src/help/help.html",
      ])
    );
  });

  test.each(files.map((f) => [path.relative(ROOT, f)]))(
    "%s: every relative link resolves to a file inside the repository",
    (relative) => {
      const text = fs.readFileSync(path.join(ROOT, relative), "utf8");
      const broken: string[] = [];
      for (const link of linksIn(text)) {
        if (isExternal(link) || link.startsWith("#") || isBundle(relative, link)) continue;
        const target = resolve(relative, link);
        const inside = target.startsWith(ROOT + path.sep);
        if (!inside || !fs.existsSync(target)) broken.push(link);
      }
      expect(broken).toEqual([]);
    }
  );

  test("the help pages and the docs they link to are copied to dist/ as served", () => {
    const help = fs.readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");
    const docs = linksIn(help).filter((l) => l.startsWith("docs/"));
    expect(docs.length).toBeGreaterThan(0);
    const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(config).toContain('{ from: "src/help/help*.html", to: "[name][ext]" }');
    expect(config).toContain('{ from: "docs/method.*.md", to: "docs/[name][ext]" }');
  });
});
