/* global document */
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/office";
import { App } from "./components/App";

void officeHost().then((host) => {
  const root = document.getElementById("app");
  if (root) createRoot(root).render(<App host={host} />);
});
