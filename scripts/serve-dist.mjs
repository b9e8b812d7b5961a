/* global URL -- Node scripts: eslint.config.js gives .mjs files no Node globals. */
// A small static host for the built app, for the checks that open it in Chromium (scripts/check-size.mjs,
// scripts/lighthouse.mjs): files from dist/, index.html for any other path (the one-page fallback
// a static host is told to use, README "Deploy"), the headers of dist/_headers on every answer,
// and, when asked, gzip for text as any real host sends it. Loopback only, on a free port.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt', '.ttf']);

/** The headers of dist/_headers' `/*` block (the only block it has), or none when there is no such file. */
function readHeaders(dist) {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inAll && match?.[1] && match[2] !== undefined) headers[match[1].trim()] = match[2].trim();
  }
  return headers;
}

/** A file of dist/ for a URL path, or undefined when there is none. */
export function distFile(dist, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = resolve(dist, `.${decoded}`);
  if (path !== dist && !path.startsWith(dist + sep)) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/**
 * Serves `dist`; resolves with the server and its origin. `compress`: gzip text when the browser
 * accepts it. Files are read on each request, so a build meanwhile is served as it is.
 */
export function serveDist(dist, { compress = false } = {}) {
  const headers = readHeaders(dist);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = distFile(dist, pathname) ?? join(dist, 'index.html');
    const type = extname(path);
    let body = readFileSync(path);
    const out = { ...headers, 'Content-Type': TYPES[type] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (compress && COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      out['Content-Encoding'] = 'gzip';
      out.Vary = 'Accept-Encoding';
    }
    out['Content-Length'] = String(body.length);
    response.writeHead(200, out);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolveServer, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') resolveServer({ server, origin: `http://127.0.0.1:${address.port}` });
      else reject(new Error('Could not read the port the kernel gave us.'));
    });
  });
}
