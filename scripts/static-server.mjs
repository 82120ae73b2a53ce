// A static file server for the built site, bound to 127.0.0.1, used by the tests, the screenshot
// script and the benchmarks. It resolves directory URLs to index.html and serves the 404 page of
// the URL's language with status 404, and compresses text with gzip, as static hosts do.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

// Text formats are compressed on the way out. Pagefind's index files are already gzip data.
const compressible = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.wasm',
]);

async function findFile(root, pathname) {
  const decoded = decodeURIComponent(pathname);
  const candidate = resolve(root, '.' + normalize(decoded));
  if (!candidate.startsWith(root)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if ((await stat(path)).isFile()) return path;
    } catch {
      // Not found; try the next candidate.
    }
  }
  return undefined;
}

/**
 * Starts serving `directory` on 127.0.0.1. Pass port 0 for a free port.
 * Returns the origin and a close() function; `onRequest` sees every requested path.
 */
export async function startStaticServer(directory, { port = 0, onRequest } = {}) {
  const root = resolve(directory);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    onRequest?.(url.pathname);
    let path = await findFile(root, url.pathname);
    let status = 200;
    if (!path) {
      status = 404;
      const lang = /^\/(en|he)\//.exec(url.pathname)?.[1];
      path =
        (lang && (await findFile(root, `/${lang}/404/`))) || (await findFile(root, '/404.html'));
    }
    if (!path) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const gzip =
      compressible.has(extname(path)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(status, {
      'Content-Type': contentTypes[extname(path)] ?? 'application/octet-stream',
      // no-cache (revalidate) rather than no-store, which would keep pages out of the back/forward cache.
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const body = createReadStream(path);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  await new Promise((resolvePromise) => server.listen(port, '127.0.0.1', resolvePromise));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolvePromise) => server.close(() => resolvePromise())),
  };
}
