#!/usr/bin/env node
// A static file server for the page, on 127.0.0.1 only: `make demo` runs it, and the browser
// tests start it in-process. It sends `.wasm` as application/wasm and, by default, the strict
// Content-Security-Policy the page must work under. With --cors it also acts as a CDN for pages
// on other origins: module scripts and fetches across origins need Access-Control-Allow-Origin.
//
//   node tools/serve.mjs [--root build/web] [--port 8000] [--no-csp] [--cors]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port). Resolves to {server, url}.
 * `csp` is the Content-Security-Policy header to send, or null for none; `cors` the
 * Access-Control-Allow-Origin header ('*' or an origin), or null for none.
 */
export function startServer({ root, port = 0, csp = STRICT_CSP, cors = null, log = () => {} }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (csp) headers['Content-Security-Policy'] = csp;
    if (cors) headers['Access-Control-Allow-Origin'] = cors;
    try {
      const { pathname } = new URL(request.url, 'http://127.0.0.1');
      let path = normalize(join(base, decodeURIComponent(pathname)));
      if (path !== base && !path.startsWith(base + sep)) throw Object.assign(new Error(), { status: 403 });
      let info = await stat(path);
      if (info.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path);
      }
      headers['Content-Type'] = TYPES[extname(path)] ?? 'application/octet-stream';
      headers['Content-Length'] = info.size;
      response.writeHead(200, headers);
      if (request.method === 'HEAD') response.end();
      else createReadStream(path).pipe(response);
      log(`200 ${request.method} ${pathname}`);
    } catch (error) {
      const status = error.status ?? (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 404 : 500);
      response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`${status}\n`);
      log(`${status} ${request.method} ${request.url}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const root = option('--root', 'build/web');
  const port = Number(option('--port', '8000'));
  const csp = args.includes('--no-csp') ? null : STRICT_CSP;
  const cors = args.includes('--cors') ? '*' : null;
  try {
    const { url } = await startServer({ root, port, csp, cors });
    console.log(`newslens: serving ${root} on ${url} (Ctrl-C stops)`);
  } catch (error) {
    console.error(`newslens: cannot serve on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  }
}
