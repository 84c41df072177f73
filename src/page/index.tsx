/* global document, navigator, window */
import "./bufferGlobal";
import { createRoot } from "react-dom/client";
import { isLanguage, languageFromTag, type Language } from "../rubric";
import { ScorePage } from "./ScorePage";

/** ?lang=ky|ru|en, else the browser's language when it is one of ours, else English. */
function startLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get("lang");
  if (asked && isLanguage(asked)) return asked;
  return languageFromTag(navigator.language) ?? "en";
}

const root = document.getElementById("app");
if (root) createRoot(root).render(<ScorePage initialLang={startLanguage()} />);
