/* global Office */

import type { Capabilities } from "../host/capabilities";

export { ALL_CAPABILITIES, missingFeatures, type Capabilities } from "../host/capabilities";

export function officeCapabilities(): Capabilities {
  const has = (version: string) => {
    try {
      return Office.context.requirements.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return {
    core: has("1.7"),
    conditionalFormats: has("1.6"),
    tablesUnderSelection: has("1.9"),
    mergedAreas: has("1.13"),
    insertSheets: has("1.13"),
  };
}
