/* eslint-disable no-undef */
// The demo host: a page with an in-memory workbook beside the add-in's real task pane. It reuses
// the add-in's built taskpane.js and functions.js unchanged (build the add-in first) and adds
// only its own scripts. Development tool; not part of the add-in.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { ContentSecurityPolicyPlugin, typescriptRule } = require("./webpack.config.js");

module.exports = (_env, options) => ({
  mode: options.mode ?? "production",
  devtool: "source-map",
  entry: {
    demoGlobals: "./src/demo/globals.ts",
    // The in-memory Excel reads .xlsx files with src/files (Workbook.insertWorksheetsFromBase64,
    // src/fake-excel/insertSheets.ts): as in the Score a file page, Buffer is set first, and
    // Node's zlib and path resolve to the page's small browser modules (aliases below).
    demo: ["./src/page/bufferGlobal.ts", "./src/demo/main.ts"],
    paneShim: "./src/demo/paneShim.ts",
  },
  output: { path: path.resolve(__dirname, "dist-demo"), filename: "[name].js", clean: true },
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    alias: {
      zlib: path.resolve(__dirname, "src/page/zlibShim.ts"),
      path: path.resolve(__dirname, "src/page/posixPath.ts"),
    },
  },
  module: {
    rules: [typescriptRule],
  },
  performance: { hints: false },
  plugins: [
    new CopyWebpackPlugin({
      patterns: [
        // Copied byte for byte: `minimized` keeps webpack from re-minifying the add-in's bundles.
        { from: "dist/taskpane.js", to: "taskpane.js", info: { minimized: true } },
        { from: "dist/functions.js", to: "functions.js", info: { minimized: true } },
        { from: "dist/browserCheck.js", to: "browserCheck.js", info: { minimized: true } },
        { from: "dist/functions.json", to: "functions.json" },
        { from: "assets/sample-lsg-assessments.xlsx", to: "sample-lsg-assessments.xlsx" },
        { from: "assets/example-ministry-sheet.xlsx", to: "example-ministry-sheet.xlsx" },
      ],
    }),
    // Order matters: the stand-ins for Office, then the add-in's functions, then the demo.
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./src/demo/demo.html",
      inject: false,
    }),
    // The add-in's own task pane page, with the demo's stand-ins for Office instead of office.js.
    new HtmlWebpackPlugin({
      filename: "pane.html",
      template: "./src/taskpane/taskpane.html",
      inject: false,
      demo: true,
    }),
    // The pane's page under the add-in's own policy, so the demo shows the pane works within it.
    new ContentSecurityPolicyPlugin({ "pane.html": "pane" }),
  ],
});
