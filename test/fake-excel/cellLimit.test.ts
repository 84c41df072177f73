import { FakeExcel, FakeOfficeError, WorkbookModel } from "../../src/fake-excel";

/** Writes one value to A1 through Office.js (values or formulas); the error code if Excel refuses. */
async function write(property: "values" | "formulas", value: string): Promise<string | null> {
  const model = new WorkbookModel();
  model.addSheet("Data");
  try {
    await new FakeExcel(model).run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1")[property] = [[value]];
      await context.sync();
    });
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(FakeOfficeError);
    return (error as FakeOfficeError).code;
  }
}

describe("the in-memory Excel refuses text longer than a cell holds (32,767 characters)", () => {
  it.each(["values", "formulas"] as const)("through Range.%s", async (property) => {
    expect(await write(property, "x".repeat(32_767))).toBeNull();
    expect(await write(property, "x".repeat(32_768))).toBe("InvalidArgument");
    // The apostrophe that keeps text as text is counted: the stricter reading.
    expect(await write(property, "'" + "x".repeat(32_767))).toBe("InvalidArgument");
  });
});
