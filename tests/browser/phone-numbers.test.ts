// Every phone number a reader sees, on every built page, is a tap-to-call link whose
// tel: address dials that number. Numbers are found with the same rules as the content check.
// Text runs come from the run's one load of each page (page-facts.ts DESKTOP).
import { describe, expect, it } from 'vitest';
import { digitsOf, findPhoneNumbers } from '../../src/lib/phone-numbers.ts';
import { builtPages, useSite } from './harness.ts';
import { DESKTOP } from './page-facts.ts';
import { visit } from './page-pass.ts';

const site = useSite();
const pages = builtPages();

describe('phone numbers on every page', () => {
  it('finds numbers to check: the danger box is on the home page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/`);
    expect(await page.locator('a[href="tel:999"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="tel:08088005000"]').count()).toBe(1);
    await page.close();
  });

  it.each(pages)('%s: every number is a tel: link that dials it', async (path) => {
    const { textRuns: runs } = await visit(site, DESKTOP, path, pages);
    const bare: string[] = [];
    for (const run of runs) {
      for (const found of findPhoneNumbers(run.text)) {
        if (run.tel === null) bare.push(found.text);
        else expect(run.tel, `${path}: "${found.text}"`).toBe(`tel:${digitsOf(found.text)}`);
      }
    }
    expect(bare, `${path}: numbers that are not tap-to-call links`).toEqual([]);
  });
});
