/**
 * What search costs a reader, in Chromium, the way a reader searches: they are on a
 * content page, go to /search/, type a query with the keyboard and press Enter; then
 * they type a second query. For each query: every search file fetched (bytes gzipped
 * as a host sends them, and requests), and the time from the last key (Enter) to the
 * first result title on screen. Also the time a shared link (/search/?q=…) takes to
 * show results from nothing. Used by the bench and by tests/browser/search.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { isSearchFile, sizeOf, type Size } from './page-weight.ts';

export interface FetchedFile extends Size {
  path: string;
}

export interface QueryFigures {
  query: string;
  /** Search files fetched for this query (the search module, Pagefind, its index chunks and fragments, word-list shards, the spelling vocabulary). */
  bytes: Size;
  requests: number;
  files: FetchedFile[];
  /** From the last key (Enter) to the first result title on screen. */
  ms: number;
  results: number;
}

export interface SearchFigures {
  /** Where the reader starts, and the keyboard speed the queries are typed at. */
  from: string;
  keyDelayMs: number;
  /** What the search page itself fetched on the way from the content page (HTML, its CSS and script; not search files). */
  searchPage: { bytes: Size; requests: number };
  first: QueryFigures;
  second: QueryFigures;
  /** /search/?q=<first> opened in a fresh tab: from navigation to the first result title. */
  linkMs: number;
}

/** The issue 14 targets, counted as QueryFigures count them. */
export const SEARCH_TARGETS = { firstBytes: 120 * 1024, firstRequests: 12, secondBytes: 30 * 1024, ms: 300 } as const;

/** A person typing quickly: a key every 100 ms, so "early help" and Enter take a little over a second. */
export const KEY_DELAY_MS = 100;

const TEXT_TYPES = /^(text\/|application\/(javascript|json))/;

/** Collects what a tab fetches until `take` is called, split into search files and the rest. */
function recordFiles(page: Page): { take: () => Promise<{ search: FetchedFile[]; other: FetchedFile[] }> } {
  let pending: Promise<FetchedFile & { search: boolean }>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.protocol === 'data:') return;
    const search = isSearchFile(url);
    pending.push(
      response.body().then(
        (body) => ({ path: url.pathname, search, ...sizeOf(body, TEXT_TYPES.test(response.headers()['content-type'] ?? '')) }),
        // A redirect has no body; it still counts as a request.
        () => ({ path: url.pathname, search, raw: 0, gzip: 0 }),
      ),
    );
  });
  return {
    take: async () => {
      const files = await Promise.all(pending);
      pending = [];
      const strip = ({ search: _, ...file }: FetchedFile & { search: boolean }): FetchedFile => file;
      return { search: files.filter((f) => f.search).map(strip), other: files.filter((f) => !f.search).map(strip) };
    },
  };
}

const total = (files: readonly FetchedFile[]): Size => files.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Remembers, in the page, when Enter goes down in the search box. */
const MARK_ENTER = `document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__enterAt = performance.now(); }, true);`;

/** performance.now() once the first result title is on screen (painted boxes, not just in the DOM). */
const firstTitleShown = (page: Page) =>
  page
    .waitForFunction(
      () => {
        // Results of an earlier query are marked old, so only this query's count.
        const title = document.querySelector('#search-results > li:not([data-old]) h2 a');
        return title instanceof HTMLElement && title.checkVisibility() && title.getBoundingClientRect().height > 0 && performance.now();
      },
      undefined,
      { polling: 'raf', timeout: 30_000 },
    )
    .then(async (handle) => Number(await handle.jsonValue()));

const countResults = (page: Page) => page.locator('#search-results > li').count();

/** Types `query` into the search box as a reader does and presses Enter; resolves with the figures once search has settled. */
async function typeQuery(page: Page, files: ReturnType<typeof recordFiles>, query: string, keyDelayMs: number): Promise<QueryFigures> {
  const box = page.locator('#search-q');
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(query, { delay: keyDelayMs });
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('#search-results > li').forEach((li) => (li.dataset.old = '')));
  await page.waitForTimeout(keyDelayMs);
  await page.keyboard.press('Enter');
  const shownAt = await firstTitleShown(page);
  const enterAt = await page.evaluate(() => (window as unknown as { __enterAt: number }).__enterAt);
  // Let search finish what it fetches after drawing (nothing, today), so it is counted with this query.
  await page.waitForLoadState('networkidle');
  const { search } = await files.take();
  return { query, bytes: total(search), requests: search.length, files: search, ms: shownAt - enterAt, results: await countResults(page) };
}

export interface JourneyOptions {
  /** The content page the reader starts on. */
  from: string;
  first: string;
  second: string;
  keyDelayMs?: number;
}

/** One reader's search journey in a fresh tab (empty cache) at a phone's size. */
export async function searchJourney(browser: Browser, base: string, options: JourneyOptions): Promise<SearchFigures> {
  const keyDelayMs = options.keyDelayMs ?? KEY_DELAY_MS;
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  try {
    await context.addInitScript(MARK_ENTER);
    const page = await context.newPage();
    await page.goto(base + options.from, { waitUntil: 'networkidle' });
    const files = recordFiles(page);
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    const arrived = await files.take();
    if (arrived.search.length > 0) throw new Error(`/search/ fetched search files before anyone searched: ${arrived.search.map((f) => f.path).join(', ')}`);
    const first = await typeQuery(page, files, options.first, keyDelayMs);
    const second = await typeQuery(page, files, options.second, keyDelayMs);

    const linkTab = await context.newPage();
    await linkTab.goto(`${base}/search/?q=${encodeURIComponent(options.first)}`);
    const linkMs = await firstTitleShown(linkTab);
    return { from: options.from, keyDelayMs, searchPage: { bytes: total(arrived.other), requests: arrived.other.length }, first, second, linkMs };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Runs the journey `runs` times, each in a fresh context; bytes from the last run (they do not vary), median times. */
export async function measureSearch(browser: Browser, base: string, options: JourneyOptions, runs = 3): Promise<SearchFigures> {
  const all: SearchFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await searchJourney(browser, base, options));
  const last = all.at(-1);
  if (!last) throw new Error('no search runs');
  return {
    ...last,
    first: { ...last.first, ms: median(all.map((r) => r.first.ms)) },
    second: { ...last.second, ms: median(all.map((r) => r.second.ms)) },
    linkMs: median(all.map((r) => r.linkMs)),
  };
}
