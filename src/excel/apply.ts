/* global Excel */
import type { ApplyOutcome, ApplyRequest } from "../host/contract";
import { resultHeaders } from "../report";
import type { Capabilities } from "./capabilities";
import { writeReconcile } from "./reconcile";
import {
  candidateTargets,
  isOurHeaderRow,
  occupiedCells,
  outputState,
  targetRange,
  writeResults,
  type ResultTarget,
} from "./results";
import { loadState, queueStateChange } from "./state";
import { CHART_PREFIX, summarySheetName, writeSummary } from "./summary";
import { columnLetter } from "./text";

/**
 * Round trip 1: what is in the target cells now, and what is left of an earlier summary. The
 * target is the add-in's earlier output when its header row is still ours, else fresh columns.
 */
async function findTarget(context: Excel.RequestContext, request: ApplyRequest) {
  const { source, report } = request;
  const workbook = context.workbook;
  const sheet = workbook.worksheets.getItem(source.sheetId);
  const { previous, fresh } = candidateTargets(source, report);
  const previousRange = previous ? targetRange(sheet, previous) : null;
  previousRange?.load("formulas");
  const freshRange = fresh.addTableColumns ? null : targetRange(sheet, fresh);
  freshRange?.load("formulas");
  const summaryId = source.state?.summarySheetId;
  const oldSummary = summaryId ? workbook.worksheets.getItemOrNullObject(summaryId) : null;
  oldSummary?.load("name");
  const sheets = workbook.worksheets;
  sheets.load("items/name");
  const stateBefore = loadState(context);
  await context.sync();

  const ours =
    previousRange !== null &&
    isOurHeaderRow(previousRange.formulas[0], source.state?.output?.headers);
  const target: ResultTarget = ours ? previous! : fresh;
  const occupied = !ours && freshRange ? occupiedCells(target, freshRange.formulas, false) : null;
  const sheetNames = sheets.items.map((s) => s.name);
  return { sheet, target, occupied, oldSummary, sheetNames, stateBefore };
}

/** The summary sheet, refreshed in place (its charts removed, its cells cleared) or added. */
async function summarySheet(
  context: Excel.RequestContext,
  oldSummary: Excel.Worksheet | null,
  request: ApplyRequest,
  sheetNames: readonly string[]
): Promise<{ summary: Excel.Worksheet; name: string }> {
  let summary: Excel.Worksheet;
  let name: string;
  if (oldSummary && !oldSummary.isNullObject) {
    summary = oldSummary;
    name = oldSummary.name;
    const charts = summary.charts;
    charts.load("items/name");
    await context.sync();
    for (const chart of charts.items) if (chart.name.startsWith(CHART_PREFIX)) chart.delete();
    summary.getRange().clear("All");
  } else {
    name = summarySheetName(request.lang, sheetNames);
    summary = context.workbook.worksheets.add(name);
  }
  summary.load("name,id");
  return { summary, name };
}

/** Writes the result columns, the Summary sheet and (with two raters) the Reconcile sheet. */
export async function applyResults(
  context: Excel.RequestContext,
  request: ApplyRequest,
  capabilities: Capabilities
): Promise<ApplyOutcome> {
  const { source, report, mode, lang } = request;
  const found = await findTarget(context, request);
  const { sheet, target, occupied } = found;
  if (occupied && occupied.count > 0 && !request.overwrite)
    return { kind: "needs-consent", occupied };

  // Where the results go is stored with the first of them: should Excel stop the run later
  // (a protected workbook, a co-author, a sheet deleted), Apply again finds and finishes them.
  queueStateChange(context, found.stateBefore, (current) => ({
    ...current,
    output: outputState(source, target, mode, resultHeaders(lang, Boolean(request.reconcile))),
  }));
  // Round trips 2…: the result columns, in payload-sized chunks.
  const headers = await writeResults(context, sheet, source, report, target, {
    mode,
    lang,
    capabilities,
    agreed: Boolean(request.reconcile),
    onChunk: (done, total) => request.onProgress?.(done, total + 1),
  });
  const sheets = await writeSheets(context, request, found.oldSummary, found.sheetNames);
  await storeOutcome(context, request, target, headers, sheets);
  request.onProgress?.(1, 1);
  return {
    kind: "done",
    columns: `${columnLetter(target.columns[0])}:${columnLetter(target.columns[2])}`,
    rows: report.table.rows.length,
    summarySheet: sheets.summary.name,
    charts: sheets.charts,
  };
}

/** The Summary sheet and, with two raters, the Reconcile sheet (its name clear of the Summary's). */
async function writeSheets(
  context: Excel.RequestContext,
  request: ApplyRequest,
  oldSummary: Excel.Worksheet | null,
  sheetNames: readonly string[]
) {
  const { source, report, lang } = request;
  const { summary, name } = await summarySheet(context, oldSummary, request, sheetNames);
  const charts = await writeSummary(context, summary, report, lang, true, request.summaryExtras);
  let reconcile: Excel.Worksheet | null = null;
  if (request.reconcile && request.reconcile.length > 0) {
    reconcile = writeReconcile(context, source, request.reconcile, lang, [...sheetNames, name]);
    reconcile.load("id");
  }
  return { summary, charts, reconcile };
}

/** Stores where this run wrote and the sheets it made: the last two round trips. */
async function storeOutcome(
  context: Excel.RequestContext,
  request: ApplyRequest,
  target: ResultTarget,
  headers: readonly string[],
  sheets: { summary: Excel.Worksheet; reconcile: Excel.Worksheet | null }
): Promise<void> {
  const { summary, reconcile } = sheets;
  // The state as it is now, read with this sync: choices saved since the pane loaded stay.
  const setting = loadState(context);
  await context.sync();

  queueStateChange(context, setting, (current) => ({
    ...current,
    output: outputState(request.source, target, request.mode, headers),
    summarySheetId: summary.id,
    reconcileSheetId: reconcile ? reconcile.id : current.reconcileSheetId,
    language: request.lang,
  }));
  await context.sync();
}
