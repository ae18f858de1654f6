// The portal with JavaScript turned off: pages read, the exit is a plain link, search offers A to Z.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

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

  it('the search page offers every page A to Z', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/search/?q=anything`);
    const links = await page.locator('.az a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/early-help/');
    expect(links).toContain('/exploitation/cse-pathway/');
    expect(links.length).toBeGreaterThan(15);
    await context.close();
  });
});
