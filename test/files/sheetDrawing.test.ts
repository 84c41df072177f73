import { withDrawing } from "../../src/files/drawingml/sheetDrawing";

describe("the drawing element in a worksheet's schema order (ECMA-376 18.3.1.99)", () => {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

  it("goes after pageSetup, headerFooter and breaks, before legacy drawings, tables and extLst", () => {
    const sheet =
      `<worksheet ${NS} ${R}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
      `<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9"/><headerFooter><oddHeader>a &gt; b</oddHeader></headerFooter>` +
      `<rowBreaks count="1"><brk id="2"/></rowBreaks><legacyDrawing r:id="rId1"/>` +
      `<tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst><ext uri="y"/></extLst></worksheet>`;
    expect(withDrawing(sheet, "rId9")).toBe(
      sheet.replace("<legacyDrawing", '<drawing r:id="rId9"/><legacyDrawing')
    );
  });

  it("goes last when nothing follows it, and uses the root's prefixes", () => {
    const sheet =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<x:sheetData/><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`;
    expect(withDrawing(sheet, "rId1")).toBe(
      sheet.replace("</x:worksheet>", '<x:drawing rel:id="rId1"/></x:worksheet>')
    );
  });

  it("declares the relationships namespace when the sheet has none, and refuses a second drawing", () => {
    const sheet = `<?xml version="1.0"?>\n<worksheet ${NS}><sheetData></sheetData></worksheet>`;
    expect(withDrawing(sheet, "rId1")).toBe(
      `<?xml version="1.0"?>\n<worksheet ${R} ${NS}><sheetData></sheetData><drawing r:id="rId1"/></worksheet>`
    );
    const drawn = withDrawing(sheet, "rId1");
    expect(() => withDrawing(drawn, "rId2")).toThrow(/already has a drawing/);
  });
});
