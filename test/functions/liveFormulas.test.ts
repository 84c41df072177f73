import { DetailedCellError, HyperFormula } from "hyperformula";
import { registerCustomFunctions } from "../../src/demo/formulas";
import {
  formulaBlocker,
  indicatorColumnsOf,
  resultColumns,
  type AssessmentReport,
} from "../../src/report";
import type { CellValue } from "../../src/sheets";
import { withBuiltFunctions } from "../support/customFunctionsRuntime";
import { reportOn } from "../support/reports";

// The live formulas the pane writes, computed by the demo engine playing an Excel build that passes
// blank cells of optional arguments as 0 (OfficeDev/office-js #5262, #4702, #1951).

const built = withBuiltFunctions();

function report(header: string[], rows: CellValue[][]): AssessmentReport {
  return reportOn(header, rows);
}

/** The sheet with the written result columns beside the data, computed; returns each row's E:G. */
function computed(
  values: CellValue[][],
  written: readonly (readonly unknown[])[],
  blankAsZero: boolean
) {
  registerCustomFunctions(built.functions, built.metadata, { blankOptionalAsZero: blankAsZero });
  const sheet = values.map((row, r) => [...row, ...(r === 0 ? [] : written[r - 1])]);
  const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
  const out = values.slice(1).map((_, r) =>
    [4, 5, 6].map((col) => {
      const value = hf.getCellValue({ sheet: 0, row: r + 1, col });
      return value instanceof DetailedCellError ? value.value : value;
    })
  );
  hf.destroy();
  return out;
}

const header = ["ОМСУ", "Документы", "Механизм", "Бюджет"];
const rows: CellValue[][] = [
  ["Ак-Суу", 1, null, 2],
  ["Тосор", 1, 1, 1],
];

describe("live formulas where blank optional arguments arrive as 0", () => {
  it("the engine plays such a build: three separate arguments total a blank mechanism as 0", () => {
    const written = [
      ["=LSG.GENDERSCORE(B2,C2,D2)", "", ""],
      ["", "", ""],
    ];
    expect(computed([header, ...rows], written, true)[0][0]).toBe(3);
    expect(computed([header, ...rows], written, false)[0][0]).toBe("#N/A");
  });

  it("the written formulas take the scores as one range, so a blank score still gives #N/A", () => {
    const r = report(header, rows);
    const plan = resultColumns(r, {
      mode: "formulas",
      lang: "en",
      firstRow: 2,
      lastRow: 3,
      indicatorColumns: indicatorColumnsOf(r),
      totalColumn: "E",
    });
    expect(plan.mode).toBe("formulas");
    expect(plan.rows[0][0]).toBe("=LSG.GENDERSCORE(B2:D2)");
    expect(computed([header, ...rows], plan.rows, true)).toEqual([
      ["#N/A", "#N/A", "#N/A"],
      [3, 3, "gender-addressing policy"],
    ]);
  });

  it("declines live formulas when the score columns are apart or out of order, and writes values", () => {
    const apart = report(["Документы", "ОМСУ", "Механизм", "Бюджет"], [[1, "Ак-Суу", 1, 1]]);
    expect(formulaBlocker(apart, indicatorColumnsOf(apart))).toBe("columns");
    const swapped = report(["ОМСУ", "Документы", "Бюджет", "Механизм"], [["Ак-Суу", 1, 1, 2]]);
    expect(formulaBlocker(swapped, indicatorColumnsOf(swapped))).toBe("columns");
    const plan = resultColumns(apart, {
      mode: "formulas",
      lang: "en",
      firstRow: 2,
      lastRow: 2,
      indicatorColumns: indicatorColumnsOf(apart),
      totalColumn: "E",
    });
    expect(plan.mode).toBe("values");
    expect(plan.rows).toEqual([[3, 3, "gender-addressing policy"]]);
    expect(
      formulaBlocker(report(header, rows), indicatorColumnsOf(report(header, rows)))
    ).toBeNull();
  });
});
