/* global window, document, URLSearchParams, fetch, queueMicrotask, HTMLElement, HTMLInputElement, HTMLIFrameElement, HTMLSelectElement, HTMLTableElement, HTMLTableCellElement, File */
import { columnLetter } from "../sheets";
import { FakeExcel, WorkbookModel, type Area, type SheetModel } from "../fake-excel";
import { renderChart } from "./charts";
import { DemoFormulas, registerCustomFunctions, type FunctionMetadata } from "./formulas";
import type { DemoGlobals } from "./globals";
import { workbookFromCsv, workbookFromXlsx } from "./load";

// The demo host: an in-memory workbook shown as an editable grid beside the add-in's real task
// pane, for trying the add-in without Excel and for the end-to-end tests.

const SAMPLE = "sample-lsg-assessments.xlsx";
const globals = (window as unknown as { demoGlobals: DemoGlobals }).demoGlobals;

interface Demo {
  excel: FakeExcel;
  model: WorkbookModel;
  formulas: DemoFormulas;
  ready: boolean;
}
const demo: Demo = {
  excel: null as never,
  model: null as never,
  formulas: null as never,
  ready: false,
};
(window as unknown as { demo: Demo }).demo = demo;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function activeSheet(): SheetModel {
  return demo.model.sheetById(demo.model.activeSheetId ?? "") ?? demo.model.sheets[0];
}

function displayed(value: unknown, numberFormat?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && numberFormat === "0.0%") return `${(value * 100).toFixed(1)}%`;
  if (typeof value === "number" && numberFormat === "0.00") return value.toFixed(2);
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, "");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function conditionalColours(
  sheet: SheetModel,
  row: number,
  column: number,
  text: string
): { fill?: string; font?: string } {
  for (const cf of demo.model.conditionalFormats) {
    const a = cf.area;
    if (
      cf.sheetId !== sheet.id ||
      row < a.top ||
      row > a.bottom ||
      column < a.left ||
      column > a.right
    )
      continue;
    if (cf.type === "ContainsText" && cf.rule && text.includes(cf.rule.text))
      return { fill: cf.fill ?? undefined, font: cf.fontColor ?? undefined };
  }
  return {};
}

function renderTabs(): void {
  const tabs = $("tabs");
  tabs.replaceChildren(
    ...demo.model.sheets.map((sheet) => {
      const tab = document.createElement("button");
      tab.textContent = sheet.name;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-selected", String(sheet === activeSheet()));
      tab.onclick = () => {
        demo.model.activeSheetId = sheet.id;
        demo.model.selection = {
          sheetId: sheet.id,
          area: { top: 0, left: 0, bottom: 0, right: 0 },
        };
        demo.model.changed();
      };
      return tab;
    })
  );
}

/** The header row: an empty corner, then the column letters A, B, C… */
function columnHeaders(table: HTMLTableElement, cols: number): void {
  const head = table.createTHead().insertRow();
  head.appendChild(document.createElement("th"));
  for (let c = 0; c < cols; c++) {
    const th = document.createElement("th");
    th.textContent = columnLetter(c);
    head.appendChild(th);
  }
}

function inArea(area: Area | null, r: number, c: number): boolean {
  return area !== null && r >= area.top && r <= area.bottom && c >= area.left && c <= area.right;
}

/**
 * One cell as Excel shows it: its displayed value, its formula's error message as a tooltip, its
 * own or conditional colours; a click selects it, a double click goes to the formula bar.
 */
function renderCell(td: HTMLTableCellElement, sheet: SheetModel, r: number, c: number): void {
  const cell = sheet.cell(r, c);
  const text = displayed(sheet.valueAt(r, c), cell?.numberFormat);
  td.textContent = text;
  td.dataset.address = `${columnLetter(c)}${r + 1}`;
  if (cell?.formula) td.dataset.formula = cell.formula;
  const message = demo.formulas.message(sheet, r, c);
  if (message) td.title = message;
  const colours = conditionalColours(sheet, r, c, text);
  if (cell?.fill || colours.fill) td.style.background = colours.fill ?? cell!.fill!;
  if (colours.font || cell?.fontColor) td.style.color = colours.font ?? cell!.fontColor!;
  if (cell?.bold) td.style.fontWeight = "600";
  if (typeof sheet.valueAt(r, c) === "number") td.className = "number";
  td.onclick = () => {
    demo.model.selection = {
      sheetId: sheet.id,
      area: { top: r, left: c, bottom: r, right: c },
    };
    demo.model.changed();
  };
  td.ondblclick = () => $("formula-input").focus();
}

