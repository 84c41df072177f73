import type { LayoutArea } from "../../report/summaryLayout";
import { escapeXml } from "../xml";
import { NS_CHART, NS_DRAWING, NS_RELATIONSHIPS } from "./chartPart";

/**
 * A sheet's drawing part (ECMA-376 Part 1, 20.5 SpreadsheetML Drawing: xdr:wsDr) holding one
 * graphic frame per chart, each anchored to cells so that it moves and sizes with them, as a chart
 * placed by Excel is.
 */
const NS_SHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL_CHART = `${NS_RELATIONSHIPS}/chart`;

export interface AnchoredChart {
  /** The chart object's name (Excel shows it in the selection pane; the pane's charts use the same). */
  readonly name: string;
  /** The chart's title, given to screen readers as the frame's description. */
  readonly title: string;
  /** The cells the chart covers, 0-based and inclusive. */
  readonly position: LayoutArea;
  /** The chart part, relative to the drawing part's folder, e.g. "../charts/chart1.xml". */
  readonly target: string;
}

/** Cell corner markers: from the top-left cell's corner to the corner after the bottom-right one. */
function marker(element: string, column: number, row: number): string {
  return (
    `<xdr:${element}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${element}>`
  );
}

function anchor(chart: AnchoredChart, index: number): string {
  const { top, left, bottom, right } = chart.position;
  return (
    `<xdr:twoCellAnchor>${marker("from", left, top)}${marker("to", right + 1, bottom + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.name)}" descr="${escapeXml(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_CHART}">` +
    `<c:chart xmlns:c="${NS_CHART}" r:id="rId${index + 1}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part and its relationships part; chart i is relationship rId{i+1}. */
export function drawingParts(charts: readonly AnchoredChart[]): { drawing: string; rels: string } {
  const drawing =
    `${XML_DECL}<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_DRAWING}" ` +
    `xmlns:r="${NS_RELATIONSHIPS}">${charts.map(anchor).join("")}</xdr:wsDr>`;
  const rels =
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
    charts
      .map(
        (chart, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="${escapeXml(chart.target)}"/>`
      )
      .join("") +
    "</Relationships>";
  return { drawing, rels };
}
