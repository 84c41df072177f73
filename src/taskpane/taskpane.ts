/* global document, Office */
import { METHOD_2015, languageFromTag } from "../rubric";
import { officeDisplayLanguage } from "../excel/displayLanguage";

// Placeholder until the task pane issue: it proves the shared runtime loads and shows which
// method and language the custom functions are using.
const READY = {
  en: "Custom functions LSG.GENDERSCORE and LSG.POLICYCATEGORY are ready.",
  ru: "Пользовательские функции LSG.GENDERSCORE и LSG.POLICYCATEGORY готовы.",
  ky: "LSG.GENDERSCORE жана LSG.POLICYCATEGORY функциялары даяр.",
} as const;

Office.onReady(() => {
  const lang = languageFromTag(officeDisplayLanguage()) ?? "en";
  const status = document.getElementById("status");
  if (status) status.textContent = `${READY[lang]} ${METHOD_2015.title[lang]}.`;
  document.documentElement.lang = lang;
});
