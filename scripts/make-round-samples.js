// Writes the next round's sample: two assessors' workbooks for round 2025, one per oblast of the
// sample (assets/sample-lsg-assessments.csv), as they come back filled in:
//   assets/round-2025-issyk-kul.xlsx   Russian sheet, 20 LSGs, every score valid
//   assets/round-2025-jalal-abad.xlsx  Kyrgyz sheet, 20 rows: one LSG twice (its row copied over
//                                      the next LSG's) and one bad score (2.5, pasted past the
//                                      validation, as Excel allows: it checks only typed values)
// Each sheet is the command line's own `--new-round 2025` output, then filled in here with scores
// derived from 2019's by a fixed rule, so the files are the same on every run (no randomness).
// Run: node scripts/make-round-samples.js [--no-build]   (builds the CLI, runs it as `npm run score` does)
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const Papa = require("papaparse");

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "assets", "sample-lsg-assessments.csv");
const CLI = path.join(ROOT, "dist", "node", "cli", "main.js");
const FIXED_DATE = new Date(Date.UTC(2025, 9, 1));

const FILES = [
  {
    oblast: "Иссык-Кульская область",
    out: "round-2025-issyk-kul.xlsx",
    lang: "ru",
    rater: "Айгүл Осмонова",
  },
  {
    oblast: "Джалал-Абадская область",
    out: "round-2025-jalal-abad.xlsx",
    lang: "ky",
    rater: "Бакыт Ташиев",
    flaws: true,
  },
];

const EVIDENCE = {
  ru: [
    "Программа развития АО на 2024–2028 гг., с. ",
    "Распоряжение главы АО о гендерной комиссии, п. ",
    "Местный бюджет 2025, статья ",
  ],
  ky: [
    "АӨнүн 2024–2028-жылдарга өнүгүү программасы, б. ",
    "АӨ башчысынын гендердик комиссия жөнүндө буйругу, п. ",
    "2025-жылдын жергиликтүү бюджети, берене ",
  ],
};

const key = (lsg, district) => `${lsg}|${district}`;

/** 2019's scores by LSG and district; blanks as null. */
function scores2019(rows) {
  const map = new Map();
  for (const row of rows.slice(1)) {
    const score = (text) => (text === "" ? null : Number(text));
    map.set(key(row[2], row[1]), [score(row[4]), score(row[5]), score(row[6])]);
  }
  return map;
}

/** The 2025 scores: 2019's moved by a fixed rule, so that some LSGs go up, some down, most stay. */
function scores2025(before, i) {
  const [d, m, b] = before.map((s) => (s === null ? 0 : s));
  const clamp = (v) => Math.max(0, Math.min(3, v));
  return [
    clamp(d + (i % 3 === 0 ? 1 : 0)),
    clamp(m + (i % 4 === 1 ? 1 : 0)),
    clamp(b - (i % 5 === 2 ? 1 : 0)),
  ];
}

async function main() {
  const csv = fs.readFileSync(SAMPLE, "utf8").replace(/^\ufeff/, "");
  const rows = Papa.parse(csv, { skipEmptyLines: true }).data;
  const before = scores2019(rows);
  // The command line as `npm run score` runs it, built once (--no-build: the one in dist/node).
  if (!process.argv.includes("--no-build"))
    execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "round-samples-"));
  for (const file of FILES) {
    // The assessor's LSGs: the sample's rows of one oblast, through the CLI's --new-round.
    const source = path.join(work, `${file.lang}.csv`);
    fs.writeFileSync(
      source,
      Papa.unparse([rows[0], ...rows.slice(1).filter((r) => r[0] === file.oblast)])
    );
    const prepared = path.join(work, `${file.lang}.xlsx`);
    execFileSync(
      process.execPath,
      [CLI, source, "--new-round", "2025", "--lang", file.lang, "--out", prepared],
      {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "inherit"],
      }
    );
    await fill(prepared, path.join(ROOT, "assets", file.out), file, before);
  }
  fs.rmSync(work, { recursive: true, force: true });
}

async function fill(prepared, out, file, before) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(prepared);
  workbook.created = workbook.modified = FIXED_DATE;
  workbook.creator = workbook.lastModifiedBy = file.rater;
  const sheet = workbook.worksheets[0];
  const headerRow = findHeaderRow(sheet);
  const last = sheet.rowCount;
  for (let r = headerRow + 1, i = 0; r <= last; r++, i++) {
    const row = sheet.getRow(r);
    const lsg = row.getCell(3).value;
    const district = row.getCell(2).value;
    const scores = scores2025(before.get(key(lsg, district)) ?? [null, null, null], i);
    scores.forEach((score, k) => {
      row.getCell(5 + k).value = score;
      row.getCell(8 + k).value = score > 0 ? `${EVIDENCE[file.lang][k]}${3 + ((i + k) % 9)}` : null;
    });
    row.getCell(11).value = file.rater;
  }
  if (file.flaws) {
    // The row of the 4th LSG copied over the 5th: the 4th LSG twice, with other scores.
    const from = sheet.getRow(headerRow + 4);
    const to = sheet.getRow(headerRow + 5);
    for (let c = 1; c <= 4; c++) to.getCell(c).value = from.getCell(c).value;
    // A score pasted as 2.5 (Excel's validation checks only what is typed).
    sheet.getRow(headerRow + 9).getCell(6).value = 2.5;
  }
  await workbook.xlsx.writeFile(out);
}

/** The table's header: the row whose third cell names the LSG column (ОМСУ / ЖӨБ). */
function findHeaderRow(sheet) {
  for (let r = 1; r <= 20; r++)
    if (["ОМСУ", "ЖӨБ"].includes(sheet.getRow(r).getCell(3).value)) return r;
  throw new Error("No header row found in the prepared sheet");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
