import fs from "fs";
import path from "path";
import { tempDir } from "../cli/run";
import { colouredPixels, readCharts, splitRef } from "../support/chartParts";
import { chartWorkbook } from "../support/chartWorkbook";
import { convertWithLibreOffice } from "../support/libreoffice";

describe("LibreOffice opens the charts", () => {
  const dir = tempDir();
  const file = path.join(dir, "charts.xlsx");
  const plain = path.join(dir, "plain.xlsx");
  const { bytes } = chartWorkbook(true);
  fs.writeFileSync(file, bytes);
  fs.writeFileSync(plain, chartWorkbook(false).bytes);

  it("keeps the charts and their references when it saves the workbook as .xlsx", async () => {
    const saved = fs.readFileSync(convertWithLibreOffice(file, "xlsx"));
    const ours = await readCharts(bytes);
    const theirs = await readCharts(saved);
    expect(theirs).toHaveLength(3);
    const refs = (charts: typeof ours) =>
      charts.map((c) =>
        c.series.map((s) =>
          [s.name.f, s.categories.f, s.values.f].map((f) => {
            const { sheet, area } = splitRef(f);
            return { sheet, area };
          })
        )
      );
    expect(refs(theirs)).toEqual(refs(ours));
    expect(theirs.map((c) => c.title)).toEqual(ours.map((c) => c.title));
  });

  it("draws them when it prints the workbook to PDF", () => {
    const drawn = colouredPixels(convertWithLibreOffice(file, "pdf"));
    const without = colouredPixels(convertWithLibreOffice(plain, "pdf"));
    expect(without).toBe(0);
    // Three charts at 30 dpi: slices and bars of more than a thousand coloured pixels (about 1,500).
    expect(drawn).toBeGreaterThan(1000);
  });
});
