// Search against the real Pagefind index in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
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
    expect(hrefs.slice(0, 3)).toContain('/leaving-care/#entitlement-personal-adviser');
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
});
