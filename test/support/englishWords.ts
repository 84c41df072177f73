// The test of issue 15 item 5: a Russian or Kyrgyz message must hold no English word.

// Names and ids that are the same in every language.
const ALLOWED = new Set([
  "Excel",
  "ExcelApi",
  "LibreOffice",
  "LSG",
  "GENDERSCORE",
  "JSON",
  "Microsoft",
  "Edge",
  "WebView2",
  "Runtime",
  "Internet",
  "Explorer",
  "en",
  "ru",
  "ky",
  // File extensions, the same in every language.
  "xlsx",
  "xlsm",
]);

/** Latin words outside quotes (user text), Excel error codes, cell addresses and the allow-list. */
export function englishWords(message: string): string[] {
  const bare = message
    .replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, " ")
    .replace(/#[A-Z0-9/!?]+/g, " ")
    .replace(/=?LSG\.[A-Z]+/g, " ")
    // Microsoft's product name, which has no Kyrgyz form.
    .replace(/Excel for the web/g, " ");
  const words = bare.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  // Cell addresses and column letters (E21, K6, AB): the sheet's own names.
  return words.filter((w) => !ALLOWED.has(w) && !/^[A-Z]{1,3}[0-9]*$/.test(w));
}
