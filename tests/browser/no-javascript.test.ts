// The portal with JavaScript turned off: pages read, the exit is a plain link, search offers A to Z
// and its filters lead to the pages that list the same things.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

describe('with JavaScript disabled', () => {
  it('a content page is readable and keeps its review status and sources', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/early-help/`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main').innerText()).toMatch(/early help/i);
    expect(await page.locator('#sources-title').isVisible()).toBe(true);
    expect(await page.locator('.review').innerText()).toMatch(/Next review/);
    const exit = page.locator('[data-module="exit-this-page"] a');
    expect(await exit.isVisible()).toBe(true);
    expect(await exit.getAttribute('rel')).toContain('noreferrer');
    await context.close();
  });

  it('the search page offers every page A to Z, one letter at a time', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/search/?q=anything`);
    const letters = await page.locator('.az a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(letters).toContain('/a-to-z/e/');
    await page.locator('.az a[href="/a-to-z/e/"]').click();
    const onE = await page.locator('main h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(onE).toContain('/early-help/');
    await page.goto(`${site.base}/a-to-z/c/`);
    expect(await page.locator('main h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/exploitation/cse-pathway/');
    await context.close();
  });

  it('the search filters lead somewhere: each is a link to a page that lists what it would find', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/search/`);
    const filters = page.locator('details[data-filters]');
    await filters.locator('summary').click();
    // The checkboxes need a query, so they stay hidden; the links show instead.
    expect(await filters.locator('input[type="checkbox"]').first().isVisible()).toBe(false);
    const links = filters.locator('.filters-browse a');
    expect(await links.count()).toBeGreaterThanOrEqual(8);
    expect(await links.first().isVisible()).toBe(true);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const expected of ['/families/', '/practitioners/', '/updates/', '/glossary/', '/a-to-z/', '/find-your-council/']) expect(hrefs).toContain(expected);
    // Every area of the partnership has its own page in the list.
    expect(hrefs.filter((h) => h.startsWith('/areas/')).length).toBe(readdirSync('src/content/areas').filter((f) => f.endsWith('.yaml')).length);
    // Each link is a page of the site.
    for (const href of hrefs) expect((await page.request.get(site.base + href)).status(), href).toBe(200);
    await page.locator('.filters-browse a[href="/practitioners/"]').first().click();
    expect(await page.locator('main').innerText()).toMatch(/CSE pathway|exploitation/i);
    await context.close();
  });
});
