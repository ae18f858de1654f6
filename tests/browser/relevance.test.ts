// The search relevance test set (tests/search/relevance.json): each realistic query must
// put its page in the top three, typed into the real search page and searched in the real index. Real
// words must never be "corrected". Reports the hit rate per audience and fails below 97%
// overall or 95% for any audience (issue 14).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREA_TASKS } from '../../src/lib/routes.ts';
import { useSite } from './harness.ts';

interface Case {
  query: string;
  /** The page that answers; for a real word the site barely covers, absent: then only "never corrected" is tested. */
  expect?: string;
  audience: 'families' | 'young people' | 'practitioners' | 'local names' | 'real words';
  note?: string;
}
const cases = JSON.parse(readFileSync('tests/search/relevance.json', 'utf8')) as Case[];
const OVERALL = 0.97;
const PER_AUDIENCE = 0.95;

const site = useSite();

/**
 * A result counts when it is the expected page, a section of it, or a page under it (one area's
 * steps of a procedure, the full care leaver list); the care leaver pages by area and age answer
 * what /leaving-care/ answers, for one reader.
 */
const matches = (href: string, expected: string) =>
  href === expected || href.startsWith(`${expected}#`) || (expected !== '/' && href.startsWith(expected)) || answersForOneArea(href, expected);

/** A task's answer for one area (/telford-wrekin/worried-about-exploitation/) answers what its chooser page answers; an area's own pages answer for its area page. */
function answersForOneArea(href: string, expected: string): boolean {
  const [, area, slug] = /^\/([a-z-]+)\/([a-z-]+)\//.exec(href) ?? [];
  if (!area || !slug) return false;
  if (expected === `/areas/${area}/`) return true;
  return Object.values(AREA_TASKS).some((task) => task.chooser === expected && task.slug === slug);
}

describe('search relevance', () => {
  it("represents readers: 150 queries, 60 in families' and young people's words, 20 real words", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.audience === 'families' || c.audience === 'young people').length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => c.audience === 'real words').length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.audience !== 'real words' && !c.expect)).toEqual([]);
  });

  it(`puts the expected page in the top three for ${OVERALL * 100}% of queries and ${PER_AUDIENCE * 100}% of each audience's`, async () => {
    const page = await site.browser.newPage();
    const misses: string[] = [];
    const byAudience = new Map<string, { hits: number; total: number }>();
    // One search page, as a reader uses it: each query typed into the box and sent with Enter.
    await page.goto(`${site.base}/search/`);
    const box = page.locator('#search-q');
    for (const c of cases) {
      await page.evaluate(() => {
        const status = document.getElementById('search-status');
        if (status) status.textContent = '';
      });
      await box.fill(c.query);
      await box.press('Enter');
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
      const top = (await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).slice(0, 3);
      const corrected = await page.locator('#search-suggestion').isVisible();
      const found = c.expect === undefined || top.some((href) => matches(href, c.expect as string));
      const hit = found && !(c.audience === 'real words' && corrected);
      const tally = byAudience.get(c.audience) ?? { hits: 0, total: 0 };
      byAudience.set(c.audience, { hits: tally.hits + (hit ? 1 : 0), total: tally.total + 1 });
      if (!hit)
        misses.push(
          `[${c.audience}] "${c.query}" → expected ${c.expect ?? 'no correction'}, got ${corrected ? `a correction (${await page.locator('#search-suggestion').textContent()}), ` : ''}${top.join(', ') || 'nothing'}`,
        );
    }
    await page.close();
    const hits = cases.length - misses.length;
    const rate = hits / cases.length;
    console.log(`Search relevance: ${hits}/${cases.length} queries hit (${(rate * 100).toFixed(1)}%)`);
    for (const [audience, t] of byAudience) console.log(`  ${audience}: ${t.hits}/${t.total} (${((t.hits / t.total) * 100).toFixed(1)}%)`);
    if (misses.length > 0) console.log(`Misses:\n  ${misses.join('\n  ')}`);
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(OVERALL);
    for (const [audience, t] of byAudience)
      expect(t.hits / t.total, `${audience}: ${misses.filter((m) => m.startsWith(`[${audience}]`)).join('\n')}`).toBeGreaterThanOrEqual(PER_AUDIENCE);
  }, 600_000);
});