function renderGrid(): void {
  const sheet = activeSheet();
  const used = sheet.usedArea(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  // The used cells and a margin to type into, within what a page can draw quickly.
  const rows = Math.min(used.bottom + 6, 400);
  const cols = Math.min(used.right + 4, 40);
  const selection = demo.model.selection?.sheetId === sheet.id ? demo.model.selection.area : null;
  const table = document.createElement("table");
  table.className = "grid";
  columnHeaders(table, cols);
  const body = table.createTBody();
  for (let r = 0; r < rows; r++) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.textContent = String(r + 1);
    tr.appendChild(th);
    for (let c = 0; c < cols; c++) {
      const td = tr.insertCell();
      renderCell(td, sheet, r, c);
      if (inArea(selection, r, c)) td.classList.add("selected");
    }
  }
  $("grid").replaceChildren(table);
  table.querySelector(".selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
}

function renderFormulaBar(): void {
  const sheet = activeSheet();
  const area = demo.model.selection?.area ?? { top: 0, left: 0, bottom: 0, right: 0 };
  $("cell-address").textContent = `${columnLetter(area.left)}${area.top + 1}`;
  const cell = sheet.cell(area.top, area.left);
  const input = $("formula-input") as HTMLInputElement;
  if (document.activeElement !== input) input.value = cell?.formula ?? displayed(cell?.value ?? "");
}

function renderCharts(): void {
  const sheet = activeSheet();
  $("charts").replaceChildren(
    ...demo.model.charts
      .filter((c) => c.sheetId === sheet.id)
      .map((c) => renderChart(demo.model, c))
  );
}

// Changes in one task (a batch's syncs, an edit) are drawn once, as soon as that task's work is
// done: the grid never shows a state older than the workbook to whoever looks next.
let scheduled = false;
function render(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    renderTabs();
    renderFormulaBar();
    renderGrid();
    renderCharts();
    document.body.dataset.version = String(demo.model.version);
  });
}

function commitFormulaBar(): void {
  const sheet = activeSheet();
  const area = demo.model.selection?.area ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const input = $("formula-input") as HTMLInputElement;
  sheet.write({ top: area.top, left: area.left, bottom: area.top, right: area.left }, [
    [input.value],
  ]);
  const next = { top: area.top + 1, left: area.left, bottom: area.top + 1, right: area.left };
  demo.model.selection = { sheetId: sheet.id, area: next };
  input.blur();
  demo.model.changed();
}

function reloadPane(): void {
  ($("pane") as HTMLIFrameElement).src = `pane.html?v=${Date.now()}`;
}

function use(model: WorkbookModel): void {
  demo.model = model;
  demo.excel = new FakeExcel(model);
  demo.formulas = new DemoFormulas(model);
  model.subscribe(render);
  render();
  reloadPane();
}

async function openFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name.replace(/\.[^.]+$/, "");
  use(
    /\.csv$/i.test(file.name) ? workbookFromCsv(bytes, name) : await workbookFromXlsx(bytes.buffer)
  );
}

/** ?paneWidth=320 lays the pane out at that width (Excel's task pane opens at about 320 px), so
 * the pane can be tried, and tested, as narrow as its users see it. The iframe's left border
 * lies outside its 100% width, so the pane's own page is exactly that wide. */
function applyPaneWidth(): void {
  const width = Number(new URLSearchParams(window.location.search).get("paneWidth"));
  if (!Number.isInteger(width) || width < 200) return;
  const workspace = document.querySelector(".workspace") as HTMLElement;
  workspace.style.gridTemplateColumns = `1fr ${width}px`;
}

async function start(): Promise<void> {
  applyPaneWidth();
  const metadata = (await (await fetch("functions.json")).json()) as {
    functions: FunctionMetadata[];
  };
  registerCustomFunctions(globals.functions, metadata);
  const language = $("display-language") as HTMLSelectElement;
  language.value = globals.displayLanguage;
  language.onchange = () => {
    globals.displayLanguage = language.value;
    reloadPane();
    demo.model.changed();
  };
  ($("file") as HTMLInputElement).onchange = (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void openFile(file);
  };
  $("reset").onclick = () => void loadSample();
  const input = $("formula-input") as HTMLInputElement;
  input.onkeydown = (event) => {
    if (event.key === "Enter") commitFormulaBar();
    if (event.key === "Escape") {
      input.blur();
      render();
    }
  };
  await loadSample();
  demo.ready = true;
}

async function loadSample(): Promise<void> {
  use(await workbookFromXlsx(await (await fetch(SAMPLE)).arrayBuffer()));
}

void start();
