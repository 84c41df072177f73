#!/usr/bin/env node
// Serves the demo host (dist-demo/) on http://127.0.0.1:PORT. Used by `npm run demo` and the
// end-to-end tests. Plain http on loopback: the demo needs no certificate and no network.
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".png": "image/png",
};

function startServer(root = path.resolve(__dirname, "..", "dist-demo"), port = 0) {
  if (!fs.existsSync(path.join(root, "index.html"))) {
    throw new Error(`${root} has no demo: run "npm run build && npm run build:demo" first`);
  }
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    const file = path.normalize(
      path.join(root, decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname))
    );
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

module.exports = { startServer };

if (require.main === module) {
  const port = Number(process.env.DEMO_PORT || 3001);
  startServer(undefined, port).then(({ url }) => {
    console.log(`Gender Scorecard demo host: ${url}  (Ctrl+C to stop)`);
  });
}
