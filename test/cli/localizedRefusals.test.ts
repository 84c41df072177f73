import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { writeFailure } from "../../src/cli/outPath";
import { CLI_MESSAGES, type MessageId } from "../../src/cli/messages";
import type { Language } from "../../src/rubric";
import { englishWords } from "../support/englishWords";
import { runCli, SAMPLE, tempDir } from "./run";

// Every refusal of the command line is printed in the language of --lang (src/cli/messages.ts):
// each message id is run into, in Russian and in Kyrgyz, with the exit code of a user's error.

const dir = tempDir();
const at = (name: string) => path.join(dir, name);
const XLSX = at("assessment.xlsx");
const NO_SHEETS = at("no-sheets.xlsx");
const COPY = at("copy.csv");
const NO_COLUMNS = at("no-columns.csv");
const NO_NAMES = at("no-names.csv");
const TWO_RATERS = at("two-raters.csv");
const OURS = at("ours");
const EMPTY = at("empty");
const LOCKED = at("locked");

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Оценка");
  sheet.addRows([
    ["ОМСУ", "Документы", "Механизм", "Бюджет"],
    ["Аламүдүн а/о", 1, 0, 0],
  ]);
  await workbook.xlsx.writeFile(XLSX);
  await new ExcelJS.Workbook().xlsx.writeFile(NO_SHEETS);
  fs.copyFileSync(SAMPLE, COPY);
  fs.copyFileSync(XLSX, at("renamed.csv"));
  fs.writeFileSync(NO_COLUMNS, "Область,Район\nЧуйская,Аламүдүн\n");
  fs.writeFileSync(NO_NAMES, "ОМСУ,Документы,Механизм,Бюджет\n,1,0,0\n");
  fs.writeFileSync(
    TWO_RATERS,
    "ОМСУ,Оценщик,Документы,Механизм,Бюджет\nА,Бакыт,1,0,0\nА,Асель,2,0,0\n"
  );
  fs.writeFileSync(at("bad.xlsx"), "not a workbook");
  fs.writeFileSync(at("exists.xlsx"), "keep");
  fs.writeFileSync(at("plain.txt"), "keep");
  fs.writeFileSync(at("notes.txt"), "keep");
  fs.writeFileSync(
    at("gap.json"),
    JSON.stringify({ categories: [{ id: "positive", min: 7, max: 9 }] })
  );
  fs.writeFileSync(at("broken.json"), "{ not json");
  fs.mkdirSync(at("folder.xlsx"));
  fs.mkdirSync(EMPTY);
  fs.symlinkSync("/dev/null", at("device.csv"));
  fs.symlinkSync("/dev/null", at("device.xlsx"));
  fs.mkdirSync(OURS);
  expect((await runCli(SAMPLE, "--out", path.join(OURS, "all.xlsx"))).code).toBe(0);
  fs.mkdirSync(LOCKED);
  fs.chmodSync(LOCKED, 0o555);
});

type Values = Record<string, unknown> | undefined;

interface Case {
  readonly id: MessageId;
  readonly args: readonly string[];
  /** The values the line is worded from, when they can be written down here. */
  readonly values?: Values;
  /** Otherwise, how the line begins in each language (the rest is another module's wording). */
  readonly starts?: Record<"ru" | "ky", string>;
}

