import type { Language } from "../rubric";

/**
 * Shown by the page's ES5 browser check (browserCheck.ts) when the browser Excel uses for add-ins
 * cannot run the pane: Internet Explorer 11 or the old Edge, on Windows without WebView2.
 */
export const BROWSER_UNSUPPORTED: Record<Language, string> = {
  en: "This pane cannot run in the browser this Excel uses for add-ins (Internet Explorer or the old Microsoft Edge). The LSG formulas (=LSG.GENDERSCORE …) still work in cells. To use the pane, install the Microsoft Edge WebView2 Runtime or open the workbook in Excel on the web.",
  ru: "Эта панель не может работать в браузере, который этот Excel использует для надстроек (Internet Explorer или старый Microsoft Edge). Формулы LSG (=LSG.GENDERSCORE …) в ячейках работают. Чтобы пользоваться панелью, установите Microsoft Edge WebView2 Runtime или откройте книгу в Excel в браузере (Excel в Интернете).",
  ky: "Бул панель ушул Excel кошумчалар үчүн колдонгон браузерде иштей албайт (Internet Explorer же эски Microsoft Edge). LSG формулалары (=LSG.GENDERSCORE …) уячаларда иштей берет. Панелди колдонуу үчүн Microsoft Edge WebView2 Runtime орнотуңуз же китепти браузердеги Excelде (Excel for the web) ачыңыз.",
};
