/* global Office */
import { officeCapabilities } from "./capabilities";
import { createWorkbookHost, type WorkbookHost } from "./host";
import { officeRun } from "./run";

/** Waits for Office, then gives the pane its host: Excel.run and what this Excel supports. */
export async function officeHost(): Promise<WorkbookHost> {
  await Office.onReady();
  return createWorkbookHost(officeRun, officeCapabilities());
}
