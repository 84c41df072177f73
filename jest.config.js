/** @type {import('jest').Config} */
const transform = { "^.+\\.(t|j)sx?$": ["@swc/jest"] };
const setupFiles = ["<rootDir>/test/support/polyfills.js"];

module.exports = {
  // One run, one summary: unit and component tests, and the end-to-end tests in Chromium
  // (those need `npm run build && npm run build:demo` first; `npm test` does both).
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      transform,
      setupFiles,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.ts"],
      transform,
      setupFiles,
    },
  ],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
