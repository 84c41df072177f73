import type { ApplyOutcome, ApplyRequest, WorkbookHost } from "../../src/excel/host";
import type { SourceData } from "../../src/excel/source";
import { analyse, type AssessmentReport } from "../../src/report";
import type { Language } from "../../src/rubric";
import { readAssessmentTable } from "../../src/sheets";

// The pane's steps on a workbook host, without the pane: read the data and check it, then Apply.

export interface Detected {
  source: SourceData;
  report: AssessmentReport;
}

/** Reads what the pane would read and checks it, with the columns the user chose in the workbook. */
export async function detect(host: WorkbookHost, lang: Language = "en"): Promise<Detected> {
  const source = await host.readSource();
  if (!source) throw new Error("no source");
  const choices = source.state?.mappings?.[source.sheetId] ?? {};
  return { source, report: analyse(readAssessmentTable(source.grid, { columns: choices }), lang) };
}

/** Apply at the pane's defaults (values, in English, overwriting nothing) unless `request` says otherwise. */
export function applyWith(
  host: WorkbookHost,
  request: Detected & Partial<ApplyRequest>
): Promise<ApplyOutcome> {
  return host.apply({ mode: "values", lang: "en", overwrite: false, ...request });
}

/** Reads, checks and applies once, at the defaults but for `mode`. */
export async function applyOnce(
  host: WorkbookHost,
  mode: ApplyRequest["mode"] = "values"
): Promise<ApplyOutcome> {
  return applyWith(host, { ...(await detect(host)), mode });
}
