// Issue 12 item 7, "Built for a phone": on a 375 × 812 screen the page title shows at once,
// jump links land clear of the sticky exit bar, and every tap target is big enough (WCAG 2.5.8).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, useSite } from './harness.ts';
import { PHONE, PHONE_SCREEN } from './page-facts.ts';
import { visit } from './page-pass.ts';

/** Exit bar, skip link, header, phase banner and breadcrumbs together, above the h1. */
const MAX_ABOVE_TITLE = 200;

const site = useSite();
const pages = builtPages();

// One phone-sized context and tab for the jump links: opening a context per check would be slow.
let context: BrowserContext | undefined;
let tab: Page | undefined;
async function phone(path: string): Promise<Page> {
  context ??= await site.browser.newContext({ viewport: PHONE_SCREEN });
  tab ??= await context.newPage();
  await tab.goto(site.base + path);
  return tab;
}
afterAll(async () => {
  await context?.close();
});

describe('on a 375 px phone', () => {
  it('finds the built site, 404 page included', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toContain('/404.html');
  });

  // Both checks read the run's one load of each page at 375 × 812 (page-facts.ts PHONE).
  it.each(pages)('%s shows its h1 within 200 px of the top', async (path) => {
    const { h1 } = await visit(site, PHONE, path, pages);
    expect(h1.count).toBe(1);
    expect(h1.top).not.toBeNull();
    expect(h1.top).toBeLessThanOrEqual(MAX_ABOVE_TITLE);
  });

  it.each(pages)('%s has tap targets of at least 24 × 24 px, or spaced as WCAG 2.5.8 allows', async (path) => {
    const { checked, small } = (await visit(site, PHONE, path, pages)).targets;
    // At least the exit button, the header search button and the three doors were measured.
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(small).toEqual([]);
  });
});

describe('jump links on a 375 px phone', () => {
  /** Where the target of a jump link sits after the jump, and where the sticky exit bar ends. */
  async function landing(page: Page, hash: string) {
    return page.evaluate((id) => {
      const target = document.getElementById(decodeURIComponent(id.slice(1)));
      const bar = document.querySelector('.exit-bar');
      if (!target || !bar) return null;
      return { top: target.getBoundingClientRect().top, barBottom: bar.getBoundingClientRect().bottom, scrolled: window.scrollY, viewport: window.innerHeight };
    }, hash);
  }

  it.each(['/early-help/', '/leaving-care/'])('on %s every contents link lands its heading below the exit bar', async (path) => {
    const page = await phone(path);
    const hashes = await page.locator('.contents a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    expect(hashes.length).toBeGreaterThan(1);
    for (const hash of hashes) {
      await page.goto(`${site.base}${path}`);
      await page.locator(`.contents a[href="${hash}"]`).click();
      await page.waitForFunction((h) => location.hash === h, hash);
      const at = await landing(page, hash);
      expect(at, hash).not.toBeNull();
      // The page really moved, so this is a jump and not a heading already in view.
      expect(at!.scrolled, hash).toBeGreaterThan(0);
      expect(at!.top, hash).toBeGreaterThanOrEqual(at!.barBottom);
      expect(at!.top, hash).toBeLessThan(at!.viewport);
    }
  });

  it('opening an address with a #fragment lands the heading below the exit bar', async () => {
    const page = await phone('/leaving-care/');
    const hash = await page
      .locator('.contents a')
      .last()
      .evaluate((a) => (a as HTMLAnchorElement).hash);
    await page.goto(`${site.base}/about/`);
    await page.goto(`${site.base}/leaving-care/${hash}`);
    const at = await landing(page, hash);
    expect(at).not.toBeNull();
    expect(at!.scrolled).toBeGreaterThan(0);
    expect(at!.top).toBeGreaterThanOrEqual(at!.barBottom);
    expect(at!.top).toBeLessThan(at!.viewport);
  });
});
