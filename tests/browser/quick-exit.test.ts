// The quick exit: by click and by Shift three times, after reading a few pages, with and without JavaScript.
// Tests have no network, so the neutral page is answered locally; its answer is held until the page
// being left has reported, from a MutationObserver, what it shows once the exit starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, useSite } from './harness.ts';

const site = useSite();
const NEUTRAL = 'https://www.bbc.co.uk/weather';
const READ = ['/', '/exploitation/', '/early-help/', '/leaving-care/'];
const BEFORE = 'data:text/html,<title>Before</title><p>The page open before the site</p>';

/** Follows a link to `path` on the current page, as a reader taps it; adds one to the page when it has none. */
async function follow(page: Page, path: string) {
  const before = page.url();
  await page.evaluate((href) => {
    let link = document.querySelector<HTMLAnchorElement>(`main a[href="${href}"]`);
    if (!link) {
      link = document.createElement('a');
      link.href = href;
      link.textContent = 'next';
      document.querySelector('main')?.append(link);
    }
    link.scrollIntoView();
  }, path);
  await Promise.all([page.waitForURL((url) => url.href !== before), page.locator(`main a[href="${path}"]`).first().click()]);
}

// Playwright turns Chromium's popup blocker off; this browser keeps it on, as readers' browsers do.
let blocking: Browser;
beforeAll(async () => {
  blocking = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-popup-blocking'],
  });
});
afterAll(async () => {
  await blocking?.close();
});

/** What the page being left shows as soon as it is marked as exiting. */
interface Hidden {
  exiting: boolean;
  title: string;
  mainShown: boolean;
  exitBarShown: boolean;
}

interface Reading {
  context: BrowserContext;
  page: Page;
  /** Requests for the neutral page, from any tab. */
  exits: { url: string; referer: string | undefined }[];
  /** Reports from pages that started to exit. */
  hidden: Hidden[];
  /** Lets the held neutral-page answers through. */
  release: () => void;
}

/** Reads `paths` in one tab; requests to the neutral page wait until release() is called. */
async function readPages(browser: Browser, paths: string[] = READ, options = {}): Promise<Reading> {
  const context = await browser.newContext(options);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const exits: Reading['exits'] = [];
  const hidden: Hidden[] = [];
  await context.exposeBinding('reportExit', (_source, state: Hidden) => {
    hidden.push(state);
  });
  // The page is busy leaving, so it cannot be asked; it reports the moment its class changes.
  await context.addInitScript(() => {
    const report = (window as unknown as { reportExit: (state: unknown) => void }).reportExit;
    const shown = (selector: string) => {
      const element = document.querySelector(selector);
      return element !== null && element.checkVisibility();
    };
    new MutationObserver(() => {
      if (!document.documentElement.classList.contains('is-exiting')) return;
      report({ exiting: true, title: document.title, mainShown: shown('main'), exitBarShown: shown('.exit-bar') });
    }).observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
  });
  await context.route(/bbc\.co\.uk/, async (route) => {
    const request = route.request();
    exits.push({ url: request.url(), referer: request.headers()['referer'] });
    await held;
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' });
  });
  const page = await context.newPage();
  // The page the reader had open before the site: Back must lead here, never to the site.
  await page.goto(BEFORE);
  await page.goto(site.base + paths[0]!);
  // Then read on as a reader does, by following links (JavaScript off: the browser's own navigation).
  for (const path of paths.slice(1)) await follow(page, path);
  return { context, page, exits, hidden, release };
}

/** Waits for the page being left to report what it showed once the exit started. */
async function whileLeaving(reading: Reading): Promise<Hidden> {
  await expect.poll(() => reading.hidden.length).toBeGreaterThan(0);
  return reading.hidden[0]!;
}

/** The new tab: at the neutral page, with nothing to go Back to. */
async function expectHistoryFreeTab(tab: Page) {
  await tab.waitForURL(NEUTRAL);
  expect(await tab.evaluate(() => history.length)).toBe(1);
  expect(await tab.goBack()).toBeNull();
  expect(tab.url()).toBe(NEUTRAL);
  expect(tab.url().startsWith(site.base)).toBe(false);
}

/** The tab the reader left from: now the neutral page, and Back goes to the page before the site. */
async function expectReplacedTab(page: Page) {
  await page.waitForURL(NEUTRAL);
  // Reading four pages by links left one entry for the site, which the exit replaced.
  expect(await page.evaluate(() => history.length)).toBe(3);
  await page.goBack();
  expect(page.url()).toBe(BEFORE);
  expect(page.url().startsWith(site.base)).toBe(false);
}

const pressShiftThreeTimes = async (page: Page) => {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
};

