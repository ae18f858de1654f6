/**
 * Everything the bench measures in a browser for one built site: the weight of
 * sample pages, search speed, and (for one size) Lighthouse scores.
 */
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { startServer } from '../static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/browser/harness.ts';
import { lighthouseScores, type LighthouseResult } from './lighthouse-scores.ts';
import { measurePage, type PageWeight } from './page-weight.ts';
import { measureSearch, type SearchFigures } from './search-speed.ts';

/** The search benchmark: a reader on a content page searches twice, with words every size of site uses. */
export const SEARCH_QUERIES = { from: '/early-help/', first: 'early help', second: 'personal adviser' } as const;

export interface BrowserFigures {
  pages: Record<string, PageWeight>;
  search?: SearchFigures;
  lighthouse?: LighthouseResult[];
}

export interface MeasureOptions {
  /** Sample pages by label, e.g. { guidance: '/early-help/' }; empty to skip page weights. */
  samples: Record<string, string>;
  search: boolean;
  /** Pages to score with Lighthouse, or none. */
  lighthouse: readonly string[];
}

export async function measureSite(dist: string, options: MeasureOptions): Promise<BrowserFigures> {
  const server: Server = await startServer({ root: dist, port: 0 });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const pages: Record<string, PageWeight> = {};
    for (const [label, path] of Object.entries(options.samples)) pages[label] = await measurePage(browser, base, path);
    const search = options.search ? await measureSearch(browser, base, SEARCH_QUERIES) : undefined;
    // Lighthouse drives its own Chromium; close ours first so the two do not share two cores.
    await browser.close();
    const lighthouse = options.lighthouse.length > 0 ? await lighthouseScores(base, options.lighthouse) : undefined;
    return { pages, search, lighthouse };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
