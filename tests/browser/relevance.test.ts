// The search relevance test set (tests/search/relevance.json): each realistic query must
// put its page in the top three, searched through the real search page and index.
// Reports the hit rate and fails below 95%.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREA_TASKS } from '../../src/lib/routes.ts';
import { useSite } from './harness.ts';

interface Case {
  query: string;
  expect: string;
  why: string;
}
const cases = JSON.parse(readFileSync('tests/search/relevance.json', 'utf8')) as Case[];
const THRESHOLD = 0.95;

const site = useSite();

/**
 * A result counts when it is the expected page, a section of it, or a page under it (one area's
 * steps of a procedure, the full care leaver list); the care leaver pages by area and age answer
 * what /leaving-care/ answers, for one reader.
 */
const matches = (href: string, expected: string) =>
  href === expected ||
  href.startsWith(`${expected}#`) ||
  (expected !== '/' && href.startsWith(expected)) ||
  answersForOneArea(href, expected);

/** A task's answer for one area (/telford-wrekin/worried-about-exploitation/) answers what its chooser page answers; an area's own pages answer for its area page. */
function answersForOneArea(href: string, expected: string): boolean {
  const [, area, slug] = /^\/([a-z-]+)\/([a-z-]+)\//.exec(href) ?? [];
  if (!area || !slug) return false;
  if (expected === `/areas/${area}/`) return true;
  return Object.values(AREA_TASKS).some((task) => task.chooser === expected && task.slug === slug);
}

describe('search relevance', () => {
  it(`puts the expected page in the top three for at least ${THRESHOLD * 100}% of ${cases.length} queries`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const page = await site.browser.newPage();
    const misses: string[] = [];
    const byKind = new Map<string, { hits: number; total: number }>();
    for (const c of cases) {
      await page.goto(`${site.base}/search/?q=${encodeURIComponent(c.query)}`);
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
      const top = (await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).slice(0, 3);
      const hit = top.some((href) => matches(href, c.expect));
      const tally = byKind.get(c.why) ?? { hits: 0, total: 0 };
      byKind.set(c.why, { hits: tally.hits + (hit ? 1 : 0), total: tally.total + 1 });
      if (!hit) misses.push(`"${c.query}" → expected ${c.expect}, got ${top.join(', ') || 'nothing'}`);
    }
    await page.close();
    const hits = cases.length - misses.length;
    const rate = hits / cases.length;
    console.log(`Search relevance: ${hits}/${cases.length} queries hit (${(rate * 100).toFixed(1)}%)`);
    for (const [why, t] of byKind) console.log(`  ${why}: ${t.hits}/${t.total}`);
    if (misses.length > 0) console.log(`Misses:\n  ${misses.join('\n  ')}`);
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(THRESHOLD);
  }, 300_000);
});