describe('Exit this page', () => {
  it('is a same-tab link at the top of every page that sends no referrer', async () => {
    const { context, page } = await readPages(site.browser, ['/early-help/']);
    const link = page.locator('[data-module="exit-this-page"] a');
    expect(await link.getAttribute('href')).toBe(NEUTRAL);
    expect((await link.getAttribute('rel'))?.split(' ').sort()).toEqual(['nofollow', 'noopener', 'noreferrer']);
    expect(await link.getAttribute('target')).toBeNull();
    // It is the first focusable thing on the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Exit this page');
    await context.close();
  });

  it('on click, hides the page at once, opens a tab with no history and replaces this one', async () => {
    const reading = await readPages(blocking);
    const opened = reading.context.waitForEvent('page');
    await reading.page.click('text=Exit this page', { noWaitAfter: true });
    expect(await whileLeaving(reading)).toEqual({ exiting: true, title: 'Loading', mainShown: false, exitBarShown: false });
    reading.release();
    const tab = await opened;
    expect(tab).not.toBe(reading.page);
    await expectHistoryFreeTab(tab);
    await expectReplacedTab(reading.page);
    expect(reading.exits.map((exit) => exit.url)).toEqual([NEUTRAL, NEUTRAL]);
    expect(reading.exits.map((exit) => exit.referer)).toEqual([undefined, undefined]);
    await reading.context.close();
  });

  it('on Shift three times, does the same where the browser allows the new tab', async () => {
    const reading = await readPages(site.browser);
    const opened = reading.context.waitForEvent('page');
    await reading.page.keyboard.press('Shift');
    await reading.page.keyboard.press('Shift');
    expect(await reading.page.locator('[data-exit-status]').textContent()).toContain('1 more time');
    await reading.page.keyboard.press('Shift');
    expect(await whileLeaving(reading)).toEqual({ exiting: true, title: 'Loading', mainShown: false, exitBarShown: false });
    reading.release();
    await expectHistoryFreeTab(await opened);
    await expectReplacedTab(reading.page);
    await reading.context.close();
  });

  it('on Shift three times with the popup blocker on, still hides and replaces this tab', async () => {
    // Chromium does not count a Shift press as a user action, so it blocks the new tab.
    const reading = await readPages(blocking);
    await pressShiftThreeTimes(reading.page);
    expect(await whileLeaving(reading)).toEqual({ exiting: true, title: 'Loading', mainShown: false, exitBarShown: false });
    reading.release();
    await expectReplacedTab(reading.page);
    expect(reading.context.pages()).toEqual([reading.page]);
    await reading.context.close();
  });

  it('does not leave while someone types capitals in the search box', async () => {
    const reading = await readPages(site.browser, ['/', '/search/']);
    await reading.page.locator('#search-q').click();
    // Each capital is Shift held with a letter, as a person types it: four Shift presses in all.
    for (const key of ['Shift+C', 'Shift+S', 'Shift+E', 'Space', 'Shift+H', 'e', 'l', 'p']) await reading.page.keyboard.press(key);
    expect(await reading.page.locator('#search-q').inputValue()).toBe('CSE Help');
    await reading.page.waitForTimeout(300);
    expect(reading.exits.length).toBe(0);
    expect(reading.context.pages()).toEqual([reading.page]);
    expect(reading.page.url()).toContain('/search/');
    expect(await reading.page.evaluate(() => document.documentElement.classList.contains('is-exiting'))).toBe(false);
    await reading.context.close();
  });

  it('works over an open search with results showing', async () => {
    const reading = await readPages(site.browser, ['/', '/search/?q=exploitation']);
    await reading.page.locator('#search-results li').first().waitFor();
    await reading.page.locator('#search-q').focus();
    const opened = reading.context.waitForEvent('page');
    await pressShiftThreeTimes(reading.page);
    expect((await whileLeaving(reading)).exiting).toBe(true);
    reading.release();
    await expectHistoryFreeTab(await opened);
    await reading.page.waitForURL(NEUTRAL);
    await reading.context.close();
  });

  it('without JavaScript, is an ordinary link in the same tab', async () => {
    const reading = await readPages(site.browser, READ, { javaScriptEnabled: false });
    reading.release();
    await reading.page.click('text=Exit this page');
    await reading.page.waitForURL(NEUTRAL);
    expect(reading.context.pages()).toEqual([reading.page]);
    expect(reading.exits.map((exit) => exit.referer)).toEqual([undefined]);
    // As the help page says: Back returns to this site.
    await reading.page.goBack();
    expect(reading.page.url()).toBe(`${site.base}/leaving-care/`);
    await reading.context.close();
  });
});
