import { FakeExcel, WorkbookModel } from "../../src/fake-excel";
import { refusalCode } from "../support/fakeWorkbooks";

// Range.dataValidation in the in-memory Excel: rules stored per range and loaded back; values
// written by code are never refused (Excel validates only what a user types); what Excel refuses
// (mixed ranges, over-long texts) is refused. See src/fake-excel/dataValidation.ts for the sources.

const SCORE_RULE = { wholeNumber: { formula1: 0, formula2: 3, operator: "Between" } };

function workbook() {
  const model = new WorkbookModel();
  const sheet = model.addSheet("Round");
  return { model, sheet, excel: new FakeExcel(model) };
}

describe("Range.dataValidation", () => {
  it("stores a rule, prompt and alert for a range and loads them back", async () => {
    const { excel, model } = workbook();
    const read = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Round").getRange("E2:G41");
      range.dataValidation.rule = SCORE_RULE;
      range.dataValidation.prompt = {
        title: "Score 0–3",
        message: "A whole number",
        showPrompt: true,
      };
      range.dataValidation.errorAlert = {
        title: "Not a score",
        message: "0 to 3",
        showAlert: true,
        style: "Stop",
      };
      await context.sync();
      const one = context.workbook.worksheets.getItem("Round").getRange("F10").dataValidation;
      one.load("type,rule,prompt,errorAlert,ignoreBlanks");
      const outside = context.workbook.worksheets.getItem("Round").getRange("H10").dataValidation;
      outside.load("type,rule");
      const across = context.workbook.worksheets
        .getItem("Round")
        .getRange("G10:H10").dataValidation;
      across.load("type");
      await context.sync();
      return { one: one.toJSON(), outside: outside.toJSON(), across: across.type };
    });
    expect(read.one).toEqual({
      type: "WholeNumber",
      rule: SCORE_RULE,
      prompt: { title: "Score 0–3", message: "A whole number", showPrompt: true },
      errorAlert: { title: "Not a score", message: "0 to 3", showAlert: true, style: "Stop" },
      ignoreBlanks: true,
    });
    expect(read.outside).toEqual({ type: "None", rule: null });
    expect(read.across).toBe("Inconsistent");
    expect(model.dataValidations).toHaveLength(1);
    expect(model.dataValidations[0].area).toEqual({ top: 1, left: 4, bottom: 40, right: 6 });
  });

  it("never refuses a value written by code; `valid` tells", async () => {
    const { excel, sheet } = workbook();
    const valid = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Round").getRange("A1:A4");
      range.dataValidation.rule = SCORE_RULE;
      range.values = [[2], [4], [2.5], ["x"]];
      const good = context.workbook.worksheets.getItem("Round").getRange("A1").dataValidation;
      const bad = context.workbook.worksheets.getItem("Round").getRange("A2:A4").dataValidation;
      const all = range.dataValidation;
      [good, bad, all].forEach((v) => v.load("valid"));
      await context.sync();
      return [good.valid, bad.valid, all.valid];
    });
    expect(sheet.values({ top: 0, left: 0, bottom: 3, right: 0 })).toEqual([
      [2],
      [4],
      [2.5],
      ["x"],
    ]);
    expect(valid).toEqual([true, false, null]);
  });

  it("refuses a rule over cells whose validations differ, texts longer than Excel keeps, unknown rules", async () => {
    const { excel, model } = workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Round").getRange("B5:B10").dataValidation.prompt = {
        title: "t",
        message: "m",
      };
      await context.sync();
    });
    // Properties are set as an add-in sets them; the shapes are loose on purpose (bad input).
    type Loose = Record<string, unknown> & { clear(): void };
    const set = (address: string, apply: (v: Loose) => void) =>
      excel.run(async (context) => {
        apply(
          context.workbook.worksheets.getItem("Round").getRange(address)
            .dataValidation as unknown as Loose
        );
        await context.sync();
      });
    expect(await refusalCode(set("B1:B10", (v) => (v.rule = SCORE_RULE)))).toBe("InvalidArgument");
    expect(
      await refusalCode(set("C1", (v) => (v.prompt = { title: "x".repeat(33), message: "" })))
    ).toBe("InvalidArgument");
    expect(
      await refusalCode(set("C1", (v) => (v.errorAlert = { title: "t", message: "x".repeat(226) })))
    ).toBe("InvalidArgument");
    expect(await refusalCode(set("C1", (v) => (v.rule = { list: { source: "a,b" } })))).toBe(
      "NotImplemented"
    );
    expect(
      await refusalCode(
        set("C1", (v) => (v.rule = { wholeNumber: { formula1: 0, operator: "Between" } }))
      )
    ).toBe("InvalidArgument");
    // The range that carries exactly one validation takes a rule; clearing part of it keeps the rest.
    await set("B5:B10", (v) => (v.rule = SCORE_RULE));
    await set("B7", (v) => v.clear());
    expect(model.dataValidations.map((v) => v.area)).toEqual([
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 7, left: 1, bottom: 9, right: 1 },
    ]);
    expect(model.dataValidations.every((v) => v.rule !== null && v.prompt?.title === "t")).toBe(
      true
    );
  });

  it("is refused on a protected sheet and removed with its sheet", async () => {
    const { excel, model, sheet } = workbook();
    model.addSheet("Other");
    sheet.isProtected = true;
    const code = await refusalCode(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Round").getRange("A1").dataValidation.rule =
          SCORE_RULE;
        await context.sync();
      })
    );
    expect(code).toBe("AccessDenied");
    sheet.isProtected = false;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Round").getRange("A1").dataValidation.rule = SCORE_RULE;
      await context.sync();
    });
    expect(model.dataValidations).toHaveLength(1);
    model.deleteSheet(sheet);
    expect(model.dataValidations).toHaveLength(0);
  });
});
