// A care leaver on a 375 px phone: from /leaving-care/ to what applies in their area at
// their age, in pages no taller than six screens; the filter agrees with those pages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check.ts';
import { AGE_BANDS, HISTORY_PREFIX, leavingCareUrl } from '../../src/lib/routes.ts';
import { builtPages, useSite } from './harness.ts';
import { axeViolations } from './page-facts.ts';

const PHONE = { width: 375, height: 812 };
const MAX_HEIGHT = 6 * PHONE.height;

interface Entitlement {
  id: string;
  ageFrom: number;
  ageTo: number;
  /** Area ids, or 'all'. */
  areas: 'all' | string[];
}
const { content } = loadContent(process.cwd());
const entitlements: Entitlement[] = content.entitlements
  .filter((e) => !e.data.draft)
  // The checker hands over references as { id, collection }, as Astro does: the areas as ids.
  .map(({ id, data }) => ({ id, ageFrom: data.ageFrom, ageTo: data.ageTo, areas: data.areas === 'all' ? 'all' : data.areas.map((a) => a.id) }));
const areaIds = content.areas.map((e) => e.id);
const inArea = (e: Entitlement, area: string) => e.areas === 'all' || e.areas.includes(area);
const atAge = (e: Entitlement, age: number) => e.ageFrom <= age && e.ageTo >= age;
const byId = new Map(entitlements.map((e) => [e.id, e]));

const site = useSite();

async function phone(javaScriptEnabled = true) {
  const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled });
  return { context, page: await context.newPage() };
}

/** Ids of the entitlements a band page lists. */
const bandPageIds = (page: Page) =>
  page.locator('article[data-entitlement-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-entitlement-id') ?? ''));

/** Ids of the full entries the filter leaves visible on /leaving-care/. */
const visibleEntryIds = (page: Page) => page.locator('article.entitlement:visible').evaluateAll((els) => els.map((el) => el.id.replace(/^entitlement-/, '')));

/** axe's violations on the page as it is now, as "rule: targets" lines. */
const axeLines = async (page: Page) => (await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`);

describe('care leaver pages by area and age', () => {
  it('the content has entitlements to list and areas to list them for', () => {
    expect(entitlements.length).toBeGreaterThan(5);
    expect(areaIds.length).toBeGreaterThan(1);
  });

  it('a page is built for every area and every age band, and no others', () => {
    // Page histories (/history/leaving-care/…) are about the pages, not answers for an area.
    const built = builtPages().filter((path) => /^\/[^/]+\/leaving-care\/[^/]+\/$/.test(path) && !path.startsWith(HISTORY_PREFIX));
    const expected = areaIds.flatMap((area) => AGE_BANDS.map((band) => leavingCareUrl(area, band.slug)));
    expect(built.sort()).toEqual(expected.sort());
  });

  it('the home page links to /leaving-care/', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.base}/`);
    expect(await page.locator('main a[href="/leaving-care/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('/leaving-care/ → "18 to 20" under Shropshire lists only what applies there at 18 to 20', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.base}/leaving-care/`);
    const shropshire = page.locator('.lc-chooser li', { hasText: 'Shropshire' });
    await shropshire.getByRole('link', { name: /^18 to 20/ }).click();
    await page.waitForURL(`**${leavingCareUrl('shropshire', '18-to-20')}`);
    expect(await page.locator('h1').textContent()).toBe('What you can get in Shropshire if you are 18 to 20');
    const listed = await bandPageIds(page);
    const expected = entitlements.filter((e) => inArea(e, 'shropshire') && e.ageFrom <= 20 && e.ageTo >= 18).map((e) => e.id);
    expect([...listed].sort()).toEqual(expected.sort());
    // Worcestershire-only help is there to be left out, and is.
    const worcestershireOnly = entitlements.filter((e) => e.areas !== 'all' && !inArea(e, 'shropshire')).map((e) => e.id);
    expect(worcestershireOnly.length).toBeGreaterThan(0);
    for (const id of worcestershireOnly) expect(listed).not.toContain(id);
    // Each card links to its full entry on the complete list.
    const links = await page.locator('article[data-entitlement-id] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(listed.map((id) => `/leaving-care/everything/#entitlement-${id}`));
    await context.close();
  });

  it('only money items without an amount say there is no amount', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.base}${leavingCareUrl('shropshire', '18-to-20')}`);
    const noAmount = await page
      .locator('article[data-entitlement-id]', { hasText: 'give no amount' })
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-entitlement-id')));
    expect(noAmount.length).toBeGreaterThan(0);
    expect(noAmount).not.toContain('corporate-parenting');
    expect(noAmount).not.toContain('personal-adviser');
    await context.close();
  });

  it.each(areaIds.flatMap((area) => AGE_BANDS.map((band) => leavingCareUrl(area, band.slug))))(
    '%s is at most six screens tall at 375 × 812 and has no axe violations',
    async (path) => {
      const { context, page } = await phone();
      await page.goto(`${site.base}${path}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(MAX_HEIGHT);
      expect(await page.locator('article[data-entitlement-id]').count()).toBeGreaterThan(0);
      expect(await axeLines(page)).toEqual([]);
      await context.close();
    },
  );
});