const out = at("result.xlsx");
const CASES: readonly Case[] = [
  { id: "unknownOption", args: [SAMPLE, "--colour"], values: { option: "--colour" } },
  { id: "optionNeedsValue", args: [SAMPLE, "--sheet"], values: { option: "--sheet" } },
  { id: "optionTakesNoValue", args: [SAMPLE, "--json=yes"], values: { option: "--json" } },
  { id: "noInput", args: [] },
  { id: "mapNotFieldColumn", args: [SAMPLE, "--map", "documents"], values: { part: "documents" } },
  { id: "mapUnknownField", args: [SAMPLE, "--map", "gender=D"], values: { field: "gender" } },
  { id: "headerRowNotRow", args: [SAMPLE, "--header-row", "zero"], values: { value: "zero" } },
  { id: "ratersNotOneOrTwo", args: [SAMPLE, "--raters", "3"], values: { value: "3" } },
  { id: "newRoundNoLabel", args: [SAMPLE, "--new-round", " "] },
  { id: "scorecardsNeedOut", args: [SAMPLE, "--scorecards"] },
  { id: "secondSheetNeedsXlsx", args: [SAMPLE, "--second-sheet", "Б"] },
  { id: "secondSheetGathered", args: [SAMPLE, COPY, "--second-sheet", "Б"] },
  { id: "newRoundGathered", args: [SAMPLE, COPY, "--new-round", "2025", "--out", out] },
  { id: "newRoundNeedsOut", args: [SAMPLE, "--new-round", "2025"] },
  { id: "newRoundScoresNothing", args: [SAMPLE, "--new-round", "2025", "--out", out, "--json"] },
  {
    id: "methodUnreadable",
    args: [SAMPLE, "--method", at("missing.json")],
    starts: {
      ru: `Не удалось прочитать методику ${at("missing.json")}: такого файла или папки нет.`,
      ky: `${at("missing.json")} методикасын окуу мүмкүн эмес: мындай файл же папка жок.`,
    },
  },
  {
    id: "methodUnreadable",
    args: [SAMPLE, "--method", at("broken.json")],
    starts: {
      ru: `Не удалось прочитать методику ${at("broken.json")}: это некорректный JSON (техническая причина: «`,
      ky: `${at("broken.json")} методикасын окуу мүмкүн эмес: бул туура JSON эмес (техникалык себеби: «`,
    },
  },
  {
    id: "methodInvalid",
    args: [SAMPLE, "--method", at("gap.json")],
    starts: {
      ru: `${at("gap.json")}: методика не годится: `,
      ky: `${at("gap.json")}: методиканы колдонууга болбойт: `,
    },
  },
  {
    id: "cannotScore",
    args: [NO_COLUMNS],
    starts: {
      ru: `Не удалось оценить ${NO_COLUMNS}: нет столбца для: `,
      ky: `${NO_COLUMNS} файлын баалоо мүмкүн эмес: бул талаалар үчүн мамыча жок: `,
    },
  },
  {
    id: "cannotScore",
    args: [NO_COLUMNS, COPY],
    starts: { ru: `Не удалось оценить ${NO_COLUMNS}: `, ky: `${NO_COLUMNS} файлын баалоо` },
  },
  {
    id: "cannotPrepareRound",
    args: [NO_COLUMNS, "--new-round", "2025", "--out", out],
    starts: {
      ru: `Не удалось подготовить раунд по ${NO_COLUMNS}: нет столбца для: `,
      ky: `${NO_COLUMNS} файлынан раунд даярдоо мүмкүн эмес: `,
    },
  },
  {
    id: "noLsgNames",
    args: [NO_NAMES, "--new-round", "2025", "--out", out],
    values: { file: NO_NAMES },
  },
  {
    id: "twoRatersGathered",
    args: [COPY, TWO_RATERS],
    values: { file: TWO_RATERS, raters: ["Бакыт", "Асель"] },
  },
  { id: "emptyFolder", args: [EMPTY], values: { folder: EMPTY } },
  { id: "givenTwice", args: [SAMPLE, SAMPLE], values: { file: SAMPLE, earlier: SAMPLE } },
  { id: "nothingLeft", args: [OURS], values: { skipped: [path.join(OURS, "all.xlsx")] } },
  { id: "notXlsxOrCsv", args: [at("notes.txt")], values: { file: at("notes.txt") } },
  { id: "notAFile", args: [at("device.csv")], values: { file: at("device.csv") } },
  { id: "noSuchFile", args: [at("missing.csv")], values: { file: at("missing.csv") } },
  { id: "sheetOnCsv", args: [SAMPLE, "--sheet", "Лист1"], values: { file: SAMPLE } },
  { id: "xlsxNamedCsv", args: [at("renamed.csv")], values: { file: at("renamed.csv") } },
  {
    id: "unreadableWorkbook",
    args: [at("bad.xlsx")],
    starts: {
      ru: `Не удалось прочитать ${at("bad.xlsx")} как книгу Excel (.xlsx): файл повреждён или не является книгой Excel (техническая причина: «`,
      ky: `${at("bad.xlsx")} файлын Excel китеби (.xlsx) катары окуу мүмкүн эмес: файл бузулган же Excel китеби эмес (техникалык себеби: «`,
    },
  },
  { id: "noWorksheets", args: [NO_SHEETS], values: { file: NO_SHEETS } },
  {
    id: "noSheet",
    args: [XLSX, "--sheet", "Итоги"],
    values: { file: XLSX, sheet: "Итоги", sheets: ["Оценка"] },
  },
  { id: "outNotXlsx", args: [SAMPLE, "--out", at("r.csv")], values: { out: at("r.csv") } },
  {
    id: "outNamesFolder",
    args: [SAMPLE, "--out", at("new.xlsx/")],
    values: { out: at("new.xlsx/") },
  },
  { id: "outIsInput", args: [XLSX, "--out", XLSX], values: { out: XLSX } },
  {
    id: "outIsFolder",
    args: [SAMPLE, "--out", at("folder.xlsx")],
    values: { out: at("folder.xlsx") },
  },
  {
    id: "outNotRegular",
    args: [SAMPLE, "--out", at("device.xlsx")],
    values: { out: at("device.xlsx") },
  },
  {
    id: "outExists",
    args: [SAMPLE, "--out", at("exists.xlsx")],
    values: { out: at("exists.xlsx") },
  },
  {
    id: "outUnderFile",
    args: [SAMPLE, "--out", at("plain.txt/x.xlsx")],
    values: { out: at("plain.txt/x.xlsx"), file: at("plain.txt") },
  },
  {
    id: "outNoFolder",
    args: [SAMPLE, "--out", at("missing/x.xlsx")],
    values: { out: at("missing/x.xlsx"), folder: at("missing") },
  },
  {
    id: "outNoPermission",
    args: [SAMPLE, "--out", path.join(LOCKED, "x.xlsx")],
    values: { out: path.join(LOCKED, "x.xlsx"), folder: LOCKED },
  },
];

