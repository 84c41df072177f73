/* eslint-disable no-undef */
const crypto = require("crypto");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const fs = require("fs");
const {
  LOCALES,
  helpPage,
  localizedMetadata,
  metadataFile,
} = require("./src/functions/locales/localize");

const urlDev = "https://localhost:3000/";
// Where the production build will be hosted. Set ADDIN_PUBLIC_URL when building for deployment;
// the manifest and the functions' help links are rewritten to it.
const urlProd = process.env.ADDIN_PUBLIC_URL || urlDev;

async function getHttpsOptions() {
  // Loaded lazily: builds and tests never need certificates, only the dev server does.
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // Installing the CA needs admin rights (sudo on Linux). The certificates are generated before
    // that step, so serve with them and tell the user how to trust them.
    const fs = require("fs");
    const defaults = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(defaults.localhostCertificatePath)) throw error;
    console.warn(
      `\nThe development certificate authority could not be installed (${error.message.split("\n")[0]}).\n` +
        `Serving anyway; to make Office trust https://localhost:3000, trust ${defaults.caCertificatePath}\n` +
        "yourself or run `npx office-addin-dev-certs install` with administrator rights.\n"
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
    };
  }
}

function toProductionUrls(content, dev) {
  return dev ? content : content.toString().split(urlDev).join(urlProd);
}

/**
 * Sets `allowErrorForDataTypeAny`, a top-level property of functions.json, which
 * custom-functions-metadata cannot generate ("only with manually created JSON metadata"). Without it
 * Excel never calls a function whose argument holds an error: one #DIV/0! in B2:D500 turns the whole
 * spilled column into that error instead of one #VALUE! row with its message. With it, parameters of
 * type `any` (all of ours that take scores) receive the errors.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany
 */
function withErrorInputs(json) {
  const { functions, ...options } = JSON.parse(json.toString());
  return JSON.stringify({ ...options, allowErrorForDataTypeAny: true, functions }, null, 2);
}

// TypeScript through ts-loader, as ES modules so webpack can drop what is unused. Shared with the demo build.
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { compilerOptions: { module: "esnext", noEmit: false } } },
};

// What each page may load: its own origin, and Microsoft's office.js host for the pane. Fluent UI
// (griffel) inserts <style> elements at run time, hence the pane's 'unsafe-inline' for styles only;
// scripts never run inline (the browser check is a file of its own) and nothing is evaluated from
// strings. office.js's own extra scripts come from the same host; Excel on the web's excel-web-16.00.js
// sets inline styles (OfficeDev/office-js #1687). Microsoft publishes no list (OfficeDev/office-js
// #1005; users there also allow ajax.aspnetcdn.com and Office's telemetry host: we do not).
const officeJsHost = "https://appsforoffice.microsoft.com";
const PAGE_POLICIES = {
  pane: {
    "default-src": ["'self'"],
    "script-src": ["'self'", officeJsHost],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  },
  // The "Score a file" page (src/page): the pane's policy without office.js; nothing leaves the page.
  page: {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  },
  // The help page: its one inline <style>, allowed by its hash; nothing else but its own images.
  help: {
    "default-src": ["'none'"],
    "style-src": [],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  },
};

function inlineHashes(html, tag) {
  const inline = new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "gi");
  return [...html.matchAll(inline)].map(
    (m) => `'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`
  );
}

/** The page with a Content-Security-Policy meta tag right after <meta charset>, before any script or style. */
function withContentSecurityPolicy(html, policy) {
  const directives = { ...policy };
  const scripts = inlineHashes(html, "script");
  if (scripts.length > 0)
    directives["script-src"] = [...(directives["script-src"] ?? []), ...scripts];
  if (!(directives["style-src"] ?? []).includes("'unsafe-inline'"))
    directives["style-src"] = [...(directives["style-src"] ?? []), ...inlineHashes(html, "style")];
  const content = Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
  const charset = /<meta charset=[^>]*>/i;
  if (!charset.test(html)) throw new Error("a page without <meta charset> cannot carry the policy");
  return html.replace(
    charset,
    (tag) => `${tag}<meta http-equiv="Content-Security-Policy" content="${content}">`
  );
}

/** Adds the policy to the named pages once they are final (after HtmlWebpackPlugin and minifying). */
class ContentSecurityPolicyPlugin {
  constructor(pages) {
    this.pages = pages;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ContentSecurityPolicy", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ContentSecurityPolicy", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const [file, policy] of Object.entries(this.pages)) {
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const html = withContentSecurityPolicy(
              asset.source.source().toString(),
              PAGE_POLICIES[policy]
            );
            compilation.updateAsset(file, new sources.RawSource(html));
          }
        }
      );
    });
  }
}

