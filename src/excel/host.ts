/* global Excel */
import { languageFromTag } from "../rubric";
import type { WorkbookHost } from "../host/contract";
import type { Capabilities } from "./capabilities";
import { officeDisplayLanguage } from "../shared/displayLanguage";
import {
  candidateTargets,
  isOurHeaderRow,
  occupiedCells,
  outputState,
  targetRange,
  writeResults,
} from "./results";
import type { ExcelRun } from "./run";
import { readSheetGrid, readSource } from "./source";
import { loadState, queueStateChange, storedState, type StoredState } from "./state";
import { CHART_PREFIX, summarySheetName, uniqueSheetName, writeSummary } from "./summary";
import { columnLetter } from "./text";
import { writeReconcile } from "./reconcile";
import { writeScorecards } from "./scorecards";
import { resultHeaders, text } from "../report";

// The contract the pane imports lives apart from Office; re-exported for the Office-side callers.
export type { ApplyOutcome, ApplyRequest, WorkbookHost } from "../host/contract";

/** Reads the stored state, changes it, and stores it again, in one run of its own. */
function updateState(run: ExcelRun, change: (state: StoredState) => StoredState): Promise<void> {
  return run(async (context) => {
    const setting = loadState(context);
    await context.sync();
    queueStateChange(context, setting, change);
    await context.sync();
  });
}

export function createWorkbookHost(
  run: ExcelRun,
  capabilities: Capabilities,
  displayLanguageTag: () => string | undefined = officeDisplayLanguage
): WorkbookHost {
  return {
    capabilities,
    displayLanguage: () => languageFromTag(displayLanguageTag()),
    readSource: () => readSource(run, capabilities),
    readSheet: (name) => readSheetGrid(run, capabilities, name),

    saveColumnChoices: (sheetId, choices) =>
      updateState(run, (state) => ({
        ...state,
        mappings: { ...(state.mappings ?? {}), [sheetId]: choices },
      })),

    saveMethod: (method) =>
      updateState(run, (state) => ({ ...state, method: method ?? undefined })),

    // The stored state is read here, never taken from the source read when the pane loaded.
    makeScorecards: (_source, report, lang) =>
      run(async (context) => {
        const workbook = context.workbook;
        const sheets = workbook.worksheets;
        sheets.load("items/name,items/id");
        const setting = loadState(context);
        await context.sync();
        const state = storedState(setting);
        const existing = sheets.items.find((s) => s.id === state?.scorecardsSheetId);
        const sheet =
          existing ??
          workbook.worksheets.add(
            uniqueSheetName(
              text("scorecards", lang),
              sheets.items.map((s) => s.name)
            )
          );
        if (existing) sheet.getRange().clear("All");
        sheet.load("name,id");
        const cards = await writeScorecards(context, sheet, report, lang);
        // The state as it is now (choices may have been saved meanwhile), read with this sync.
        const fresh = loadState(context);
        await context.sync();
        queueStateChange(context, fresh, (current) => ({
          ...current,
          scorecardsSheetId: sheet.id,
        }));
        await context.sync();
        return { sheet: sheet.name, cards };
      }),

    selectCell: (sheetId, address) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetId);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      }),

    apply: (request) =>
      run(async (context) => {
        const { source, report, mode, lang } = request;
        const workbook = context.workbook;
        const sheet = workbook.worksheets.getItem(source.sheetId);
        const { previous, fresh } = candidateTargets(source, report);

        // Round trip 1: what is in the target cells now, and what is left of an earlier summary.
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
        const target = ours ? previous! : fresh;
        if (!ours && freshRange) {
          const occupied = occupiedCells(target, freshRange.formulas, false);
          if (occupied.count > 0 && !request.overwrite) return { kind: "needs-consent", occupied };
        }

        // Where the results go is stored with the first of them: should Excel stop the run later
        // (a protected workbook, a co-author, a sheet deleted), Apply again finds and finishes them.
        queueStateChange(context, stateBefore, (current) => ({
          ...current,
          output: outputState(source, target, mode, resultHeaders(lang)),
        }));
        // Round trips 2…: the result columns, in payload-sized chunks.
        const headers = await writeResults(context, sheet, source, report, target, {
          mode,
          lang,
          capabilities,
          onChunk: (done, total) => request.onProgress?.(done, total + 1),
        });

        // Then the summary sheet, refreshed in place: its charts removed, its cells cleared, rewritten.
        let summary: Excel.Worksheet;
        let summaryName: string;
        if (oldSummary && !oldSummary.isNullObject) {
          summary = oldSummary;
          summaryName = oldSummary.name;
          const charts = summary.charts;
          charts.load("items/name");
          await context.sync();
          for (const chart of charts.items) if (chart.name.startsWith(CHART_PREFIX)) chart.delete();
          summary.getRange().clear("All");
        } else {
          summaryName = summarySheetName(
            lang,
            sheets.items.map((s) => s.name)
          );
          summary = workbook.worksheets.add(summaryName);
        }
        summary.load("name,id");
        const charts = await writeSummary(
          context,
          summary,
          report,
          lang,
          true,
          request.summaryExtras
        );
        let reconcile: Excel.Worksheet | null = null;
        if (request.reconcile && request.reconcile.length > 0) {
          reconcile = writeReconcile(context, source, request.reconcile, lang, [
            ...sheets.items.map((s) => s.name),
            summaryName,
          ]);
          reconcile.load("id");
        }
        // The state as it is now, read with this sync: choices saved since the pane loaded stay.
        const setting = loadState(context);
        await context.sync();

        queueStateChange(context, setting, (current) => ({
          ...current,
          output: outputState(source, target, mode, headers),
          summarySheetId: summary.id,
          reconcileSheetId: reconcile ? reconcile.id : current.reconcileSheetId,
          language: lang,
        }));
        await context.sync();
        request.onProgress?.(1, 1);
        return {
          kind: "done",
          columns: `${columnLetter(target.columns[0])}:${columnLetter(target.columns[2])}`,
          rows: report.table.rows.length,
          summarySheet: summary.name,
          charts,
        };
      }),
  };
}
