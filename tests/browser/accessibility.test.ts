// axe-core (WCAG 2.2 A and AA) on every built page, and no request to any other host.
// Each page is loaded once for the run in a 1280 × 720 window (page-facts.ts DESKTOP).
import { describe, expect, it } from 'vitest';
import { builtPages, useSite } from './harness.ts';
import { axeViolations, DESKTOP } from './page-facts.ts';
import { visit } from './page-pass.ts';

const site = useSite();

// Reader pages: builtPages() leaves out the editor at /admin/ (Decap CMS's page for board staff, tested in cms.test.ts).
const pages = builtPages();

describe('every built page', () => {
  it('finds the built site', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('the axe check reports a planted WCAG failure (an image without a text alternative)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.base}/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })));
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await context.close();
  });

  it.each(pages)('%s has no axe violations, no console or CSP errors, and requests nothing from other hosts', async (path) => {
    // Console errors include Content Security Policy violations: a page must run clean.
    const { violations, foreign, errors, cookies } = await visit(site, DESKTOP, path, pages);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(cookies).toEqual([]);
  });
});