describe('the filter on /leaving-care/everything/', () => {
  it('at 18 in Shropshire shows what the Shropshire band pages list at 18, and says so', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.base}/leaving-care/everything/`);
    await page.locator('#age-select').selectOption('18');
    await page.locator('#area-select').selectOption('shropshire');
    const shown = await visibleEntryIds(page);
    expect(await page.locator('[data-age-status]').textContent()).toBe(`Showing ${shown.length} things you can get at 18 in Shropshire.`);
    await page.goto(`${site.base}${leavingCareUrl('shropshire', '18-to-20')}`);
    const onBandPage = await bandPageIds(page);
    expect(shown.sort()).toEqual(onBandPage.filter((id) => byId.get(id) && atAge(byId.get(id) as Entitlement, 18)).sort());
    expect(shown.some((id) => byId.get(id)?.areas !== 'all')).toBe(true);
    expect(shown.every((id) => inArea(byId.get(id) as Entitlement, 'shropshire'))).toBe(true);
    await context.close();
  });

  it('at 25 shows the items whose last age is 25', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.base}/leaving-care/everything/`);
    await page.locator('#age-select').selectOption('25');
    const shown = await visibleEntryIds(page);
    const expected = entitlements.filter((e) => atAge(e, 25)).map((e) => e.id);
    expect(entitlements.some((e) => e.ageTo === 25)).toBe(true);
    expect(shown.sort()).toEqual(expected.sort());
    expect(await page.locator('[data-age-status]').textContent()).toBe(`Showing ${expected.length} things you can get at 25.`);
    await context.close();
  });

  it('keeps the choice in the address only, and an address with a choice opens filtered', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.base}/leaving-care/everything/`);
    await page.locator('#age-select').selectOption('18');
    await page.locator('#area-select').selectOption('worcestershire');
    expect(new URL(page.url()).search).toBe('?age=18&area=worcestershire');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    await page.goto(`${site.base}/leaving-care/everything/?age=18&area=shropshire`);
    expect(await page.locator('#area-select').inputValue()).toBe('shropshire');
    expect(await page.locator('[data-age-status]').textContent()).toMatch(/^Showing \d+ things you can get at 18 in Shropshire\.$/);
    await context.close();
  });

  it('with the filter applied the page has no axe violations', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.base}/leaving-care/everything/`);
    await page.locator('#age-select').selectOption('18');
    await page.locator('#area-select').selectOption('shropshire');
    expect(await axeLines(page)).toEqual([]);
    await context.close();
  });

  it('without JavaScript every entitlement shows and the filter is not offered', async () => {
    const { context, page } = await phone(false);
    await page.goto(`${site.base}/leaving-care/everything/`);
    expect((await visibleEntryIds(page)).sort()).toEqual(entitlements.map((e) => e.id).sort());
    expect(await page.locator('[data-age-filter]').isVisible()).toBe(false);
    await page.goto(`${site.base}/leaving-care/`);
    expect(await page.locator('.lc-chooser a').count()).toBe(areaIds.length * AGE_BANDS.length + 1);
    await context.close();
  });
});

describe('the contents list of /leaving-care/everything/', () => {
  it('includes the full list of what you can get', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.base}/leaving-care/everything/`);
    const contents = await page.locator('nav.contents a').evaluateAll((as) => as.map((a) => a.textContent?.trim()));
    expect(contents).toContain('Everything you can get, by topic');
    await context.close();
  });
});
