// A tiny static file server for dist/, on 127.0.0.1 only. Used by `npm start` and the browser tests.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { readHeadersFile } from '../src/lib/security-headers.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.yml': 'text/yaml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

/** Maps a URL path to a file in root, or null. Directory paths serve their index.html. */
export function resolveFile(root, urlPath) {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** The headers a static host would send from dist/_headers for one path (a later block wins, as on Netlify). */
function hostHeaders(base) {
  const file = join(base, '_headers');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return (path) => (text ? readHeadersFile(text, path) : {});
}

export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const headersFor = hostHeaders(base);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/' && !url.pathname.endsWith('/') && !extname(url.pathname) && resolveFile(base, `${url.pathname}/`)) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = resolveFile(base, url.pathname);
    const status = file ? 200 : 404;
    const target = file ?? resolveFile(base, '/404.html');
    res.writeHead(status, {
      ...headersFor(url.pathname),
      'Content-Type': TYPES[extname(target ?? '.txt')] ?? 'application/octet-stream',
    });
    if (target) createReadStream(target).pipe(res);
    else res.end('Not found');
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => resolvePromise(server));
  });
}
