import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { openXlsx } from "../../src/files/xlsxPackage";
import { writeWorkbookPackage } from "../../src/files/xlsxWriter";
import { tempDir } from "../cli/run";
import { textCell, writeFixture } from "./xlsxFixture";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every attribute's namespace, as a namespace-aware reader (Excel, LibreOffice) resolves it. */
function relationshipIds(xml: string): { sheet: string; ns: string }[] {
  const parser = new SaxesParser({ xmlns: true });
  const ids: { sheet: string; ns: string }[] = [];
  parser.on("opentag", (tag) => {
    if (tag.local !== "sheet") return;
    const id = Object.values(tag.attributes).find((a) => typeof a !== "string" && a.local === "id");
    if (id && typeof id !== "string")
      ids.push({ sheet: String(tag.attributes.name?.value), ns: id.uri });
  });
  parser.write(xml).close(); // throws on an unbound prefix, as LibreOffice refuses the file
  return ids;
}

describe("sheets added to a workbook part whose r: prefix is declared on a sheet", () => {
  it("declares the prefix on each added sheet (openpyxl declares it on its own <sheet> only)", async () => {
    const file = path.join(tempDir(), "openpyxl-style.xlsx");
    await writeFixture(file, [{ name: "Data", data: `<row r="1">${textCell("A1", "x")}</row>` }]);
    // openpyxl writes <workbook xmlns=main> and <sheet xmlns:r=... r:id=...>: the prefix is
    // bound on that element only (Namespaces in XML 1.0, section 6.1: scope of a declaration).
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const workbookXml = (await zip.file("xl/workbook.xml")!.async("string"))
      .replace(` xmlns:r="${NS_REL}"`, "")
      .replace("<sheet ", `<sheet xmlns:r="${NS_REL}" `);
    zip.file("xl/workbook.xml", workbookXml);
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    expect(relationshipIds(workbookXml)).toEqual([{ sheet: "Data", ns: NS_REL }]);

    const out = writeWorkbookPackage(
      openXlsx(fs.readFileSync(file)),
      () => false,
      (builder) => {
        builder.sheet("Results").addRow(["new"]);
      }
    );
    const after = await (await JSZip.loadAsync(out)).file("xl/workbook.xml")!.async("string");
    expect(relationshipIds(after)).toEqual([
      { sheet: "Data", ns: NS_REL },
      { sheet: "Results", ns: NS_REL },
    ]);
  });
});
