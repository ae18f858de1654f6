/**
 * What a page costs a reader: every response Chromium receives while loading it,
 * sized raw and gzipped (zlib, default level, as a typical static host sends text),
 * split into HTML, CSS, JavaScript and the rest. Used by the budget test and the bench.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request, Response } from 'playwright-core';

export interface Size {
  raw: number;
  gzip: number;
}

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'other';

export interface Resource extends Size {
  url: string;
  kind: ResourceKind;
  /** @font-face rules in a stylesheet. */
  fontFaces: number;
}

export interface PageWeight {
  path: string;
  resources: Resource[];
  /** Requests made while loading, search files excluded. */
  requests: number;
  /** The document, inline scripts and styles included. */
  html: Size;
  /** Stylesheets plus inline <style>. */
  css: Size;
  /** Script files plus inline <script>. */
  js: Size;
  /** What goes over the wire: the document, stylesheets and scripts (inline code is inside the document). */
  total: Size;
  /** Font files requested, and @font-face rules found in any CSS. */
  fonts: string[];
  fontFaces: number;
  /** Chart <svg> elements that lack a viewBox, a width or a height, so could shift the layout as they draw. */
  unsizedSvgs: number;
  /** Cumulative layout shift over the load, from a PerformanceObserver. */
  layoutShift: number;
}

/** Search loads only when a reader searches, so its files are not part of a page's load: Pagefind, the word lists, the search module. */
export const isSearchFile = (url: URL): boolean =>
  url.pathname.startsWith('/pagefind/') ||
  url.pathname.startsWith('/search-words/') ||
  url.pathname === '/search-vocabulary.json' ||
  /^\/_astro\/search-run\.[^/]*\.js$/.test(url.pathname);

const TEXT_TYPES = /^(text\/|application\/(javascript|json|xml|manifest\+json|atom\+xml|rss\+xml)|image\/svg\+xml)/;

export const sizeOf = (body: Buffer | string, compressible = true): Size => {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return { raw: buffer.length, gzip: compressible ? gzipSync(buffer).length : buffer.length };
};

const add = (...sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

function kindOf(response: Response): ResourceKind {
  const type = response.request().resourceType();
  const path = new URL(response.url()).pathname;
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  if (type === 'font' || /\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  return 'other';
}

/** Inline code in a document: classic and module scripts (not JSON data blocks), and <style> elements. */
export function inlineCode(html: string): { js: string; css: string } {
  const js: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/i.test(attributes)) continue;
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (!type || type === 'module' || type.includes('javascript')) js.push(body);
  }
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  return { js: js.join('\n'), css: css.join('\n') };
}

/** Root <svg> elements that are not sized by attributes. Icons inside text are sized by CSS, so only charts (role="img") count. */
export function unsizedSvgs(html: string): number {
  return [...html.matchAll(/<svg\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brole=["']?img/i.test(tag))
    .filter((tag) => !(/\bviewBox=/i.test(tag) && /\swidth=/i.test(tag) && /\sheight=/i.test(tag))).length;
}

const countFontFaces = (css: string) => css.match(/@font-face/gi)?.length ?? 0;

/** Sums layout shifts from the start of each document; installed with addInitScript. */
export const CLS_OBSERVER = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** A small phone's screen: the size pages are weighed at. */
export const WEIGHT_CONTEXT = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 } as const;

/** Loads `path` in a fresh context at a small phone's size and sizes everything it fetched. */
export async function measurePage(browser: Browser, base: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext(WEIGHT_CONTEXT);
  await context.addInitScript(CLS_OBSERVER);
  try {
    return await measureInTab(await context.newPage(), base, path);
  } finally {
    await context.close();
  }
}

/**
 * Loads `path` in a tab whose context has CLS_OBSERVER installed and sizes everything it fetched.
 * The tab may be reused for many pages only if its HTTP cache is off, so every file is fetched again.
 */
export async function measureInTab(page: Page, base: string, path: string): Promise<PageWeight> {
  let requests = 0;
  const pending: Promise<Resource | undefined>[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && !isSearchFile(url)) requests++;
  };
  const onResponse = (response: Response) => {
    const url = new URL(response.url());
    if (url.protocol === 'data:' || isSearchFile(url)) return;
    pending.push(
      response.body().then(
        (body) => {
          const kind = kindOf(response);
          const fontFaces = kind === 'css' ? countFontFaces(body.toString('utf8')) : 0;
          return { url: response.url(), kind, fontFaces, ...sizeOf(body, TEXT_TYPES.test(response.headers()['content-type'] ?? '')) };
        },
        // A redirect has no body; it still counts as a request above.
        () => undefined,
      ),
    );
  };
  page.on('request', onRequest);
  page.on('response', onResponse);
  let html: string;
  let layoutShift: number;
  let resources: Resource[];
  try {
    const response = await page.goto(base + path, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
    html = await response.text();
    // Let any late layout work (fonts, images) settle before reading the shift.
    await page.waitForTimeout(100);
    layoutShift = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
    resources = (await Promise.all(pending)).filter((r): r is Resource => r !== undefined);
  } finally {
    page.off('request', onRequest);
    page.off('response', onResponse);
  }

  const inline = inlineCode(html);
  const of = (kind: ResourceKind) => add(...resources.filter((r) => r.kind === kind));
  const document = of('html');
  const files = { css: of('css'), js: of('js') };
  const inlineJs = inline.js ? sizeOf(inline.js) : { raw: 0, gzip: 0 };
  const inlineCss = inline.css ? sizeOf(inline.css) : { raw: 0, gzip: 0 };
  return {
    path,
    resources,
    requests,
    html: document,
    css: add(files.css, inlineCss),
    js: add(files.js, inlineJs),
    total: add(document, files.css, files.js),
    fonts: resources.filter((r) => r.kind === 'font').map((r) => r.url),
    fontFaces: resources.reduce((n, r) => n + r.fontFaces, 0) + countFontFaces(inline.css),
    unsizedSvgs: unsizedSvgs(html),
    layoutShift,
  };
}
