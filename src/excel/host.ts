import { languageFromTag } from "../rubric";
import type { WorkbookHost } from "../host/contract";
import { officeDisplayLanguage } from "../shared/displayLanguage";
import { applyResults } from "./apply";
import type { Capabilities } from "./capabilities";
import { watchSheet } from "./watch";
import type { ExcelRun } from "./run";
import { makeScorecardsSheet } from "./scorecardsSheet";
import { prepareRound } from "./newRound";
import { readSheetGrid, readSource } from "./source";
import { addGatheredSheet, insertWorkbooks } from "./gather";
import { loadState, queueStateChange, type StoredState } from "./state";

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
    readSource: (sheet) => readSource(run, capabilities, sheet),
    readSheet: (name) => readSheetGrid(run, capabilities, name),
    prepareRound: (layout) => prepareRound(run, layout),
    insertWorkbooks: (files) => insertWorkbooks(run, capabilities, files),
    addGatheredSheet: (layout) => addGatheredSheet(run, layout),

    saveColumnChoices: (sheetId, choices, tableName = null) =>
      updateState(run, (state) => ({
        ...state,
        mappings: { ...(state.mappings ?? {}), [sheetId]: choices },
        source: { sheetId, tableName },
      })),

    saveMethod: (method, savedOn) =>
      updateState(run, (state) => ({
        ...state,
        method: method ?? undefined,
        methodSaved: method ? savedOn : undefined,
      })),

    makeScorecards: (_source, report, lang) => makeScorecardsSheet(run, report, lang),

    selectCell: (sheetId, address) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetId);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      }),

    apply: (request) => run((context) => applyResults(context, request, capabilities)),

    watchData: (sheetId, onChange) => watchSheet(run, sheetId, onChange),
  };
}
