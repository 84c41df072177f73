/* global document, HTMLElement, SVGElement */
import type { ChartModel, ChartSeriesData, WorkbookModel } from "../fake-excel";

// Draws the workbook's charts from their series, as Excel would: type, categories, values.

const PALETTE = ["#2e7d32", "#f9a825", "#c62828", "#5b2c83", "#1565c0", "#6d4c41"];
// A single series (indicator means) is drawn in the add-in's colour, not a category's.
const colour = (index: number, count: number) => PALETTE[count === 1 ? 3 : index % PALETTE.length];
const SVG = "http://www.w3.org/2000/svg";

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function numbers(series: ChartSeriesData): number[] {
  return series.values.map((v) => (typeof v === "number" ? v : Number(v) || 0));
}

function doughnut(svg: SVGElement, series: ChartSeriesData[]): void {
  const values = numbers(series[0]);
  const sum = values.reduce((a, b) => a + b, 0) || 1;
  let angle = -Math.PI / 2;
  values.forEach((value, i) => {
    const sweep = (value / sum) * Math.PI * 2;
    const [r1, r2, cx, cy] = [70, 40, 90, 90];
    const p = (r: number, a: number) => `${cx + r * Math.cos(a)} ${cy + r * Math.sin(a)}`;
    const large = sweep > Math.PI ? 1 : 0;
    const end = angle + Math.min(sweep, Math.PI * 2 - 0.0001);
    const d = `M ${p(r1, angle)} A ${r1} ${r1} 0 ${large} 1 ${p(r1, end)} L ${p(r2, end)} A ${r2} ${r2} 0 ${large} 0 ${p(r2, angle)} Z`;
    const path = el("path", { d, fill: PALETTE[i % PALETTE.length] });
    path.appendChild(el("title", {}, `${series[0].categories[i]}: ${value}`));
    svg.appendChild(path);
    angle = end;
  });
}

// The plot area of a column or bar chart, in SVG units: width, height and the room left for the
// category labels under columns.
const [W, H, PAD] = [300, 160, 24];

/** Where one bar (one series in one category) sits: category c's band, and its size along it. */
interface BarPlace {
  readonly c: number;
  readonly band: number;
  /** Shift across the band: a series beside the others when not stacked. */
  readonly along: number;
  /** Shift along the value axis: the series below it when stacked. */
  readonly offset: number;
  readonly size: number;
  readonly thickness: number;
}

function barRect(
  { c, band, along, offset, size, thickness }: BarPlace,
  horizontal: boolean,
  fill: string
): SVGElement {
  return horizontal
    ? el("rect", {
        x: 90 + offset,
        y: c * band + along + band * 0.15,
        width: Math.max(0, size),
        height: thickness,
        fill,
      })
    : el("rect", {
        x: PAD + c * band + along + band * 0.2,
        y: H - PAD - offset - size,
        width: thickness,
        height: Math.max(0, size),
        fill,
      });
}

/** The category's name, left of its bars or under its columns, cut to fit. */
function categoryLabel(
  category: unknown,
  c: number,
  band: number,
  horizontal: boolean
): SVGElement {
  return horizontal
    ? el(
        "text",
        { x: 0, y: c * band + band / 2 + 4, "font-size": 10 },
        String(category).slice(0, 16)
      )
    : el(
        "text",
        { x: PAD + c * band + band * 0.2, y: H - 8, "font-size": 10 },
        String(category).slice(0, 14)
      );
}

function columns(
  svg: SVGElement,
  series: ChartSeriesData[],
  stacked: boolean,
  horizontal: boolean
): void {
  const categories = series[0]?.categories ?? [];
  const data = series.map(numbers);
  const totals = categories.map((_, c) =>
    stacked ? data.reduce((s, d) => s + d[c], 0) : Math.max(...data.map((d) => d[c]))
  );
  const max = Math.max(1, ...totals);
  const band = (horizontal ? H : W - PAD) / Math.max(1, categories.length);
  categories.forEach((category, c) => {
    let offset = 0;
    data.forEach((d, s) => {
      const size = (d[c] / max) * (horizontal ? W - 90 : H - PAD);
      const thickness = stacked ? band * 0.6 : (band * 0.7) / data.length;
      const along = stacked ? 0 : s * thickness;
      const place = { c, band, along, offset, size, thickness };
      const rect = barRect(place, horizontal, colour(s, series.length));
      rect.appendChild(el("title", {}, `${String(category)} — ${series[s].name}: ${d[c]}`));
      svg.appendChild(rect);
      if (stacked) offset += size;
    });
    svg.appendChild(categoryLabel(category, c, band, horizontal));
  });
}

function legend(figure: HTMLElement, names: readonly string[], single: boolean): void {
  const list = document.createElement("ul");
  list.className = "legend";
  names.forEach((name, i) => {
    const item = document.createElement("li");
    item.innerHTML = `<span style="background:${single ? colour(0, 1) : PALETTE[i % PALETTE.length]}"></span>`;
    item.append(name);
    list.appendChild(item);
  });
  figure.appendChild(list);
}

export function renderChart(model: WorkbookModel, chart: ChartModel): HTMLElement {
  const series = model.chartSeries(chart);
  const figure = document.createElement("figure");
  figure.className = "chart";
  figure.dataset.chart = chart.name;
  figure.dataset.type = chart.type;
  figure.dataset.series = JSON.stringify(
    series.map((s) => ({ name: s.name, categories: s.categories, values: s.values }))
  );
  const caption = document.createElement("figcaption");
  caption.textContent = chart.title;
  figure.appendChild(caption);
  const svg = el("svg", {
    viewBox: chart.type === "Doughnut" ? "0 0 180 180" : "0 0 300 160",
    role: "img",
    "aria-label": chart.title,
  });
  if (chart.type === "Doughnut") doughnut(svg, series);
  else columns(svg, series, chart.type.endsWith("Stacked"), chart.type.startsWith("Bar"));
  figure.appendChild(svg);
  if (chart.type === "Doughnut") legend(figure, (series[0]?.categories ?? []).map(String), false);
  else
    legend(
      figure,
      series.map((s) => s.name),
      series.length === 1
    );
  return figure;
}
