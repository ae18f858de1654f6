// The static server for dist/, on 127.0.0.1 only, used by `npm start`, the browser tests and the benchmarks.
// Files are served by sirv; this module adds what a static host adds: the headers in dist/_headers, the
// trailing-slash redirect, and the 404 page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import sirv from 'sirv';
import { readHeadersFile } from '../src/lib/security-headers.ts';

const isDirectory = (path) => existsSync(path) && statSync(path).isDirectory();

export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const headers = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '';
  const notFound = join(base, '404.html');
  const files = sirv(base, {
    dev: true, // reads files on each request, so a rebuild between tests is served at once
    etag: false,
    dotfiles: true, // /.well-known/security.txt
    extensions: ['html'], // a folder serves its index.html
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    },
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headers ? readHeadersFile(headers, url.pathname) : {})) res.setHeader(name, value);
    // A folder asked for without its slash is redirected, as static hosts do, so relative links resolve.
    if (url.pathname !== '/' && !url.pathname.endsWith('/') && !extname(url.pathname) && isDirectory(join(base, decodeURIComponent(url.pathname)))) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    files(req, res);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => resolvePromise(server));
  });
}
