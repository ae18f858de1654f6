// Search against the real Pagefind index in Chromium.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPages, useSite } from './harness.ts';

const site = useSite();

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
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/`);
    // Pagefind's own API, run in the page, gives the exact text it indexed for each result.
    const contents = (await page.evaluate(
      new Function(`return (async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search('early help');
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => d.content);
      })()`) as () => Promise<string[]>,
    )) as string[];
    expect(contents.length).toBeGreaterThan(3);
    for (const furniture of ['Skip to main content', 'Or press Shift 3 times', 'This information is written from council committee papers', 'Support links', 'Page status']) {
      expect(contents.filter((c) => c.includes(furniture))).toEqual([]);
    }
    await page.close();
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
    expect([...hrefs].sort()).toEqual(builtPages().filter((path) => path.startsWith('/exploitation/cse-pathway/')).sort());
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
    expect(await page.locator('#search-suggestion').textContent()).toBe('Did you mean exploitation? No page has the word "exploitaton", so the results below are for "exploitation".');
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

  it('a practitioner\'s question finds the procedure, not the glossary, and no title is a bare letter', async () => {
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
