// Issue 12 item 7, "Built for a phone": on a 375 × 812 screen the page title shows at once,
// jump links land clear of the sticky exit bar, and every tap target is big enough (WCAG 2.5.8).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, useSite } from './harness.ts';

const PHONE = { width: 375, height: 812 };
/** Exit bar, skip link, header, phase banner and breadcrumbs together, above the h1. */
const MAX_ABOVE_TITLE = 200;
const MIN_TARGET = 24;

const site = useSite();
const pages = builtPages();

// One phone-sized context and tab for every page: opening ~60 contexts would be slow.
let context: BrowserContext | undefined;
let tab: Page | undefined;
async function phone(path: string): Promise<Page> {
  context ??= await site.browser.newContext({ viewport: PHONE });
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

  it.each(pages)('%s shows its h1 within 200 px of the top', async (path) => {
    const page = await phone(path);
    const h1 = await page.evaluate(() => {
      const headings = document.querySelectorAll('h1');
      const top = headings[0] ? headings[0].getBoundingClientRect().top + window.scrollY : null;
      return { count: headings.length, top };
    });
    expect(h1.count).toBe(1);
    expect(h1.top).not.toBeNull();
    expect(h1.top).toBeLessThanOrEqual(MAX_ABOVE_TITLE);
  });

  it.each(pages)('%s has tap targets of at least 24 × 24 px, or spaced as WCAG 2.5.8 allows', async (path) => {
    const page = await phone(path);
    const { checked, small } = await page.evaluate((min) => {
      // Links inside running text are exempt (2.5.8 "inline"); a link that is a whole list item is not.
      const isTarget = (el: Element) =>
        el.tagName !== 'A' || el.closest('nav') !== null || (el.parentElement?.tagName === 'LI' && el.parentElement.textContent?.trim() === el.textContent?.trim());
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        // The skip link waits off-screen until it is focused.
        return el.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0 && r.right > 0;
      };
      const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].filter(shown);
      const rects = new Map(all.map((el) => [el, el.getBoundingClientRect()]));
      const undersized = (r: DOMRect) => r.width < min || r.height < min;
      const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
      const distanceToRect = (p: { x: number; y: number }, r: DOMRect) =>
        Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
      // Spacing exception: a 24 px circle on the target touches no other target and no other small target's circle.
      const spacedApart = (el: Element, r: DOMRect) => {
        const c = centre(r);
        return all.every((other) => {
          if (other === el || other.contains(el) || el.contains(other)) return true;
          const o = rects.get(other)!;
          if (distanceToRect(c, o) < min / 2) return false;
          if (!undersized(o)) return true;
          const oc = centre(o);
          return Math.hypot(c.x - oc.x, c.y - oc.y) >= min;
        });
      };
      const targets = all.filter(isTarget);
      const small = targets
        .filter((el) => {
          const r = rects.get(el)!;
          return undersized(r) && !spacedApart(el, r);
        })
        .map((el) => {
          const r = rects.get(el)!;
          const name = (el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('name') || el.id;
          return `${el.tagName.toLowerCase()} "${name}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`;
        });
      return { checked: targets.length, small };
    }, MIN_TARGET);
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
    const hash = await page.locator('.contents a').last().evaluate((a) => (a as HTMLAnchorElement).hash);
    await page.goto(`${site.base}/about/`);
    await page.goto(`${site.base}/leaving-care/${hash}`);
    const at = await landing(page, hash);
    expect(at).not.toBeNull();
    expect(at!.scrolled).toBeGreaterThan(0);
    expect(at!.top).toBeGreaterThanOrEqual(at!.barBottom);
    expect(at!.top).toBeLessThan(at!.viewport);
  });
});
