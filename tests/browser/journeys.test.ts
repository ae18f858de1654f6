// The three readers of the December review, on a 375 × 812 phone, from the home page:
// each reaches the answer for their area, with a number they can tap, in two taps.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';

const site = useSite();
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

async function phone(): Promise<Page> {
  const context = await site.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${site.base}/`);
  return page;
}

/** Taps the link with exactly this text inside <main>, and waits for the next page. */
async function tap(page: Page, text: string): Promise<void> {
  const link = page.locator('main a', { hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).first();
  await link.scrollIntoViewIfNeeded();
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before), link.tap()]);
}

/** The tel: links on the page that are visible, as [text, href]. */
const telLinks = (page: Page) =>
  page
    .locator('main a[href^="tel:"]')
    .evaluateAll((links) =>
      links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => [a.textContent?.trim() ?? '', a.getAttribute('href') ?? '']),
    );

describe('two taps from the home page, on a phone', () => {
  it('the Shropshire care leaver aged 18 reaches what applies at 18 in Shropshire', async () => {
    const page = await phone();
    await tap(page, 'What I can get as a care leaver');
    expect(new URL(page.url()).pathname).toBe('/leaving-care/');
    await tap(page, '18 to 20 in Shropshire');
    expect(new URL(page.url()).pathname).toBe('/shropshire/leaving-care/18-to-20/');
    const ages = await page
      .locator('article[data-entitlement-id]')
      .evaluateAll((items) =>
        items.map((item) => [
          Number((item as HTMLElement).dataset.ageFrom),
          Number((item as HTMLElement).dataset.ageTo),
          (item as HTMLElement).dataset.areas ?? '',
        ]),
      );
    expect(ages.length).toBeGreaterThan(3);
    // Everything listed applies at 18 (inclusive ages), everywhere or in Shropshire.
    for (const [from, to, areas] of ages) {
      expect(Number(from)).toBeLessThanOrEqual(20);
      expect(Number(to)).toBeGreaterThanOrEqual(18);
      expect(areas === 'all' || String(areas).split(' ').includes('shropshire'), String(areas)).toBe(true);
    }
    expect(await page.locator('main').textContent()).not.toMatch(/Worcestershire Care Leaver Team/);
    await page.context().close();
  });

  it('the Telford parent worried about grooming reaches Family Connect and a number to tap', async () => {
    const page = await phone();
    await tap(page, 'I think a child is being groomed or exploited');
    expect(new URL(page.url()).pathname).toBe('/exploitation/');
    await tap(page, 'Telford & Wrekin');
    expect(new URL(page.url()).pathname).toBe('/telford-wrekin/worried-about-exploitation/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Telford & Wrekin');
    const tel = await telLinks(page);
    expect(tel).toContainEqual(['Call\u00a001952\u00a0385385', 'tel:01952385385']);
    // Online grooming has its own route.
    expect(await page.locator('main .contact-card__routes a[href^="https://www.ceop.police.uk/"]').count()).toBe(1);
    // Nothing from the other areas.
    expect(await page.locator('main').textContent()).not.toMatch(/Compass|Family Front Door/);
    await page.context().close();
  });

  it("the Worcestershire safeguarding lead reaches the Family Front Door's referral route", async () => {
    const page = await phone();
    await tap(page, 'Make a referral (for professionals)');
    await tap(page, 'Worcestershire');
    expect(new URL(page.url()).pathname).toBe('/worcestershire/make-a-referral/');
    expect(await telLinks(page)).toContainEqual(['Call\u00a001905\u00a0822666', 'tel:01905822666']);
    expect(await telLinks(page)).toContainEqual(['Call\u00a001905\u00a0768020', 'tel:01905768020']);
    expect(
      await page.locator('main a[href="https://www.worcestershire.gov.uk/council-services/childrens-social-care/refer-childrens-social-care"]').count(),
    ).toBe(1);
    await page.context().close();
  });

  it("the Worcestershire safeguarding lead reaches Worcestershire's own CSE steps", async () => {
    const page = await phone();
    await tap(page, 'Follow the CSE pathway (for professionals)');
    await tap(page, 'Worcestershire');
    expect(new URL(page.url()).pathname).toBe('/exploitation/cse-pathway/worcestershire/');
    const steps = page.locator('.area-steps .steps > li');
    expect(await steps.count()).toBeGreaterThanOrEqual(10);
    const text = (await page.locator('.area-steps').textContent()) ?? '';
    expect(text).toContain('In Worcestershire');
    expect(text).toContain('Multi Agency Risk Reduction Strategy');
    // Only this area's local facts: the other areas' arrangements are not listed.
    expect(text).not.toMatch(/In Shropshire|In Telford & Wrekin|CSE triage \(November 2017\)/);
    // The paper's date is where the reader sees the steps.
    expect(text).toMatch(/as described in Worcestershire County Council's papers? of \d{1,2} \w+ 20\d\d/);
    await page.context().close();
  });

  it('"I\'m not sure" explains how to find the council from a postcode', async () => {
    const page = await phone();
    await tap(page, "I'm worried about a child");
    await tap(page, "I'm not sure");
    expect(new URL(page.url()).pathname).toBe('/find-your-council/');
    expect(await page.locator('main a[href="https://www.gov.uk/report-child-abuse-to-local-council"]').count()).toBe(1);
    await page.context().close();
  });

  it('every area answer for "worried about a child" has a tappable front-door number, with JavaScript off', async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/worried-about-a-child/`);
    const areas = await page.locator('.area-chooser a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const perArea = areas.filter((href) => href.endsWith('/worried-about-a-child/'));
    expect(perArea).toHaveLength(3);
    for (const href of perArea) {
      await page.goto(site.base + href);
      const tel = await page.locator('main .contact-card a[href^="tel:"]').count();
      expect(tel, href).toBeGreaterThanOrEqual(2);
    }
    await context.close();
  });
});
