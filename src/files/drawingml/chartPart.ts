import type { BoundChart, CellsRef, ChartSeriesSpec } from "../../report/chartSpecs";
import { escapeCellText, escapeXml } from "../xml";

/**
 * A chart part (ECMA-376 Part 1, 21.2 DrawingML Charts: c:chartSpace) for a chart bound to cells.
 * Each series reads its cells by formula and carries their values as a cache, which is what Excel
 * and LibreOffice draw until they recalculate. Elements are written in the schema's sequence
 * order (dml-chart.xsd), which Excel enforces: an element out of order makes it repair the file.
 */
export const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const NS_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const NS_RELATIONSHIPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

const val = (element: string, value: string | number) => `<c:${element} val="${value}"/>`;

function points(values: readonly (string | number | null)[], text: (v: string | number) => string) {
  return values
    .map((v, i) => (v === null || v === "" ? "" : `<c:pt idx="${i}"><c:v>${text(v)}</c:v></c:pt>`))
    .join("");
}

function strRef(cells: CellsRef<string | number>): string {
  return (
    `<c:strRef><c:f>${escapeXml(cells.ref)}</c:f><c:strCache>${val("ptCount", cells.values.length)}` +
    `${points(cells.values, (v) => escapeCellText(String(v)))}</c:strCache></c:strRef>`
  );
}

function numRef(cells: CellsRef<string | number | null>, format: string): string {
  return (
    `<c:numRef><c:f>${escapeXml(cells.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}` +
    `</c:formatCode>${val("ptCount", cells.values.length)}` +
    `${points(cells.values, (v) => String(v))}</c:numCache></c:numRef>`
  );
}

/** Categories that are all numbers (rounds such as 2019) are numbers in the chart, as Excel writes them. */
function categoryData(categories: CellsRef<string | number>): string {
  const numbers = categories.values.every((v) => typeof v === "number");
  return `<c:cat>${numbers ? numRef(categories, "General") : strRef(categories)}</c:cat>`;
}

/**
 * Office's default theme colours (accent 1–6), in the order Excel gives them to series. Written
 * out because our packages carry no theme part: without explicit fills LibreOffice draws the bars
 * and slices unfilled.
 */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

function fill(index: number, outline?: string): string {
  const line = outline
    ? `<a:ln><a:solidFill><a:srgbClr val="${outline}"/></a:solidFill></a:ln>`
    : "";
  return `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE[index % PALETTE.length]}"/></a:solidFill>${line}</c:spPr>`;
}

function seriesXml(chart: BoundChart, series: ChartSeriesSpec, index: number): string {
  const bar = chart.type !== "Doughnut";
  // A doughnut's slices vary by point (varyColors), each slice its own colour with a white edge.
  const slices = bar
    ? ""
    : chart.categories.values
        .map((_, i) => `<c:dPt>${val("idx", i)}${val("bubble3D", 0)}${fill(i, "FFFFFF")}</c:dPt>`)
        .join("");
  return (
    `<c:ser>${val("idx", index)}${val("order", index)}<c:tx>${strRef(series.name)}</c:tx>` +
    (bar ? fill(index) + val("invertIfNegative", 0) : slices) +
    categoryData(chart.categories) +
    `<c:val>${numRef(series.values, series.values.format)}</c:val></c:ser>`
  );
}

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeCellText(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function axes(horizontalBars: boolean): string {
  const common = (id: number, position: string) =>
    val("axId", id) +
    `<c:scaling>${val("orientation", "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", position)}`;
  const categoryAxis =
    `<c:catAx>${common(CATEGORY_AXIS, horizontalBars ? "l" : "b")}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${val("majorTickMark", "out")}` +
    `${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${val("crossAx", VALUE_AXIS)}` +
    `${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}` +
    `${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const valueAxis =
    `<c:valAx>${common(VALUE_AXIS, horizontalBars ? "b" : "l")}` +
    `<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${val("majorTickMark", "out")}` +
    `${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${val("crossAx", CATEGORY_AXIS)}` +
    `${val("crosses", "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  return categoryAxis + valueAxis;
}

function plotXml(chart: BoundChart): string {
  const series = chart.series.map((s, i) => seriesXml(chart, s, i)).join("");
  if (chart.type === "Doughnut")
    return (
      `<c:doughnutChart>${val("varyColors", 1)}${series}` +
      `${val("firstSliceAng", 0)}${val("holeSize", 50)}</c:doughnutChart>`
    );
  const horizontal = chart.type === "BarClustered";
  const stacked = chart.type === "ColumnStacked";
  return (
    `<c:barChart>${val("barDir", horizontal ? "bar" : "col")}` +
    `${val("grouping", stacked ? "stacked" : "clustered")}${val("varyColors", 0)}${series}` +
    `${val("gapWidth", stacked ? 150 : 182)}${stacked ? val("overlap", 100) : ""}` +
    `${val("axId", CATEGORY_AXIS)}${val("axId", VALUE_AXIS)}</c:barChart>${axes(horizontal)}`
  );
}

/** The chart part's XML. */
export function chartPartXml(chart: BoundChart): string {
  // A single series needs no legend: the title names it (as Excel's own default chart does).
  const legend =
    chart.type === "Doughnut" || chart.series.length > 1
      ? `<c:legend>${val("legendPos", chart.type === "Doughnut" ? "r" : "b")}${val("overlay", 0)}</c:legend>`
      : "";
  return (
    `${XML_DECL}<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING}" xmlns:r="${NS_RELATIONSHIPS}">` +
    // Without roundedCorners="0" Excel draws the chart's border with rounded corners (the default).
    `${val("date1904", 0)}${val("roundedCorners", 0)}<c:chart>` +
    `<c:title><c:tx>${richText(chart.title, 1400, true)}</c:tx>${val("overlay", 0)}</c:title>` +
    `${val("autoTitleDeleted", 0)}<c:plotArea><c:layout/>${plotXml(chart)}</c:plotArea>${legend}` +
    `${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    // A white chart area with a light border, as Excel's default style: without it LibreOffice
    // leaves the area transparent and a long text overflowing its cell shows through the chart.
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>` +
    `<a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:chartSpace>`
  );
}
