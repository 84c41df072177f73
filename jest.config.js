/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
  setupFiles: ["<rootDir>/test/support/polyfills.js"],
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
