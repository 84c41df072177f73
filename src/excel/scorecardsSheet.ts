import type { AssessmentReport } from "../report";
import { label } from "../report";
import type { Language } from "../rubric";
import type { ExcelRun } from "./run";
import { addScorecardCharts, removeOurCharts, writeScorecards } from "./scorecards";
import { loadState, queueStateChange, storedState } from "./state";
import { uniqueSheetName } from "./summary";

/**
 * Writes (or refreshes in place) the printable scorecards sheet. The stored state is read here,
 * never taken from the source read when the pane loaded.
 */
export function makeScorecardsSheet(
  run: ExcelRun,
  report: AssessmentReport,
  lang: Language
): Promise<{ sheet: string; cards: number }> {
  return run(async (context) => {
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
          label("scorecards", lang),
          sheets.items.map((s) => s.name)
        )
      );
    if (existing) sheet.getRange().clear("All");
    sheet.load("name,id");
    const layout = await writeScorecards(context, sheet, report, lang);
    // The state as it is now (choices may have been saved meanwhile), read with this sync, and
    // the charts of an earlier run, replaced by this run's.
    const fresh = loadState(context);
    const oldCharts = existing?.charts;
    oldCharts?.load("items/name");
    await context.sync();
    if (oldCharts) removeOurCharts(oldCharts);
    const cards = addScorecardCharts(sheet, layout, lang);
    queueStateChange(context, fresh, (current) => ({
      ...current,
      scorecardsSheetId: sheet.id,
    }));
    await context.sync();
    return { sheet: sheet.name, cards };
  });
}
