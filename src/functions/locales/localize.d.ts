// Types of ./localize.js (CommonJS, required as it is by webpack.config.js).

export interface Locale {
  readonly lang: "ru" | "ky";
  /** The manifest's Override Locale, matched against Excel's display language. */
  readonly locale: string;
}

export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; description?: string; [key: string]: unknown }[];
    [key: string]: unknown;
  }[];
  [key: string]: unknown;
}

/** functions-<lang>.json: texts by function id, parameters by their English name. */
export type FunctionTexts = Record<
  string,
  { description: string; parameters?: Record<string, { name: string; description: string }> }
>;

export const LOCALES: readonly Locale[];
export function metadataFile(lang: string): string;
export function helpPage(lang: string): string;
export function localizedMetadata(
  english: FunctionsMetadata,
  texts: FunctionTexts,
  lang: string
): FunctionsMetadata;
