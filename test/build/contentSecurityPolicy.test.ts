import crypto from "crypto";
import { LOCALES, helpPage } from "../../src/functions/locales/localize";
import { readBuilt } from "../support/built";

// The built pages Office loads carry a Content-Security-Policy allowing only the add-in's own origin
// and Microsoft's office.js host (AppSource asks add-ins to load office.js from there).
const OFFICE_JS = "https://appsforoffice.microsoft.com";

function policyOf(html: string): Map<string, string[]> {
  const metas = [
    ...html.matchAll(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/gi),
  ];
  expect(metas).toHaveLength(1);
  // Before anything it governs: a policy applies only to what follows it.
  const at = metas[0].index!;
  for (const tag of ["<script", "<style", "<link"]) {
    const first = html.toLowerCase().indexOf(tag);
    if (first >= 0) expect(at).toBeLessThan(first);
  }
  return new Map(
    metas[0][1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources])
  );
}

const sourcesFor = (policy: Map<string, string[]>, directive: string) =>
  policy.get(directive) ?? policy.get("default-src") ?? [];

const sha256 = (text: string) =>
  `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

const helpPages = ["help.html", ...LOCALES.map((l) => helpPage(l.lang))];
describe.each(["taskpane.html", "score.html", ...helpPages])("the built %s", (page) => {
  const html = readBuilt(page);
  const policy = policyOf(html);

  it("loads scripts only from the add-in's origin and office.js's host, never inline or evaluated", () => {
    const scripts = sourcesFor(policy, "script-src");
    for (const source of scripts)
      expect(source).toMatch(
        new RegExp(
          `^('self'|'none'|${OFFICE_JS.replace(/[./]/g, "\\$&")}|'sha256-[A-Za-z0-9+/=]+')$`
        )
      );
    for (const tag of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const src = /\ssrc="?([^"\s>]+)/.exec(tag[1])?.[1];
      if (src) expect(src.startsWith(`${OFFICE_JS}/`) || !/^[a-z]+:|^\/\//i.test(src)).toBe(true);
      else expect(scripts).toContain(sha256(tag[2]));
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(sourcesFor(policy, "object-src")).toEqual(["'none'"]);
  });

  it("allows every inline style it has, and nothing from other hosts", () => {
    const styles = sourcesFor(policy, "style-src");
    for (const tag of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
      expect(styles.includes("'unsafe-inline'") || styles.includes(sha256(tag[1]))).toBe(true);
    for (const sources of policy.values())
      for (const source of sources) expect(source).not.toMatch(/^\*|^https?:$/);
    const hosts = [...policy.values()].flat().filter((s) => /^https?:\/\//.test(s));
    expect([...new Set(hosts)]).toEqual(page === "taskpane.html" ? [OFFICE_JS] : []);
  });
});
