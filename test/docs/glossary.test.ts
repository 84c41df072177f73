import fs from "fs";
import path from "path";
import {
  countsSentence,
  describeMappingError,
  findingSentence,
  POINT_FORMS,
  REPORT_LABELS,
  roundsSentence,
} from "../../src/report";
import {
  assess,
  describeValueProblem,
  MethodError,
  METHOD_2015,
  parseMethod,
  summarize,
  type ProblemKind,
} from "../../src/rubric";
import { MappingError } from "../../src/sheets";
import * as excelStrings from "../../src/taskpane/excelStrings";
import * as paneStrings from "../../src/taskpane/strings";
import { GATHER_STRINGS } from "../../src/taskpane/gatherStrings";
import { NEW_ROUND_STRINGS } from "../../src/taskpane/newRoundStrings";
import { FILE_LABELS, GATHERED_LABELS } from "../../src/report";
import { NEW_ROUND_LABELS } from "../../src/report/newRound";
import { CLI_MESSAGES, type MessageId } from "../../src/cli/messages";

// Issue 13 item 5: every Kyrgyz string uses the glossary's terms (docs/glossary.md), never the
// words the glossary rules out ("балл" for упай, "көрсөткүч" for индикатор, "ОМСУ" for ЖӨБ…).

const ROOT = path.resolve(__dirname, "../..");
const GLOSSARY = fs.readFileSync(path.join(ROOT, "docs/glossary.md"), "utf8");

interface Term {
  readonly ky: string;
  readonly avoid: readonly string[];
}

function terms(): Term[] {
  return GLOSSARY.split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Kyrgyz"))
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim())
    )
    .map(([ky, , , avoid]) => ({
      ky,
      avoid: avoid === "" ? [] : avoid.split(",").map((w) => w.trim()),
    }));
}

/** Every string value inside a value; functions are called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function")
    return strings((value as (...args: unknown[]) => unknown)(2, "E2:G2", "Барак", 3));
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

function kyrgyzTables(module: Record<string, unknown>): string[] {
  return Object.values(module).flatMap((value) =>
    typeof value === "object" && value !== null && "ky" in value
      ? strings((value as { ky: unknown }).ky)
      : []
  );
}

/** The command line's messages in Kyrgyz (src/cli/messages.ts), worded with sample values. */
function kyrgyzCliMessages(): string[] {
  const errors: Partial<Record<MessageId, unknown>> = {
    cannotScore: new MappingError(["documents", "lsg"], [], []),
    cannotPrepareRound: new MappingError(["lsg"], [], []),
    methodInvalid: { reasonsIn: () => [] },
    methodUnreadable: new SyntaxError("x"),
    unreadableWorkbook: new Error("x"),
    writeFailed: Object.assign(new Error("x"), { code: "ENOSPC" }),
  };
  const values = { file: "a.xlsx", out: "r.xlsx", folder: "d", earlier: "b.csv", option: "--x" };
  const more = { part: "x", field: "x", value: "0", lang: "x", sheet: "Барак", sheets: ["Барак"] };
  return Object.entries(CLI_MESSAGES).map(([id, templates]) =>
    (templates.ky as (values: unknown) => string)({
      ...values,
      ...more,
      raters: ["Бакыт", "Асель"],
      skipped: ["c.xlsx"],
      error: errors[id as MessageId],
    })
  );
}

function kyrgyzTexts(): string[] {
  const kinds = Object.keys(REPORT_LABELS)
    .filter((k) => k.startsWith("kind:"))
    .map((k) => k.slice(5) as ProblemKind);
  const summary = summarize([assess([2, 1, 0]), assess([3, 3, 1]), assess([0, 0, null])]);
  let methodReasons: string[] = [];
  try {
    parseMethod({ categories: [{ id: "blind", min: 0, max: 1, label: { en: "x" } }] });
  } catch (e) {
    methodReasons = (e as MethodError).reasonsIn("ky");
  }
  return [
    ...kyrgyzTables(paneStrings),
    ...kyrgyzTables({ GATHER_STRINGS, NEW_ROUND_STRINGS }),
    ...kyrgyzTables({ ...FILE_LABELS, ...GATHERED_LABELS, ...NEW_ROUND_LABELS }),
    ...kyrgyzTables(excelStrings.EXCEL_STRINGS as unknown as Record<string, unknown>),
    ...Object.values(REPORT_LABELS).map((l) => l.ky),
    ...strings(POINT_FORMS.ky),
    ...METHOD_2015.indicators.flatMap((i) => [i.name.ky, i.short.ky]),
    ...METHOD_2015.categories.flatMap((c) => [c.label.ky, c.short.ky]),
    ...kinds.map((kind) =>
      describeValueProblem({ kind, value: 1 }, "Бюджет", { min: 0, max: 3 }, "ky")
    ),
    findingSentence(summary, METHOD_2015, "ky", "2023"),
    countsSentence(3, 2, 1, "ky"),
    roundsSentence(3, [{ name: "2019", rows: 3 }], "2019", "ky"),
    describeMappingError(new MappingError(["documents", "lsg"], [], []), "ky"),
    ...methodReasons,
    ...kyrgyzCliMessages(),
  ];
}

describe("Kyrgyz strings follow docs/glossary.md", () => {
  const glossary = terms();
  const texts = kyrgyzTexts();

  test("the glossary names the four terms of the issue, and the texts are found", () => {
    const kyrgyz = glossary.map((t) => t.ky).join(" | ");
    for (const term of ["ЖӨБ", "айыл өкмөтү", "индикатор", "упай"]) expect(kyrgyz).toContain(term);
    expect(texts.length).toBeGreaterThan(150);
  });

  test.each(
    terms()
      .filter((t) => t.avoid.length > 0)
      .map((t) => [t.ky, t.avoid])
  )("%s: none of %j in a Kyrgyz string", (_, avoid) => {
    const found = texts.filter((text) =>
      (avoid as string[]).some((word) => new RegExp(`(^|[^\\p{L}])${word}`, "iu").test(text))
    );
    expect(found).toEqual([]);
  });
});
