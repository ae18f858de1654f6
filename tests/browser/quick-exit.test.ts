// The quick exit: by click and by Shift three times, on a content page and over an open search.
// Tests have no network, so the destination is answered locally and we assert navigation started.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';

const site = useSite();

interface Exit {
  page: Page;
  exits: { url: string; referer: string | undefined }[];
}

/** Opens home then `path`, answering requests to the exit destination with a stub page. */
async function openAt(path: string): Promise<Exit> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const exits: Exit['exits'] = [];
  await context.route(/bbc\.co\.uk/, async (route) => {
    exits.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' });
  });
  await page.goto(`${site.base}/`);
  await page.goto(site.base + path);
  return { page, exits };
}

describe('Exit this page', () => {
  it('is a real link at the top of every page, with rel=noreferrer', async () => {
    const { page } = await openAt('/early-help/');
    const link = page.locator('[data-module="exit-this-page"] a');
    expect(await link.getAttribute('href')).toBe('https://www.bbc.co.uk/weather');
    expect(await link.getAttribute('rel')).toContain('noreferrer');
    // It is the first focusable thing on the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Exit this page');
    await page.context().close();
  });

  it('leaves at once on click, hides the page and replaces the history entry', async () => {
    const { page, exits } = await openAt('/exploitation/');
    await page.click('text=Exit this page', { noWaitAfter: true });
    expect(await page.evaluate(() => document.documentElement.classList.contains('is-exiting')).catch(() => true)).toBe(true);
    await page.waitForURL(/bbc\.co\.uk/);
    expect(exits.length).toBe(1);
    expect(exits[0]?.referer).toBeUndefined();
    await page.goBack();
    expect(page.url()).toBe(`${site.base}/`);
    await page.context().close();
  });

  it('leaves when Shift is pressed three times within five seconds', async () => {
    const { page, exits } = await openAt('/leaving-care/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(await page.locator('[data-exit-status]').textContent()).toContain('1 more time');
    await page.keyboard.press('Shift');
    await page.waitForURL(/bbc\.co\.uk/);
    expect(exits.length).toBe(1);
    await page.goBack();
    expect(page.url()).toBe(`${site.base}/`);
    await page.context().close();
  });

  it('does not leave while someone types capitals', async () => {
    const { page, exits } = await openAt('/search/');
    await page.locator('#search-q').click();
    await page.keyboard.type('CSE Help');
    await page.waitForTimeout(300);
    expect(exits.length).toBe(0);
    expect(page.url()).toContain('/search/');
    await page.context().close();
  });

  it('works over an open search with results showing', async () => {
    const { page, exits } = await openAt('/search/?q=exploitation');
    await page.locator('#search-results li').first().waitFor();
    await page.locator('#search-q').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(/bbc\.co\.uk/);
    expect(exits.length).toBe(1);
    await page.context().close();
  });
});
