import { DetailedCellError, HyperFormula } from "hyperformula";
import { registerCustomFunctions, type FunctionsMetadata } from "../../src/demo/formulas";
import { withBuiltFunctions } from "../support/customFunctionsRuntime";

// The demo's formula engine plays Excel: with functions.json as the build emits it, an error in a
// score reaches our functions; without `allowErrorForDataTypeAny`, Excel never calls them.

const built = withBuiltFunctions();

/** Computes a sheet whose column D holds formulas, with the functions registered from `metadata`. */
function columnD(metadata: FunctionsMetadata, sheet: unknown[][]): unknown[] {
  registerCustomFunctions(built.functions, metadata);
  const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
  const values = sheet.map((_, row) => hf.getCellValue({ sheet: 0, row, col: 3 }));
  hf.destroy();
  return values;
}

const withDivZero = [
  [1, 1, 1, "=LSG.GENDERSCORE(A1:C3)"],
  [1, "=1/0", 1],
  [2, 2, 2],
];

describe("errors as inputs", () => {
  it("the built functions.json lets an error reach GENDERSCORE: one #VALUE! row with its message, the others totalled", () => {
    expect(built.metadata.allowErrorForDataTypeAny).toBe(true);
    const [first, second, third] = columnD(built.metadata, withDivZero);
    expect(first).toBe(3);
    expect(second).toBeInstanceOf(DetailedCellError);
    expect((second as DetailedCellError).value).toBe("#VALUE!");
    expect((second as DetailedCellError).message).toMatch(/^Mechanism: .*Excel error #DIV\/0!/);
    expect(third).toBe(6);
  });

  it("passes an error in a single-cell argument too, as a range of one cell", () => {
    const [result] = columnD(built.metadata, [[1, "=1/0", 1, "=LSG.GENDERSCORE(A1,B1,C1)"]]);
    expect((result as DetailedCellError).value).toBe("#VALUE!");
    expect((result as DetailedCellError).message).toMatch(/^Mechanism: .*Excel error #DIV\/0!/);
  });

  it("without allowErrorForDataTypeAny (the generator's own output) the function is never called: no row gets its total", () => {
    expect(built.generated.allowErrorForDataTypeAny).toBeUndefined();
    // Excel shows the one error in the formula's cell; HyperFormula sizes a spill before it knows
    // the values, so the error fills the spill area. Either way every total is lost.
    const cells = columnD(built.generated, withDivZero);
    expect(cells.map((cell) => (cell as DetailedCellError).value)).toEqual([
      "#DIV/0!",
      "#DIV/0!",
      "#DIV/0!",
    ]);
  });

  it("keeps errors out of parameters that are not of type any, even with the flag", () => {
    // POLICYCATEGORY's language is a string parameter.
    const [result] = columnD(built.metadata, [[3, "=1/0", null, "=LSG.POLICYCATEGORY(A1,B1)"]]);
    expect((result as DetailedCellError).value).toBe("#DIV/0!");
  });
});
