#!/usr/bin/env node
// `npm start` / `npm stop`: sideload the add-in into desktop Excel with office-addin-debugging.
// It is not a dependency: its Microsoft 365 toolkit pulls keytar, whose native build breaks
// `npm ci` on machines without libsecret, and it cannot sideload on Linux anyway. npx fetches it
// only when someone actually sideloads, on Windows or macOS.
const { spawnSync } = require("child_process");

const command = process.argv[2] === "stop" ? "stop" : "start";
const extra = process.argv.slice(3);

if (process.platform !== "win32" && process.platform !== "darwin") {
  const message =
    command === "start"
      ? `Desktop Excel does not run on ${process.platform}, so there is nothing to sideload into here.
To use the add-in in Excel on the web instead:
  1. npm run dev-server          (serves the add-in at https://localhost:3000; keep it running)
     The first run creates a development certificate; trust it with: npx office-addin-dev-certs install
  2. Open a workbook in Excel on the web, then Home > Add-ins > More Add-ins > Upload My Add-in,
     and upload manifest.xml from this folder.
  3. Type =LSG.GENDERSCORE(B2:D2) in a cell, or open the pane with Home > Score LSGs.
Without Excel at all, score files with: npm run score -- assets/sample-lsg-assessments.csv`
      : "Nothing to stop: npm start does not sideload on this platform. Stop the dev server with Ctrl+C.";
  console.log(message);
  process.exit(0);
}

const result = spawnSync(
  "npx",
  ["--yes", "office-addin-debugging@7", command, "manifest.xml", ...extra],
  { stdio: "inherit", shell: process.platform === "win32" }
);
process.exit(result.status ?? 1);
