import path from "path";
import { readInput } from "../../src/cli/readInput";
import {
  analyse,
  currentTable,
  fileTables,
  gatherInserted,
  gatheredSheetLayout,
  originsOf,
  type InsertedFile,
  type InsertedSheet,
} from "../../src/report";
import { readAssessmentTable, type CellGrid } from "../../src/sheets";

// The pane's gathering, apart from Excel: which sheets of a file become rows, and the one table
// written from them, which our own reader must map with no help and score exactly as the files.

const asset = (name: string) => path.resolve(__dirname, "../../assets", name);

async function gridOf(file: string): Promise<CellGrid> {
  return (await readInput(file)).grid;
}

const sheet = (name: string, grid: CellGrid | null, more: Partial<InsertedSheet> = {}) => ({
  name,
  grid,
  visible: true,
  own: false,
  ...more,
});

/** The layout's header and rows as the cells of a sheet starting at A1. */
function layoutGrid(layout: ReturnType<typeof gatheredSheetLayout>): CellGrid {
  return { values: [layout.headers, ...layout.rows], firstRow: 1, firstColumn: 0 };
}

describe("fileTables", () => {
  it("reads visible data sheets only: hidden and the add-in's own sheets are never rows", async () => {
    const grid = await gridOf(asset("round-2025-issyk-kul.xlsx"));
    const file: InsertedFile = {
      file: "ik.xlsx",
      sheets: [
        sheet("Hidden copy", grid, { visible: false }),
        sheet("Summary", grid, { own: true }),
        sheet("Раунд 2025", grid),
      ],
    };
    const read = fileTables(file, "en");
    if (!("tables" in read)) throw new Error(read.refusal.reason);
    expect(read.tables.map((t) => [t.file, t.sheet, t.table.rows.length])).toEqual([
      ["ik.xlsx", "Раунд 2025", 20],
    ]);
  });

  it("names each sheet when a file gives rows from two, so counts and rows stay apart", async () => {
    const grid = await gridOf(asset("round-2025-issyk-kul.xlsx"));
    const read = fileTables(
      { file: "ik.xlsx", sheets: [sheet("A", grid), sheet("B", grid)] },
      "en"
    );
    if (!("tables" in read)) throw new Error(read.refusal.reason);
    expect(read.tables.map((t) => t.file)).toEqual(["ik.xlsx [A]", "ik.xlsx [B]"]);
  });

  it("refuses a file with no LSG table, saying which sheet and why, in the user's language", () => {
    const grid: CellGrid = {
      values: [
        ["Name", "Phone"],
        ["A", "1"],
      ],
      firstRow: 1,
      firstColumn: 0,
    };
    const read = fileTables({ file: "contacts.xlsx", sheets: [sheet("Contacts", grid)] }, "ru");
    expect(read).toEqual({
      refusal: { file: "contacts.xlsx", reason: expect.stringMatching(/^Contacts: .*столбц/) },
    });
  });

  it("refuses a file holding two raters' scores rather than counting one rater's rows twice", () => {
    const values = [
      ["LSG", "Rater", "Documents", "Mechanism", "Budget"],
      ["A", "Aida", 1, 2, 3],
      ["A", "Bakyt", 1, 2, 2],
    ];
    const read = fileTables(
      { file: "pair.xlsx", sheets: [sheet("S", { values, firstRow: 1, firstColumn: 0 })] },
      "en"
    );
    expect("refusal" in read && read.refusal.reason).toMatch(/two raters.*Aida, Bakyt/);
  });

  it("passes on Excel's refusal code for the pane to explain", () => {
    expect(fileTables({ file: "c.xlsx", refused: "UnsupportedFeature" }, "en")).toEqual({
      refusal: { file: "c.xlsx", reason: "UnsupportedFeature", code: "UnsupportedFeature" },
    });
  });
});

