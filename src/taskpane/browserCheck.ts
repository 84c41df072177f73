/* global document, window, navigator, location, ErrorEvent */
// Runs before the pane's bundle, built as ES5 so that any browser parses it. Excel on Windows without
// WebView2 runs this add-in in Internet Explorer 11 (an add-in with <Runtimes> always does then:
// https://learn.microsoft.com/javascript/api/manifest/runtimes), or in the old Edge; neither can run
// the pane's modern bundle, which would leave "Gender Scorecard…" on screen for ever. This says why,
// in the user's language. A file of its own, not an inline script: the page's Content-Security-Policy
// allows scripts from the add-in's origin and office.js's host only.
// First: Internet Explorer 11 lacks Array.prototype.includes, which languageFromTag uses.
import "../functions/es5Runtime";
import { languageFromTag, type Language } from "../rubric/language";
import { BROWSER_UNSUPPORTED } from "./browserStrings";

/** What the pane's bundle needs that Internet Explorer 11 lacks (the old Edge fails at parsing). */
function hasModernBuiltIns(): boolean {
  const w = window as unknown as Record<string, unknown>;
  return (
    typeof w.Promise === "function" &&
    typeof w.Symbol === "function" &&
    typeof w.Map === "function" &&
    typeof w.Set === "function" &&
    typeof Object.assign === "function"
  );
}

/** Office adds its display language to the page's address (_host_Info=Excel$Win32$16.01$ru-RU$…). */
function displayLanguage(): Language {
  const info = /[?&]_host_Info=([^&]*)/i.exec(location.search);
  const parts = info ? decodeURIComponent(info[1]).split(/[$|]/) : [];
  for (let i = 0; i < parts.length; i++) {
    if (/^[a-z]{2,3}-[a-z0-9]{2,4}$/i.test(parts[i])) {
      const fromOffice = languageFromTag(parts[i]);
      if (fromOffice) return fromOffice;
    }
  }
  const nav = navigator as unknown as Record<string, string | undefined>;
  return languageFromTag(nav.language || nav.userLanguage || nav.browserLanguage) || "en";
}

let shown = false;
function showUnsupported(): void {
  const app = document.getElementById("app");
  if (shown || !app) return;
  shown = true;
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.className = "unsupported-browser";
  message.appendChild(document.createTextNode(BROWSER_UNSUPPORTED[displayLanguage()]));
  app.innerHTML = "";
  app.appendChild(message);
}

/** The pane has not rendered yet: its placeholder is still there (React replaces it). */
function stillLoading(): boolean {
  return document.querySelector("#app [data-loading]") !== null;
}

if (!hasModernBuiltIns()) {
  showUnsupported();
} else {
  // A browser with those built-ins may still fail to parse the bundle (the old Edge lacks `?.`).
  window.addEventListener("error", (event: ErrorEvent) => {
    const ours = /(taskpane|functions)\.js(\?|$)/.test(event.filename || "");
    const syntax =
      (event.error && event.error.name === "SyntaxError") || /syntax/i.test(event.message || "");
    if (ours && syntax && stillLoading()) showUnsupported();
  });
}
