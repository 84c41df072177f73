import crypto from "crypto";
import JSZip from "jszip";
import { FakeOfficeError, type FakeRequestContext } from "../../src/fake-excel";
import { ISSYK_KUL, workbook, xlsx, b64, names, failure, insert } from "../support/insertSheets";

// Workbook.insertWorksheetsFromBase64 in the in-memory Excel (src/fake-excel/insertSheets.ts):
// the request: when its value is there, order, protection, size; each test pins one rule, with a file built here or one of the real round samples.

describe("insertWorksheetsFromBase64: the request", () => {
  it("has no value before its sync, nor after a sync that failed", async () => {
    const excel = workbook("Data");
    const file = b64(ISSYK_KUL);
    await excel.run(async (context: FakeRequestContext) => {
      const ids = context.workbook.insertWorksheetsFromBase64(file);
      const early = (() => {
        try {
          return ids.value;
        } catch (error) {
          return error as FakeOfficeError;
        }
      })();
      expect(early).toBeInstanceOf(FakeOfficeError);
      expect((early as FakeOfficeError).code).toBe("ValueNotLoaded");
      expect(names(excel)).toEqual(["Data"]); // nothing happens before the sync
      await context.sync();
      expect(ids.value).toEqual([excel.model.sheets[1].id]);
    });
    let bad: { value: string[] } | undefined;
    const refused = await failure(
      excel.run(async (context) => {
        bad = context.workbook.insertWorksheetsFromBase64("x");
        await context.sync();
      })
    );
    expect(refused.code).toBe("InvalidArgument");
    expect(() => bad!.value).toThrow(/has not been loaded yet/);
  });

  it("runs in order with the batch's other calls", async () => {
    const excel = workbook("Data");
    const file = b64(await xlsx((book) => book.addWorksheet("New")));
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Before");
      context.workbook.insertWorksheetsFromBase64(file);
      context.workbook.worksheets.add("After");
      await context.sync();
    });
    expect(names(excel)).toEqual(["Data", "Before", "New", "After"]);
  });

  it("is refused on a workbook whose structure is protected, with AccessDenied", async () => {
    const excel = workbook("Data");
    excel.model.isProtected = true;
    expect((await failure(insert(excel, b64(ISSYK_KUL)))).code).toBe("AccessDenied");
    expect(names(excel)).toEqual(["Data"]);
  });

  /** A real .xlsx of about `size` bytes: a sheet and a stored (not deflated) part of random bytes. */
  async function xlsxOfSize(size: number): Promise<Buffer> {
    const zip = await JSZip.loadAsync(
      await xlsx((book) => (book.addWorksheet("Big").getCell("A1").value = 1))
    );
    const filler = crypto.randomBytes(size - 8_000);
    zip.file("xl/media/filler.bin", filler, { compression: "STORE" });
    return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
  }

  it("counts the Base64 string in the 5 MB request: a 4 MB file fails the sync, 3.5 MB passes", async () => {
    const big = await xlsxOfSize(4 * 1024 * 1024);
    expect(b64(big).length).toBeGreaterThan(5 * 1024 * 1024);
    const excel = workbook("Data");
    const error = await failure(insert(excel, b64(big)));
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.metrics.largestRequest).toBeGreaterThan(b64(big).length);
    expect(names(excel)).toEqual(["Data"]);

    const smaller = await xlsxOfSize(3.5 * 1024 * 1024);
    expect(await insert(excel, b64(smaller))).toHaveLength(1);
    expect(names(excel)).toEqual(["Data", "Big"]);
  });
});
