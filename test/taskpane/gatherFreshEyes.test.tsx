/**
 * @jest-environment jsdom
 */
import ExcelJS from "exceljs";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { FakeExcel } from "../../src/fake-excel";
import { hostFor, sampleWorkbook, workbookFromRows } from "../support/fakeWorkbooks";

// "Add assessors' files…" fed what assessors really send back: copies chosen twice, files without
// a column of LSG names, a second gathering. Each test pins a fault found and fixed.

beforeEach(() => localStorage.clear());

type Rows = (string | number | null | { formula: string; result: number })[][];

async function xlsxBytes(sheets: Record<string, Rows>, setup?: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheetName);
    rows.forEach((r) => ws.addRow(r));
  }
  setup?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function xlsx(
  name: string,
  sheets: Record<string, Rows>,
  setup?: (wb: ExcelJS.Workbook) => void
) {
  return new File([await xlsxBytes(sheets, setup)], name);
}

async function gatherIn(excel: FakeExcel, files: File[], ready: RegExp) {
  render(<App host={hostFor(excel)} />);
  await screen.findByText(ready);
  fireEvent.change(screen.getByLabelText("Assessors' files"), { target: { files } });
  const status = await screen.findByText(
    /gathered into the sheet|No rows were gathered/,
    {},
    { timeout: 15000 }
  );
  const outcome = status.closest("[role=status]") as HTMLElement;
  const g = excel.model.sheetByName("Gathered");
  const cells = g
    ? g.values({ top: 0, left: 0, bottom: 60, right: 14 }).filter((r) => r.some((v) => v !== ""))
    : [];
  return { text: outcome.textContent, cells };
}

const fileOf = (name: string, text: string) => new File([text], name);

const HEAD = ["Oblast", "District", "LSG", "Round", "Documents", "Mechanism", "Budget"];

function chooseAgain(files: File[]) {
  fireEvent.change(screen.getByLabelText("Assessors' files"), { target: { files } });
}