/** Root may write anywhere: the run is made as "nobody" then, as in outPath.test.ts. */
async function runAsUser(args: readonly string[]) {
  const asRoot = process.geteuid?.() === 0;
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    process.seteuid!(65534);
  }
  try {
    return await runCli(...args);
  } finally {
    if (asRoot) process.seteuid!(0);
  }
}

function worded(id: MessageId, values: Values, lang: Language): string {
  return (CLI_MESSAGES[id][lang] as (values: Values) => string)(values);
}

/** What is left to be Russian or Kyrgyz: paths, option names and file extensions are typed as is. */
function prose(line: string): string {
  const paths = new RegExp(`(${escape(dir)}|${escape(SAMPLE)})[^\\s:;,()]*`, "g");
  return line
    .replace(paths, " ")
    .replace(/--[a-z-]+/g, " ")
    .replace(/\.(xlsx|csv)\b/g, " ");
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.each(["ru", "ky"] as const)("--lang %s: every refusal in that language", (lang) => {
  test.each(CASES.map((c) => [c.id, c] as const))("%s", async (_, { id, args, values, starts }) => {
    const run = id === "outNoPermission" ? runAsUser : (a: readonly string[]) => runCli(...a);
    const result = await run([...args, "--lang", lang]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const line = result.stderr.replace(/^gender-scorecard: /, "").replace(/\n$/, "");
    expect(line).not.toContain("\n");
    if (starts) expect(line.startsWith(starts[lang])).toBe(true);
    else expect(line).toBe(worded(id, values, lang));
    // Technical details of a library are quoted verbatim, as user text is.
    expect(englishWords(prose(line))).toEqual([]);
    const english = await run(args);
    expect(english.code).toBe(2);
    expect(english.stderr).not.toBe(result.stderr);
  });

  test("a failure to write --out after the checks (a full disk)", () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
    });
    const refusal = writeFailure("r.xlsx", full)!;
    expect(refusal.message).toBe("Cannot write r.xlsx: ENOSPC: no space left on device, write");
    expect(refusal.in(lang)).toBe(
      {
        ru: "Не удалось записать r.xlsx: на диске нет места.",
        ky: "r.xlsx жазылбайт: дискте орун жок.",
      }[lang]
    );
  });
});

test("every message of the catalogue is run into above", () => {
  const run = new Set<string>([...CASES.map((c) => c.id), "writeFailed", "unknownLanguage"]);
  // A skipped file is named inside the refusal of a folder with nothing else to score.
  run.add("skippedResults");
  expect(Object.keys(CLI_MESSAGES).filter((id) => !run.has(id))).toEqual([]);
  expect(Object.keys(CLI_MESSAGES).length).toBeGreaterThanOrEqual(40);
});
