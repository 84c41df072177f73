import { FakeOfficeError, type FakeExcel, type SheetModel } from "../../src/fake-excel";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { excelProblem } from "../../src/excel/errors";
import { createWorkbookHost, type WorkbookHost } from "../../src/excel/host";
import { officeRun } from "../../src/excel/run";
import { sampleHost, sampleWorkbook } from "../support/fakeWorkbooks";
import { applyOnce, applyWith, detect } from "../support/paneSteps";

// When Excel says no (learn.microsoft.com: application-specific API error codes), the pane gets an
// error it can explain, and the workbook is left so that Apply, run again, finishes the job.

function headerRow(sheet: SheetModel): unknown[] {
  return sheet.values({ top: 0, left: 0, bottom: 0, right: 16 })[0].filter((v) => v !== "");
}

const RESULT_HEADERS = ["Total", "Coverage", "Category"];

describe("Excel's refusals, translated in one place", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "cellEditing"],
    ["AccessDenied", "accessDenied"],
    ["ItemNotFound", "itemGone"],
    ["Conflict", "conflict"],
    ["InvalidArgument", null],
  ] as const)("%s → %s", (code, problem) => {
    expect(excelProblem(new FakeOfficeError(code, "Excel's own text"))).toBe(problem);
  });

  it("knows nothing of errors that are not Excel's", () => {
    expect(excelProblem(new Error("AccessDenied"))).toBeNull();
    expect(excelProblem("AccessDenied")).toBeNull();
  });
});

describe("a cell being edited", () => {
  const global = globalThis as unknown as { Excel?: unknown };
  afterEach(() => delete global.Excel);

  it("makes the add-in's requests wait (delayForCellEdit) instead of failing, then run", async () => {
    const { excel } = sampleWorkbook();
    global.Excel = { run: excel.run.bind(excel) };
    const host = createWorkbookHost(officeRun, ALL_CAPABILITIES, () => "en-US");
    excel.model.beginCellEdit();
    let read: unknown = "pending";
    const reading = host.readSource().then(
      (source) => (read = source?.address),
      (error) => (read = error)
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read).toBe("pending");
    excel.model.endCellEdit();
    await reading;
    expect(read).toBe("Data!A1:H41");
  });
});

describe("a protected sheet or workbook", () => {
  let excel: FakeExcel;
  let sheet: SheetModel;
  let host: WorkbookHost;
  beforeEach(() => ({ excel, sheet, host } = sampleHost()));

  it("a protected data sheet: Apply is refused before anything is written; after unprotecting it works", async () => {
    sheet.isProtected = true;
    await expect(applyOnce(host)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(headerRow(sheet)).toHaveLength(8);
    expect(excel.model.sheets).toHaveLength(1);
    sheet.isProtected = false;
    expect(await applyOnce(host)).toMatchObject({ kind: "done", columns: "I:K" });
  });

  it("a protected workbook stops Apply after the result columns; Apply again finishes them in place", async () => {
    excel.model.isProtected = true; // no sheet can be added: the Summary sheet is refused
    await expect(applyOnce(host)).rejects.toMatchObject({ code: "AccessDenied" });
    excel.model.isProtected = false;
    expect(await applyOnce(host)).toMatchObject({ kind: "done", columns: "I:K" });
    expect(headerRow(sheet).slice(8)).toEqual(RESULT_HEADERS);
    expect(excel.model.sheetByName("Summary")).toBeDefined();
  });

  it("the same for an Excel table: Apply again does not add three more table columns", async () => {
    excel.model.addTable(sheet, { top: 0, left: 0, bottom: 40, right: 7 }, "LSGs");
    excel.model.selection = { sheetId: sheet.id, area: { top: 3, left: 2, bottom: 3, right: 2 } };
    excel.model.isProtected = true;
    await expect(applyOnce(host)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.model.tables[0].area.right).toBe(10);
    excel.model.isProtected = false;
    expect(await applyOnce(host)).toMatchObject({ kind: "done", columns: "I:K" });
    expect(excel.model.tables[0].area.right).toBe(10);
    expect(headerRow(sheet).slice(8)).toEqual(RESULT_HEADERS);
  });
});

describe("changes made meanwhile, by the user or a co-author", () => {
  it("the data sheet deleted after reading: ItemNotFound, and nothing is written anywhere", async () => {
    const { excel, sheet, host } = sampleHost();
    const { source, report } = await detect(host);
    excel.model.addSheet("Notes");
    excel.model.deleteSheet(sheet);
    const version = excel.model.version;
    await expect(applyWith(host, { source, report })).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Notes"]);
    expect(excel.model.settings.size).toBe(0);
    expect(excel.model.version - version).toBeLessThanOrEqual(1); // the refused request only
  });

  it("a co-author changing result cells stops Apply; Apply again, once they are done, repairs in place", async () => {
    const { sheet, host } = sampleHost();
    await applyOnce(host); // results in I:K
    sheet.write({ top: 1, left: 4, bottom: 1, right: 6 }, [[3, 3, 3]]);
    sheet.coauthorEdits = [{ top: 1, left: 10, bottom: 1, right: 10 }]; // K2
    await expect(applyOnce(host)).rejects.toMatchObject({ code: "Conflict" });
    sheet.coauthorEdits = [];
    expect(await applyOnce(host)).toMatchObject({ kind: "done", columns: "I:K" });
    expect(headerRow(sheet).slice(8)).toEqual(RESULT_HEADERS);
    expect(sheet.values({ top: 1, left: 8, bottom: 1, right: 10 })[0]).toEqual([
      9,
      3,
      "gender-positive policy",
    ]);
  });
});