// The custom functions run where the task pane may not: on Windows without WebView2, an add-in with
// a <Runtimes> element runs in Internet Explorer 11 (learn.microsoft.com/javascript/api/manifest/runtimes).
// So the functions entry and everything it imports are built in their own layer, as ES5.
const es5Rule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  issuerLayer: "es5",
  use: {
    loader: "ts-loader",
    options: {
      instance: "es5",
      // Types are checked by the main instance and `tsc --noEmit`; this one only lowers the syntax.
      transpileOnly: true,
      compilerOptions: { module: "esnext", noEmit: false, target: "es5", downlevelIteration: true },
    },
  },
};

// The "Score a file" page runs the command line's byte-level xlsx code (src/files) in the browser:
// in its own layer, Node's zlib and path resolve to small browser modules (fflate underneath; see
// src/page/zlibShim.ts for why an alias rather than rewriting that code). Buffer is set by the page
// itself (src/page/bufferGlobal.ts). Only modules of this layer see these aliases.
const pageRule = {
  issuerLayer: "page",
  resolve: {
    alias: {
      zlib: path.resolve(__dirname, "src/page/zlibShim.ts"),
      path: path.resolve(__dirname, "src/page/posixPath.ts"),
    },
  },
};

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: "source-map",
    entry: {
      functions: { import: "./src/functions/functions.ts", layer: "es5" },
      browserCheck: { import: "./src/taskpane/browserCheck.ts", layer: "es5" },
      taskpane: "./src/taskpane/index.tsx",
      score: { import: "./src/page/index.tsx", layer: "page" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // webpack's own runtime code in ES5 too (both bundles; it is a few hundred bytes).
    target: ["web", "es5"],
    experiments: { layers: true },
    module: {
      rules: [pageRule, { oneOf: [es5Rule, typescriptRule] }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // help.html and its translations help.ru.html, help.ky.html (the localized functions link there).
          { from: "src/help/help*.html", to: "[name][ext]" },
          // The method the help page links to (docs/method.*.md), beside it as in the repository.
          { from: "docs/method.*.md", to: "docs/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name]" + (dev ? ".dev" : ".prod") + "[ext]",
            transform: (content) => toProductionUrls(content, dev),
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also loads the custom functions. The ES5 browser check
        // first, so that it sees the pane's bundle fail to parse.
        chunks: ["browserCheck", "functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "score.html",
        template: "./src/page/score.html",
        chunks: ["score"],
      }),
      new ContentSecurityPolicyPlugin({
        "taskpane.html": "pane",
        "score.html": "page",
        "help.html": "help",
        ...Object.fromEntries(LOCALES.map(({ lang }) => [helpPage(lang), "help"])),
      }),
      {
        // functions.json as Excel needs it: the error flag the generator cannot emit, then (production)
        // the @helpurl links pointed at the production host. Then the same metadata in each other
        // language, functions-ru.json and functions-ky.json (src/functions/locales/localize.js).
        apply(compiler) {
          const { Compilation, WebpackError, sources } = compiler.webpack;
          compiler.hooks.thisCompilation.tap("FunctionsMetadata", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "FunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
              () => {
                const asset = compilation.getAsset("functions.json");
                if (!asset) return;
                const english = withErrorInputs(asset.source.source().toString());
                const emit = (file, text) =>
                  compilation.emitAsset(file, new sources.RawSource(toProductionUrls(text, dev)));
                compilation.updateAsset(
                  "functions.json",
                  new sources.RawSource(toProductionUrls(english, dev))
                );
                for (const { lang } of LOCALES) {
                  const source = path.resolve(
                    __dirname,
                    "src/functions/locales",
                    metadataFile(lang)
                  );
                  compilation.fileDependencies.add(source);
                  try {
                    const texts = JSON.parse(fs.readFileSync(source, "utf8"));
                    const localized = localizedMetadata(JSON.parse(english), texts, lang);
                    emit(metadataFile(lang), JSON.stringify(localized, null, 2));
                  } catch (error) {
                    // A failed build, not a file Excel would reject or read with English gaps.
                    compilation.errors.push(new WebpackError(error.message));
                  }
                }
              }
            );
          });
        },
      },
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.typescriptRule = typescriptRule;
module.exports.withErrorInputs = withErrorInputs;
module.exports.ContentSecurityPolicyPlugin = ContentSecurityPolicyPlugin;
