// office-addin-lint reads this file instead of its own default when it exists. The add-in's code
// (src/) gets exactly Microsoft's recommended Office add-in rules, as before; tests, benchmarks and
// scripts are linted too (they are code we keep), with the few differences below.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// Node's CommonJS globals, for the plain .js scripts and test helpers.
const nodeGlobals = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer"].map(
    (name) => [name, "readonly"]
  )
);

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  // The recommended set names .js and .ts files only: without this, the pane's .tsx components
  // were never linted. The same rules, with JSX parsed.
  ...officeAddins.configs.recommended
    .filter((config) => config.files)
    .map((config) => ({
      ...config,
      files: ["**/*.tsx"],
      languageOptions: {
        ...config.languageOptions,
        parser: tsParser,
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    })),
  {
    // TypeScript checks names in components (typescript-eslint advises against no-undef on TS);
    // it would otherwise report React's namespace and DOM types used only as types.
    files: ["**/*.tsx"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["test/**", "bench/**", "scripts/**"],
    rules: {
      // TypeScript already checks names (typescript-eslint advises against no-undef on TS), and
      // jest's globals would otherwise all be reported.
      "no-undef": "off",
      // These rules guess Office.js objects by usage; in tests they fire on ExcelJS cells
      // (`cell.value`) and on the in-memory Excel's model, which need no load or sync.
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { globals: nodeGlobals, sourceType: "commonjs" },
  },
];
