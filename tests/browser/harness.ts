// Shared set-up for browser tests: serve dist/ (or another built site) on 127.0.0.1 and drive Debian Chromium.
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { builtPages as readerPages } from '../../src/lib/built-pages.ts';
import { settlePasses } from './page-pass.ts';
import type { Site } from './site.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type { Site } from './site.ts';

export async function openSite(root = 'dist'): Promise<Site> {
  const server: Server = await startServer({ root, port: 0 });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // launch() already gives Chromium a fresh, throwaway profile directory.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Under npm test, the SOURCE_DATE_EPOCH that dist/ was just built with from this tree
 * (scripts/test.mjs), so slow tests can use dist/ instead of building the real site again.
 * Undefined when a test file is run on its own: dist/ may then be older than the source.
 */
export function freshDistEpoch(): string | undefined {
  const epoch = process.env.PORTAL_FRESH_DIST_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? epoch : undefined;
}

/**
 * Every built reader page as a URL path, e.g. /early-help/ and /404.html. Every per-page
 * loop of the browser tests (axe, budgets, CSP, links, html-validate, phone, layout) takes
 * its pages from here, the build's own walker (src/lib/built-pages.ts): the editor at /admin/
 * is left out there, explicitly, as Decap CMS's page for board staff, with its own policy,
 * tested in tests/browser/cms.test.ts.
 */
export function builtPages(root = 'dist'): string[] {
  return readerPages(root).map((page) => page.path);
}

/**
 * Opens the built site (dist/, or `root`) before a test file's tests and closes it after.
 * Returns a handle whose browser and base are read once the site is open.
 */
export function useSite(root = 'dist'): Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await openSite(root);
  });
  afterAll(async () => {
    // Tabs may still be working ahead for this file's browser (page-pass.ts).
    if (site) await settlePasses(site);
    await site?.close();
  });
  const open = () => {
    if (!site) throw new Error('The site is not open yet: use it inside a test, not while tests are collected.');
    return site;
  };
  return {
    get browser() {
      return open().browser;
    },
    get base() {
      return open().base;
    },
    close: () => open().close(),
  };
}

/**
 * Every result URL Pagefind gives for each query, in its order, read through Pagefind's own API
 * in a page of `site` (`from`, /search/ by default), so a test reads the real index.
 */
export async function pagefindUrls(site: Site, queries: string[], from = '/search/'): Promise<string[][]> {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}${from}`);
  const urls = (await page.evaluate(
    new Function(
      'queries',
      `return (async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const out = [];
        for (const q of queries) {
          const search = await pagefind.search(q);
          out.push(await Promise.all(search.results.map(async (r) => (await r.data()).url)));
        }
        return out;
      })()`,
    ) as (queries: string[]) => Promise<string[][]>,
    queries,
  )) as string[][];
  await page.close();
  return urls;
}
