// Shared set-up for browser tests: serve dist/ (or another built site) on 127.0.0.1 and drive Debian Chromium.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
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

/** Every built HTML page as a URL path, e.g. /early-help/ and /404.html. */
export function builtPages(root = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = `/${relative(root, full).replace(/\\/g, '/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return out.sort();
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
