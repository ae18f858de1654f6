// What only a browser can show about the layout: small screens and zoom, keyboard focus,
// print, and the optional age filter on the entitlements list.
import { describe, expect, it } from 'vitest';
import { builtPages, useSite } from './harness.ts';
import { PHONE, REFLOW_WIDTHS } from './page-facts.ts';
import { visit } from './page-pass.ts';

const site = useSite();

describe('reflow', () => {
  const pages = builtPages();
  // 320 CSS pixels wide is WCAG 1.4.10; 640 is a 1280-pixel window at 200% zoom (page-facts.ts PHONE measures both).
  it.each(pages.flatMap((path) => REFLOW_WIDTHS.map((width) => [path, width] as const)))('%s fits %i px without scrolling sideways', async (path, width) => {
    // Wide tables may scroll inside their own box; the page itself must not.
    const { overflow } = await visit(site, PHONE, path, pages);
    expect(overflow[width]).toBeLessThanOrEqual(0);
  });
});

describe('keyboard', () => {
  it('every focusable element on a content page shows a visible focus indicator', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/exploitation/cse-pathway/`);
    const unseen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const result = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { visible, name: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}` };
      });
      if (result && !result.visible) unseen.push(result.name);
    }
    await page.close();
    expect(unseen).toEqual([]);
  });

  it('the skip link is the second stop and moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/early-help/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.close();
  });
});

describe('print', () => {
  it('shows the address, print date and review date, and hides the exit, navigation and search', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/levels-of-need/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.review .print-only').innerText();
    expect(printed).toContain('Printed copies may be out of date');
    // The full address once the site address is set; until then only the path, never an invented host.
    expect(printed).toMatch(/Web address: (https:\/\/[^/\s]+)?\/levels-of-need\/\n/);
    expect(printed).toMatch(/Printed on: \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(printed).toMatch(/Next review: \d{1,2} [A-Z][a-z]+ \d{4}/);
    for (const selector of ['.exit-bar', '.site-search', '.site-nav', '.site-footer']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    await page.close();
  });
});

describe('print opens chart tables', () => {
  it('a chart table hidden in <details> is opened before printing', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/areas/shropshire/in-numbers/`);
    expect(await page.locator('details').first().getAttribute('open')).toBeNull();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('details:not([open])').count()).toBe(0);
    await page.close();
  });
});

describe('leaving care: what you can get at your age', () => {
  it('the age filter appears with JavaScript and shows only what applies at that age', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/leaving-care/everything/`);
    const all = await page.locator('article.entitlement:visible').count();
    await page.locator('#age-select').selectOption('22');
    const at22 = await page
      .locator('article.entitlement:visible')
      .evaluateAll((items) => items.map((item) => [Number((item as HTMLElement).dataset.ageFrom), Number((item as HTMLElement).dataset.ageTo)]));
    expect(at22.length).toBeGreaterThan(0);
    expect(at22.length).toBeLessThan(all);
    expect(at22.every(([from, to]) => (from ?? 99) <= 22 && (to ?? 0) >= 22)).toBe(true);
    expect(await page.locator('[data-age-status]').textContent()).toMatch(/^Showing \d+ things you can get at 22\.$/);
    await page.close();
  });
});
