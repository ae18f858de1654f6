// Search against the real Pagefind index in Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SEARCH_TARGETS, searchJourney, type FetchedFile } from '../../scripts/bench/search-speed.ts';
import { SEARCH_QUERIES } from '../../scripts/bench/measure-site.ts';
import { builtPages, pagefindUrls, useSite } from './harness.ts';

const site = useSite();

/**
 * Issue 14's targets: at most 120 KB in 12 requests for the first search, 30 KB for the second. Pagefind's own
 * runtime is about 73 KB of the first (pagefind.js, its WebAssembly, the entry and metadata). The word index is
 * split into chunks of a few KB (src/lib/search/index-chunks.ts), so each query word costs a few KB, not the
 * ~23 KB chunk Pagefind writes. The portal's own part is held to what a query needs: the search module and one
 * small file per result shown.
 */
const CEILINGS = { firstBytes: SEARCH_TARGETS.firstBytes, secondBytes: SEARCH_TARGETS.secondBytes, ownFirstBytes: 5 * 1024, indexChunk: 8 * 1024 } as const;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const isPagefindRuntime = (f: FetchedFile) => /^\/pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind\.[\w.]+\.pf_meta|wasm\.\w+\.pagefind)$/.test(f.path);
const isIndexChunk = (f: FetchedFile) => f.path.startsWith('/pagefind/index/');
const isFragment = (f: FetchedFile) => f.path.startsWith('/pagefind/fragment/');
/** Files a search without filters or spelling mistakes must never fetch. */
const NEVER = /^\/(search-words\/|search-vocabulary\.json|pagefind\/filter\/|pagefind\/pagefind-worker\.js)/;

