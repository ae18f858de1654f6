/**
 * How fast search answers in Chromium, on /search/?q=… as a reader opens a shared
 * link (first query: cold cache, Pagefind not yet loaded), then a second query typed
 * on the same page. Times are medians of a few runs; bytes are what search fetched.
 */
import type { Browser, Page } from 'playwright-core';
import { isSearchFile, sizeOf, type Size } from './page-weight.ts';

export interface QueryFigures {
  query: string;
  /** Search files fetched for this query (the search module, Pagefind, its index chunks and fragments, word-list shards, the spelling vocabulary). */
  bytes: Size;
  requests: number;
  /** First query: from navigation start to results on screen. Second: from pressing Search to results. */
  ms: number;
  results: number;
}

export interface SearchFigures {
  first: QueryFigures;
  second: QueryFigures;
}

const TEXT_TYPES = /^(text\/|application\/(javascript|json))/;

/** Collects the search files a page fetches until `take` is called. */
function recordSearchFiles(page: Page): { take: () => Promise<{ bytes: Size; requests: number }> } {
  let pending: Promise<Size>[] = [];
  page.on('response', (response) => {
    if (!isSearchFile(new URL(response.url()))) return;
    pending.push(response.body().then((body) => sizeOf(body, TEXT_TYPES.test(response.headers()['content-type'] ?? '')), () => ({ raw: 0, gzip: 0 })));
  });
  return {
    take: async () => {
      const sizes = await Promise.all(pending);
      pending = [];
      return { bytes: sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 }), requests: sizes.length };
    },
  };
}

/** Resolves with performance.now() once the results list has entries. */
const resultsShown = (page: Page) =>
  page
    .waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0 && performance.now(), undefined, { polling: 5, timeout: 30_000 })
    .then(async (handle) => Number(await handle.jsonValue()));

const countResults = (page: Page) => page.locator('#search-results > li').count();

async function once(browser: Browser, base: string, first: string, second: string): Promise<SearchFigures> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const files = recordSearchFiles(page);
  await page.goto(`${base}/search/?q=${encodeURIComponent(first)}`);
  const firstMs = await resultsShown(page);
  await page.waitForLoadState('networkidle');
  const firstFiles = await files.take();
  const firstResults = await countResults(page);

  const started = await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>('#search-q');
    const form = input?.form;
    if (!input || !form) throw new Error('no search form on /search/');
    input.value = q;
    const now = performance.now();
    // Like pressing Search: the page's submit handler runs and clears the old results at once.
    form.requestSubmit();
    return now;
  }, second);
  const secondMs = (await resultsShown(page)) - started;
  await page.waitForLoadState('networkidle');
  const secondFiles = await files.take();
  const secondResults = await countResults(page);
  await context.close();
  return {
    first: { query: first, ...firstFiles, ms: firstMs, results: firstResults },
    second: { query: second, ...secondFiles, ms: secondMs, results: secondResults },
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Runs the two queries `runs` times, each in a fresh browser context; reports median times. */
export async function measureSearch(browser: Browser, base: string, first: string, second: string, runs = 3): Promise<SearchFigures> {
  const all: SearchFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await once(browser, base, first, second));
  const last = all.at(-1);
  if (!last) throw new Error('no search runs');
  return {
    first: { ...last.first, ms: median(all.map((r) => r.first.ms)) },
    second: { ...last.second, ms: median(all.map((r) => r.second.ms)) },
  };
}
