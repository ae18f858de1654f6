// One area's procedure prints on at most three A4 sheets, with the print stamp.
import { describe, expect, it } from 'vitest';
import { builtPages, useSite } from './harness.ts';

const site = useSite();
/** Every built page of one area's steps, e.g. /exploitation/cse-pathway/worcestershire/. */
const areaProcedurePages = builtPages().filter((path) => /^\/exploitation\/cse-pathway\/[^/]+\/$/.test(path));
const MAX_SHEETS = 3;

/** Pages in a PDF: one "/Type /Page" object per sheet. */
const sheets = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('printing one area', () => {
  it('has a page for each area', () => {
    expect(areaProcedurePages).toHaveLength(3);
  });

  it.each(areaProcedurePages)(`%s prints on at most ${MAX_SHEETS} A4 sheets, stamped with its address and print date`, async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.base + path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-only').first().isVisible()).resolves.toBe(true);
    const stamp = (await page.locator('.review .print-only').textContent()) ?? '';
    expect(stamp).toContain(path);
    expect(stamp).toMatch(/Printed on/);
    const pdf = await page.pdf({ format: 'A4' });
    const count = sheets(pdf);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(MAX_SHEETS);
    await page.close();
  });
});