describe("what a reader's first and second search fetch (from a content page, typed, then Enter)", () => {
  it(`stays within ${SEARCH_TARGETS.firstRequests} requests, ${kb(SEARCH_TARGETS.firstBytes)} and then ${kb(SEARCH_TARGETS.secondBytes)}, fetching only what the query needs`, async () => {
    const { first, second, searchPage } = await searchJourney(site.browser, site.base, { ...SEARCH_QUERIES, keyDelayMs: 30 });
    const list = (files: FetchedFile[]) => files.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ');
    console.log(
      `Search from ${SEARCH_QUERIES.from}: page ${kb(searchPage.bytes.gzip)}/${searchPage.requests}; first "${first.query}" ${kb(first.bytes.gzip)}/${first.requests} req in ${Math.round(first.ms)} ms; second "${second.query}" ${kb(second.bytes.gzip)}/${second.requests} req in ${Math.round(second.ms)} ms`,
    );
    expect(first.results).toBeGreaterThan(0);
    expect(second.results).toBeGreaterThan(0);
    expect(first.requests, list(first.files)).toBeLessThanOrEqual(SEARCH_TARGETS.firstRequests);
    expect(first.bytes.gzip, list(first.files)).toBeLessThanOrEqual(CEILINGS.firstBytes);
    expect(second.bytes.gzip, list(second.files)).toBeLessThanOrEqual(CEILINGS.secondBytes);
    // Pagefind's runtime comes once, with the first search; the worker is not used.
    expect(first.files.filter(isPagefindRuntime).length).toBe(4);
    expect(second.files.filter(isPagefindRuntime)).toEqual([]);
    // Result data only for the results shown: five at first.
    expect(first.files.filter(isFragment).length).toBe(Math.min(5, first.results));
    expect(second.files.filter(isFragment).length).toBe(Math.min(5, second.results));
    // No word list, vocabulary or filter index for real words and no filters.
    expect([...first.files, ...second.files].filter((f) => NEVER.test(f.path)).map((f) => f.path)).toEqual([]);
    // Small index chunks: no query word costs a chunk of Pagefind's own size (~23 KB).
    expect(first.files.filter(isIndexChunk).length).toBeGreaterThan(0);
    for (const f of [...first.files, ...second.files].filter(isIndexChunk)) expect(f.gzip, f.path).toBeLessThanOrEqual(CEILINGS.indexChunk);
    // What the portal adds to Pagefind's fixed files: the search module and the fragments.
    const own = first.files.filter((f) => !isPagefindRuntime(f) && !isIndexChunk(f));
    expect(
      own.reduce((n, f) => n + f.gzip, 0),
      list(own),
    ).toBeLessThanOrEqual(CEILINGS.ownFirstBytes);
  });

  it('words like "what" and "is" fetch no index of their own: the same words as meaningful ones fetch nothing more', async () => {
    const { first, second } = await searchJourney(site.browser, site.base, {
      from: SEARCH_QUERIES.from,
      first: 'what is early help',
      second: 'early help',
      keyDelayMs: 30,
    });
    expect(first.results).toBeGreaterThan(0);
    expect(first.requests).toBeLessThanOrEqual(SEARCH_TARGETS.firstRequests);
    expect(first.files.filter(isIndexChunk).length).toBeGreaterThan(0);
    expect(first.files.filter(isIndexChunk).length).toBeLessThanOrEqual(2);
    expect(second.files.filter(isIndexChunk)).toEqual([]);
  });

  it('a filter fetches the index of that filter only, and opening the filters fetches nothing', async () => {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.base}/search/?q=help&area=Shropshire`);
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const filterFiles = readdirSync('dist/pagefind/filter');
    expect(filterFiles.length).toBeGreaterThan(1);
    expect(fetched.filter((p) => p.startsWith('/pagefind/filter/')).length).toBe(1);
    const before = fetched.length;
    await page.locator('details[data-filters] summary').click();
    await page.waitForTimeout(300);
    expect(fetched.slice(before)).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('finds the exploitation pathway from the URL query and announces the count', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/?q=exploitation`);
    await page.locator('#search-results li').first().waitFor();
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 5).some((href) => href?.startsWith('/exploitation/'))).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for "exploitation"$/);
    await page.close();
  });

  it('updates the URL on submit so back and share work, using only the keyboard', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/`);
    await page.locator('#search-q').focus();
    await page.keyboard.type('personal adviser');
    await page.keyboard.press('Enter');
    await page.locator('#search-results li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('personal adviser');
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The entitlement itself (a section of the leaving care page) is the best answer.
    expect(hrefs.slice(0, 3)).toContain('/leaving-care/everything/#entitlement-personal-adviser');
    await page.close();
  });

  it('indexes main content only: banners, navigation and page furniture are left out', async () => {
    // Exact phrases from the exit bar, the skip link, the banner, the footer and the review status find nothing,
    // while a phrase from a page's own text does.
    const furniture = [
      'Skip to main content',
      'Or press Shift 3 times',
      'This information is written from council committee papers',
      'Support links',
      'Page status',
    ];
    const [own, ...found] = await pagefindUrls(site, ['"leaving care team had identified"', ...furniture.map((f) => `"${f}"`)]);
    expect(own).toContain('/leaving-care/shropshire-pledge/');
    expect(found).toEqual(furniture.map(() => []));
  });

  it('result files carry what a result shows, not the page text (it is indexed, never shown)', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/`);
    const data = (await page.evaluate(
      new Function(`return (async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search('early help');
        return Promise.all(search.results.map((r) => r.data()));
      })()`) as () => Promise<{ url: string; content: string; meta: Record<string, string> }[]>,
    )) as { url: string; content: string; meta: Record<string, string> }[];
    await page.close();
    expect(data.length).toBeGreaterThan(10);
    expect(data.filter((d) => d.content !== '')).toEqual([]);
    expect(data.filter((d) => !d.meta.title || !d.meta.summary).map((d) => d.url)).toEqual([]);
  });

  const topHrefs = async (path: string) => {
    const page = await site.browser.newPage();
    await page.goto(site.base + path);
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    return { page, hrefs };
  };

  it('filters come from the URL, show as checked, and narrow the results', async () => {
    const { page, hrefs } = await topHrefs('/search/?area=Worcestershire&kind=Area');
    expect(hrefs).toContain('/areas/worcestershire/');
    expect(hrefs).not.toContain('/areas/shropshire/');
    expect(await page.locator('input[name="area"][value="Worcestershire"]').isChecked()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for your filters \(Worcestershire, Area\)$/);
    await page.close();
  });

  it('choosing a filter by keyboard updates the URL and the results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/?q=help`);
    await page.locator('#search-results li').first().waitFor();
    // The filters start folded so results come first on a phone; a reader opens them from the keyboard.
    expect(await page.locator('details[data-filters]').getAttribute('open')).toBeNull();
    await page.locator('details[data-filters] summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('input[name="kind"][value="Procedure"]').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/kind=Procedure/);
    await page.waitForFunction(() => /Procedure/.test(document.getElementById('search-status')?.textContent ?? ''));
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The only procedure pages: the CSE pathway and its page for each area.
    expect([...hrefs].sort()).toEqual(
      builtPages()
        .filter((path) => path.startsWith('/exploitation/cse-pathway/'))
        .sort(),
    );
    await page.close();
  });

  it('an acronym finds the page that spells it out, and the other way round', async () => {
    const spelled = await topHrefs('/search/?q=child%20sexual%20exploitation');
    const short = await topHrefs('/search/?q=CSE');
    expect(spelled.hrefs.slice(0, 3)).toContain('/exploitation/cse-pathway/');
    expect(short.hrefs.slice(0, 3)).toContain('/exploitation/cse-pathway/');
    await spelled.page.close();
    await short.page.close();
  });

  it('a word that is not a word gets "Did you mean" with a link, and its results when no page has the word', async () => {
    const { page, hrefs } = await topHrefs('/search/?q=exploitaton');
    expect(await page.locator('#search-suggestion').textContent()).toBe(
      'Did you mean exploitation? No page has the word "exploitaton", so the results below are for "exploitation".',
    );
    expect(await page.locator('#search-suggestion a').getAttribute('href')).toBe('/search/?q=exploitation');
    expect(hrefs.slice(0, 3).some((h) => h.startsWith('/exploitation/'))).toBe(true);
    await page.close();
  });

  it.each(['CEOP', 'sexting', 'universal credit', 'bullying', 'vaping', 'Worcs'])('never "corrects" the real word %s', async (query) => {
    const { page } = await topHrefs(`/search/?q=${encodeURIComponent(query)}`);
    expect(await page.locator('#search-suggestion').isVisible()).toBe(false);
    expect(await page.locator('#search-status').textContent()).toContain(`for "${query}"`);
    await page.close();
  });

  // Issue 14: everyday words put the family help page first, never the practitioners' pages or the glossary.
  const familyFirst: [string, RegExp][] = [
    ['my son is being groomed', /^\/(exploitation|[a-z-]+\/worried-about-exploitation)\/$/],
    ['my daughter is being groomed', /^\/(exploitation|[a-z-]+\/worried-about-exploitation)\/$/],
    // Who to tell, or which council to call: both are pages for families.
    ['who do I call', /^\/(([a-z-]+\/)?worried-about-a-child|find-your-council)\/$/],
    ['what money can I get', /^\/leaving-care\//],
    ['help with my teenager', /^\/([a-z-]+\/)?early-help\/$/],
  ];
  it.each(familyFirst)('"%s" puts the family help page first', async (query, first) => {
    const { page, hrefs } = await topHrefs(`/search/?q=${encodeURIComponent(query)}`);
    expect(hrefs[0]).toMatch(first);
    await page.close();
  });

  it("a practitioner's question finds the procedure, not the glossary, and no title is a bare letter", async () => {
    const { page, hrefs } = await topHrefs('/search/?q=how%20to%20make%20a%20referral');
    expect(hrefs[0]).toMatch(/make-a-referral\/$/);
    const titles = await page.locator('#search-results h2 a').allTextContents();
    expect(titles.filter((t) => t.trim().length <= 1)).toEqual([]);
    await page.close();
  });

  it('on a 375 x 812 phone the first result title is on the first screen, and the count is announced', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${site.base}/search/?q=money`);
    await page.locator('#search-results h2 a').first().waitFor();
    const box = await page.locator('#search-results h2 a').first().boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(812);
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    await context.close();
  });

  it('a query with no results shows the danger numbers, the tasks and the A to Z, never a blank list', async () => {
    const { page } = await topHrefs('/search/?q=xqzzvw');
    expect(await page.locator('#search-status').textContent()).toBe('No results for "xqzzvw".');
    expect(await page.locator('#search-none').isVisible()).toBe(true);
    expect(await page.locator('#search-none a[href="tel:999"]').count()).toBe(1);
    expect(await page.locator('#search-none .task-list a').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#az-title').isVisible()).toBe(true);
    await page.close();
  });

  it('shows the first results, and more on request', async () => {
    const { page } = await topHrefs('/search/?q=help');
    const before = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    expect(await page.evaluate(() => document.activeElement?.closest('li') !== null)).toBe(true);
    await page.close();
  });

  it('has no axe violations with results, the suggestion and the open filters shown', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const { page } = await topHrefs('/search/?q=early%20hlep&area=Shropshire');
    expect(await page.locator('#search-suggestion').isVisible()).toBe(true);
    expect(await page.locator('details[data-filters]').getAttribute('open')).not.toBeNull();
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
      return result.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