describe("the gathered sheet", () => {
  async function gatheredSample() {
    const files: InsertedFile[] = [];
    for (const name of ["round-2025-issyk-kul.xlsx", "round-2025-jalal-abad.xlsx"])
      files.push({ file: name, sheets: [sheet("Раунд 2025", await gridOf(asset(name)))] });
    const sampleGrid = await gridOf(asset("sample-lsg-assessments.csv"));
    const mine = currentTable("Data", sampleGrid, {}, "en");
    if (!("table" in mine)) throw new Error(mine.reason);
    const { table, refused } = gatherInserted(mine.table, files, "en");
    expect(refused).toEqual([]);
    return { table: table!, sampleGrid };
  }

  it("is mapped by our reader with no help, and scores every LSG as the files do", async () => {
    const { table } = await gatheredSample();
    expect(table.rows).toHaveLength(80);
    const layout = gatheredSheetLayout(table, "ru");
    const reread = readAssessmentTable(layoutGrid(layout));
    expect(Object.keys(reread.mapping.fields).sort()).toEqual(
      expect.arrayContaining([
        "budget",
        "district",
        "documents",
        "lsg",
        "mechanism",
        "oblast",
        "round",
      ])
    );
    // The File, "Row in file" and "Filled in by" columns are not taken for any field: the last
    // names two assessors, which as a rater column would pair the files' rows as two raters.
    expect(reread.mapping.fields.rater).toBeUndefined();
    expect(reread.rows.some((r) => r.rater !== null)).toBe(false);
    const used = Object.values(reread.mapping.fields).map((m) => m!.column);
    expect(used).not.toContain(0);
    expect(used).not.toContain(1);

    const direct = analyse(table, "en").table.rows;
    const again = analyse(reread, "en").table.rows;
    expect(again.map((r) => [r.source.lsg, r.source.round, r.assessment.total])).toEqual(
      direct.map((r) => [r.source.lsg, r.source.round, r.assessment.total])
    );
    // Bad cells stay bad (the sample's blank Отуз-Уул row, the pasted 2.5), named on the sheet.
    const problems = (rows: typeof direct) =>
      rows.flatMap((r) => r.problems.map((p) => [r.source.lsg, p.kind, p.value]));
    expect(problems(again)).toEqual(problems(direct));
    expect(problems(again)).toContainEqual([expect.any(String), expect.any(String), 2.5]);
    expect(analyse(reread, "en").validation.duplicates.map((d) => d.rows.length)).toEqual([2]);
  });

  it("names each row's file and its row there", async () => {
    const { table } = await gatheredSample();
    const layout = gatheredSheetLayout(table, "en");
    expect(layout.headers.slice(0, 2)).toEqual(["File", "Row in file"]);
    const akKorgon = layout.rows.filter(
      (r) => String(r[4]).startsWith("Ак-Коргон") && r[0] !== "Data"
    );
    expect(akKorgon.map((r) => [r[0], r[1]])).toEqual([
      ["round-2025-jalal-abad.xlsx", 14],
      ["round-2025-jalal-abad.xlsx", 15],
    ]);
    expect(layout.rows.filter((r) => r[0] === "Data")).toHaveLength(40);
  });

  it("gathered again, keeps the file and row each row first came from", async () => {
    const { table } = await gatheredSample();
    const first = gatheredSheetLayout(table, "en");
    const grid = layoutGrid(first);
    const mine = currentTable("Gathered", grid, {}, "en");
    if (!("table" in mine)) throw new Error(mine.reason);
    const { table: again } = gatherInserted(mine.table, [{ file: "late.xlsx", sheets: [] }], "en");
    // late.xlsx has no sheet: refused; nothing from files, so nothing gathered.
    expect(again).toBeNull();
    const both = gatherInserted(
      mine.table,
      [{ file: "ik.xlsx", sheets: [sheet("S", await gridOf(asset("round-2025-issyk-kul.xlsx")))] }],
      "en"
    ).table!;
    const origins = new Map([["Gathered", originsOf(grid, 1, "Gathered")]]);
    const second = gatheredSheetLayout(both, "en", { origins });
    expect(second.rows.slice(0, first.rows.length).map((r) => [r[0], r[1]])).toEqual(
      first.rows.map((r) => [r[0], r[1]])
    );
    expect(second.rows.at(-1)![0]).toBe("ik.xlsx");
  });

  it("writes a score cell under a merged area as text saying so, for the check to refuse", () => {
    const values = [
      ["LSG", "Documents", "Mechanism", "Budget"],
      ["A", 2, null, null],
    ];
    const grid: CellGrid = {
      values,
      firstRow: 1,
      firstColumn: 0,
      merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
    };
    const { table } = gatherInserted(null, [{ file: "m.xlsx", sheets: [sheet("S", grid)] }], "en");
    const layout = gatheredSheetLayout(table!, "en");
    const scores = layout.rows[0].slice(
      layout.headers.indexOf("Documents"),
      layout.headers.indexOf("Budget") + 1
    );
    // The top-left cell keeps its value; the cells it covers say they are merged.
    expect(scores).toEqual([2, "merged B2:D2", "merged B2:D2"]);
    const reread = analyse(readAssessmentTable(layoutGrid(layout)), "en");
    expect(reread.table.rows[0].assessment.total).toBeNull();
  });
});