describe("Add assessors' files… with hostile inputs (fresh eyes)", () => {
  it("gathering again keeps who filled each row in (Filled in by)", async () => {
    const { excel } = sampleWorkbook();
    const a = await xlsx("a.xlsx", {
      R: [
        [...HEAD, "Оценщик"],
        [
          "Иссык-Кульская область",
          "Ак-Суйский район",
          "Теплоключенский АО",
          2025,
          3,
          3,
          3,
          "Асанова",
        ],
      ],
    });
    const first = await gatherIn(excel, [a], /40 LSG rows/);
    expect(first.cells[0][9]).toBe("Filled in by");
    expect(first.cells[41][9]).toBe("Асанова");
    await screen.findByText(/“Gathered”: 41 LSG rows/);
    const b = await xlsx("b.xlsx", {
      R: [
        HEAD,
        ["Иссык-Кульская область", "Ак-Суйский район", "Бозучук айыл аймагы", 2025, 1, 1, 1],
      ],
    });
    chooseAgain([b]);
    await screen.findByText(/gathered into the sheet “Gathered \(2\)”/, {}, { timeout: 15000 });
    const again = excel.model
      .sheetByName("Gathered (2)")!
      .values({ top: 0, left: 0, bottom: 42, right: 10 });
    expect(again[0][9]).toBe("Filled in by");
    expect(again[41].slice(0, 2)).toEqual(["a.xlsx", 2]);
    expect(again[41][9]).toBe("Асанова");
    expect(again[42][9]).toBe("");
  }, 30000);

  it("the same file chosen twice (another name, same bytes) is gathered once, and the pane says so", async () => {
    const { excel } = sampleWorkbook();
    const rows: Rows = [
      HEAD,
      ["Иссык-Кульская область", "Ак-Суйский район", "Тест а/а", 2025, 3, 2, 1],
    ];
    const bytes = await xlsxBytes({ R: rows });
    const [a, copy] = [new File([bytes], "a.xlsx"), new File([bytes], "a (1).xlsx")];
    const csv = "LSG,Round,Documents,Mechanism,Budget\nОсн а/а,2025,1,1,1\n";
    const r = await gatherIn(
      excel,
      [a, copy, fileOf("o.csv", csv), fileOf("o.csv", csv)],
      /40 LSG rows/
    );
    expect(r.text).toContain(
      "42 LSG rows from 2 files and “Data” gathered into the sheet “Gathered”"
    );
    expect(r.text).toContain("a (1).xlsx: the same file as “a.xlsx”, chosen twice: gathered once");
    expect(r.text).toContain("o.csv: the same file as “o.csv”, chosen twice: gathered once");
    expect(r.text).not.toMatch(/appears 2 times/);
    expect(r.cells.filter((c) => c[4] === "Тест а/а")).toHaveLength(1);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data", "R", "Gathered"]);
  }, 30000);

  it("a file with no column of LSG names is refused, naming its columns, not gathered nameless", async () => {
    const { excel } = sampleWorkbook();
    const a = await xlsx("nameless.xlsx", {
      R: [
        ["Ж?Б", "Round", "Documents", "Mechanism", "Budget"],
        ["Тест а/а", 2025, 3, 2, 1],
      ],
    });
    const r = await gatherIn(excel, [a], /40 LSG rows/);
    expect(r.text).toContain("No rows were gathered.");
    expect(r.text).toContain("nameless.xlsx: R: no column for LSG. Columns found: A “Ж?Б”");
    expect(excel.model.sheetByName("Gathered")).toBeUndefined();
  }, 30000);

  it("a file refused for want of rows names its hidden sheets and its sheets named as the add-in's", async () => {
    const { excel } = sampleWorkbook();
    const row = ["Ошская область", "Кара-Суу", "Нариман а/а", 2025, 1, 1, 1];
    const hidden = await xlsx("h.xlsx", { Notes: [["Instructions"]], H: [HEAD, row] }, (wb) => {
      wb.getWorksheet("H")!.state = "hidden";
    });
    const results = await xlsx("r.xlsx", { Results: [HEAD, row] });
    const r = await gatherIn(excel, [hidden, results], /40 LSG rows/);
    expect(r.text).toContain(
      "h.xlsx: Notes: no column for Documents, Mechanism, Budget. Columns found: A “Instructions”. Not read: hidden sheet “H”."
    );
    expect(r.text).toContain(
      "r.xlsx: no sheet with LSG rows. Not read: sheet “Results”, a name the add-in gives its own sheets."
    );
  }, 30000);

  it("gathering again with a file already gathered unchanged refuses it rather than adding every row twice", async () => {
    const { excel } = sampleWorkbook();
    const bytes = await xlsxBytes({
      R: [
        HEAD,
        ["Иссык-Кульская область", "Ак-Суйский район", "Теплоключенский АО", 2025, 3, "2", null],
        ["Иссык-Кульская область", "Ак-Суйский район", "Бозучук айыл аймагы", 2025, 1, 1, 1],
      ],
    });
    await gatherIn(excel, [new File([bytes], "a.xlsx")], /40 LSG rows/);
    await screen.findByText(/“Gathered”: 42 LSG rows/);
    const late = await xlsx("late.xlsx", {
      R: [HEAD, ["Джалал-Абадская область", "Сузакский район", "Барпы айыл аймагы", 2025, 2, 2, 2]],
    });
    chooseAgain([new File([bytes], "a.xlsx"), late]);
    const status = await screen.findByText(
      /gathered into the sheet “Gathered \(2\)”/,
      {},
      {
        timeout: 15000,
      }
    );
    const text = status.closest("[role=status]")!.textContent;
    expect(text).toContain("43 LSG rows from 1 file and “Gathered” gathered");
    expect(text).toContain(
      "a.xlsx: already gathered: each of its 2 LSG rows is on “Gathered” as it is in this file"
    );
    expect(text).not.toMatch(/appears 2 times/);
    // A corrected copy (one score changed) is not the same file: gathered, and its LSG listed twice.
    await screen.findByText(/“Gathered \(2\)”: 43 LSG rows/);
    const corrected = await xlsx("a.xlsx", {
      R: [
        HEAD,
        ["Иссык-Кульская область", "Ак-Суйский район", "Теплоключенский АО", 2025, 3, 2, 0],
      ],
    });
    chooseAgain([corrected]);
    await screen.findByText(
      /^"Теплоключенский АО" appears 2 times in round 2025: Gathered \(2\) row 42; a\.xlsx row 2\./,
      {},
      { timeout: 15000 }
    );
  }, 40000);

  it("the pane's own column headed “File” is not taken for an earlier gathering's origin", async () => {
    const { excel } = workbookFromRows([
      [...HEAD, "File"],
      [
        "Иссык-Кульская область",
        "Ак-Суйский район",
        "Теплоключенский АО",
        2019,
        2,
        1,
        0,
        "plan.pdf",
      ],
    ]);
    const a = await xlsx("a.xlsx", {
      R: [
        HEAD,
        ["Иссык-Кульская область", "Ак-Суйский район", "Теплоключенский АО", 2025, 3, 1, 0],
      ],
    });
    const r = await gatherIn(excel, [a], /1 LSG row/);
    expect(r.cells[1].slice(0, 5)).toEqual([
      "Data",
      2,
      "Иссык-Кульская область",
      "Ак-Суйский район",
      "Теплоключенский АО",
    ]);
    expect(r.cells[2].slice(0, 2)).toEqual(["a.xlsx", 2]);
  }, 30000);

  it("names each file's rows not read as LSGs (a total row, a signature), as a single sheet's check does", async () => {
    const { excel } = sampleWorkbook();
    const a = await xlsx("a.xlsx", {
      R: [
        HEAD,
        ["Иссык-Кульская область", "Ак-Суйский район", "Теплоключенский АО", 2025, 3, 1, 0],
        ["Итого", null, null, null, 3, 1, 0],
        ["Составил: Иванов"],
      ],
    });
    const r = await gatherIn(excel, [a], /40 LSG rows/);
    expect(r.text).toContain("Rows not gathered (not read as LSGs):");
    expect(r.text).toContain("a.xlsx row 3: total row (“Итого”)");
    expect(r.text).toContain("a.xlsx row 4: no LSG name and no score (“Составил: Иванов”)");
  }, 30000);

  it("names a sheet with scores it could not read even when another sheet of the file gave rows", async () => {
    const { excel } = sampleWorkbook();
    const a = await xlsx("a.xlsx", {
      Notes: [["Fill in the scores on the next sheets"]],
      R: [
        HEAD,
        ["Иссык-Кульская область", "Ак-Суйский район", "Теплоключенский АО", 2025, 3, 1, 0],
      ],
      Naryn: [
        ["LSG", "Round", "Documents", "Mechanism"],
        ["Ат-Башы а/а", 2025, 2, 2],
      ],
      Pair: [
        [...HEAD, "Rater"],
        ["Нарынская область", "Ат-Башы", "Кара-Коюн а/а", 2025, 1, 1, 1, "Айгүл"],
        ["Нарынская область", "Ат-Башы", "Кара-Коюн а/а", 2025, 2, 1, 1, "Бакыт"],
      ],
    });
    const r = await gatherIn(excel, [a], /40 LSG rows/);
    expect(r.text).toContain("a.xlsx: 1 LSG row (sheet “R”)");
    expect(r.text).toContain("a.xlsx: Naryn: no column for Budget.");
    expect(r.text).toContain("a.xlsx: Pair: it holds two raters' scores (Айгүл, Бакыт)");
    expect(r.text).not.toContain("Notes:");
  }, 30000);

  it("says when rows have no round or a round written two ways, since rounds are never pooled", async () => {
    const { excel } = workbookFromRows([
      ["Oblast", "District", "LSG", "Documents", "Mechanism", "Budget"],
      ["Иссык-Кульская область", "Ак-Суйский район", "Теплоключенский АО", 2, 1, 0],
    ]);
    const lsg = (name: string, round: string | number) => [
      "Иссык-Кульская область",
      "Ак-Суйский район",
      name,
      round,
      3,
      1,
      0,
    ];
    const a = await xlsx("a.xlsx", { R: [HEAD, lsg("Теплоключенский АО", 2025)] });
    const b = await xlsx("b.xlsx", { R: [HEAD, lsg("Бозучук айыл аймагы", "2025 г.")] });
    const r = await gatherIn(excel, [a, b], /1 LSG row/);
    expect(r.text).toContain("Check the rounds (rounds are never pooled):");
    expect(r.text).toContain(
      "Data: 1 LSG row with no round: fill it in on the gathered sheet, then Read again"
    );
    expect(r.text).toContain(
      "“2025”, “2025 г.” are counted as different rounds: write the round the same way on the gathered sheet, then Read again"
    );
  }, 30000);
});
