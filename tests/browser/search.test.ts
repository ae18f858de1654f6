// Search against the real Pagefind index in Chromium.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPages, useSite } from './harness.ts';

const site = useSite();

describe('search', () => {
  it('finds the exploitation pathway from the URL query and announces the count', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/?q=exploitation`);
    await page.locator('#search-results li').first().waitFor();
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 5).some((href) => href?.startsWith('/exploitation/'))).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for "exploitation"$/);
    await page.close();
  });

  it('updates the URL on submit so back and share work, using only the keyboard', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/`);
    await page.locator('#search-q').focus();
    await page.keyboard.type('personal adviser');
    await page.keyboard.press('Enter');
    await page.locator('#search-results li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('personal adviser');
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The entitlement itself (a section of the leaving care page) is the best answer.
    expect(hrefs.slice(0, 3)).toContain('/leaving-care/everything/#entitlement-personal-adviser');
    await page.close();
  });

  it('indexes main content only: banners, navigation and page furniture are left out', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/`);
    // Pagefind's own API, run in the page, gives the exact text it indexed for each result.
    const contents = (await page.evaluate(
      new Function(`return (async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search('early help');
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => d.content);
      })()`) as () => Promise<string[]>,
    )) as string[];
    expect(contents.length).toBeGreaterThan(3);
    for (const furniture of ['Skip to main content', 'Or press Shift 3 times', 'This information is written from council committee papers', 'Support links', 'Page status']) {
      expect(contents.filter((c) => c.includes(furniture))).toEqual([]);
    }
    await page.close();
  });

  const topHrefs = async (path: string) => {
    const page = await site.browser.newPage();
    await page.goto(site.base + path);
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    return { page, hrefs };
  };

  it('filters come from the URL, show as checked, and narrow the results', async () => {
    const { page, hrefs } = await topHrefs('/search/?area=Worcestershire&kind=Area');
    expect(hrefs).toContain('/areas/worcestershire/');
    expect(hrefs).not.toContain('/areas/shropshire/');
    expect(await page.locator('input[name="area"][value="Worcestershire"]').isChecked()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for your filters \(Worcestershire, Area\)$/);
    await page.close();
  });

  it('choosing a filter by keyboard updates the URL and the results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/?q=help`);
    await page.locator('#search-results li').first().waitFor();
    await page.locator('input[name="kind"][value="Procedure"]').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/kind=Procedure/);
    await page.waitForFunction(() => /Procedure/.test(document.getElementById('search-status')?.textContent ?? ''));
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The only procedure pages: the CSE pathway and its page for each area.
    expect([...hrefs].sort()).toEqual(builtPages().filter((path) => path.startsWith('/exploitation/cse-pathway/')).sort());
    await page.close();
  });

  it('an acronym finds the page that spells it out, and the other way round', async () => {
    const spelled = await topHrefs('/search/?q=child%20sexual%20exploitation');
    const short = await topHrefs('/search/?q=CSE');
    expect(spelled.hrefs.slice(0, 3)).toContain('/exploitation/cse-pathway/');
    expect(short.hrefs.slice(0, 3)).toContain('/exploitation/cse-pathway/');
    await spelled.page.close();
    await short.page.close();
  });

  it('a misspelt word is corrected from the site vocabulary and says so', async () => {
    const { page, hrefs } = await topHrefs('/search/?q=exploitaton');
    expect(await page.locator('#search-suggestion').textContent()).toBe('Showing results for "exploitation" instead of "exploitaton".');
    expect(hrefs.slice(0, 3).some((h) => h.startsWith('/exploitation/'))).toBe(true);
    await page.close();
  });

  it('has no axe violations with results shown and filters open', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const { page } = await topHrefs('/search/?q=early%20help&area=Shropshire');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
      return result.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
