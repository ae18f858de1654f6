// Byte budgets on every built page, measured as Chromium loads it: what goes over
// the wire (gzipped with zlib, as a static host sends text), not what sits in dist/.
// Search files are left out: they load only when a reader searches.
// Each page is loaded once for the run, in a tab with the HTTP cache off (page-facts.ts WEIGHT).
// Times are not tested here (they vary with the machine); `npm run bench` reports them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageWeight } from '../../scripts/bench/page-weight.ts';
import { isVersionUrl } from '../../src/lib/routes.ts';
import { builtPages, useSite } from './harness.ts';
import { WEIGHT } from './page-facts.ts';
import { visit } from './page-pass.ts';

/** Issue 7: a cheap phone on a slow link. Bytes are stable, so they can be tested exactly. */
const BUDGETS = {
  /** HTML + CSS + JS gzipped, all a page needs before a reader can use it. */
  totalGzip: 15 * 1024,
  /** The quick exit and small enhancements. */
  jsGzip: 3 * 1024,
  cssGzip: 8 * 1024,
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Every budget a page breaks, in words, so a failure says which page, what and by how much.
 * An old version (/history/<page>/<date>/) is the page's text as it stood, which may be longer than
 * today's page (the leaving care page once held every entitlement): it is exempt from the total only.
 * Its CSS and JavaScript, which today's layout sends, keep their budgets.
 */
function overBudget(w: PageWeight, oldVersion = false): string[] {
  const problems: string[] = [];
  if (w.total.gzip > BUDGETS.totalGzip && !oldVersion)
    problems.push(
      `transfers ${kb(w.total.gzip)} gzipped (HTML ${kb(w.html.gzip)}, CSS ${kb(w.css.gzip)}, JS ${kb(w.js.gzip)}), over the ${kb(BUDGETS.totalGzip)} budget`,
    );
  if (w.js.gzip > BUDGETS.jsGzip) problems.push(`has ${kb(w.js.gzip)} of JavaScript gzipped, over the ${kb(BUDGETS.jsGzip)} budget`);
  if (w.css.gzip > BUDGETS.cssGzip) problems.push(`has ${kb(w.css.gzip)} of CSS gzipped, over the ${kb(BUDGETS.cssGzip)} budget`);
  if (w.fonts.length > 0) problems.push(`loads web fonts: ${w.fonts.join(', ')}`);
  if (w.fontFaces > 0) problems.push(`has ${w.fontFaces} @font-face rule(s)`);
  if (w.unsizedSvgs > 0) problems.push(`has ${w.unsizedSvgs} chart <svg> without viewBox, width and height, which can shift the page as it draws`);
  // Charts are held still exactly by the viewBox check above; this catches real shifts. A few thousandths can
  // come from a first paint on a busy machine (seen once in CI on a text-only page), far below Lighthouse's 0.1.
  if (w.layoutShift >= 0.01) problems.push(`shifts its layout while loading (CLS ${w.layoutShift.toFixed(4)})`);
  return problems;
}

const site = useSite();

// Reader pages: builtPages() leaves out the editor at /admin/, whose Decap CMS bundle no reader loads (cms.test.ts checks it adds nothing to them).
const pages = builtPages();

describe('byte budgets on every built page', () => {
  it('finds the built site', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s stays within its budgets', async (path) => {
    const weight = await visit(site, WEIGHT, path, pages);
    expect(overBudget(weight, isVersionUrl(path))).toEqual([]);
  });
});

describe('no web fonts anywhere in the build', () => {
  const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((f) => f.isFile());

  it('ships no font files', () => {
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f.name)).map((f) => f.name)).toEqual([]);
  });

  it('has no @font-face in any stylesheet', () => {
    // Pagefind writes its own UI stylesheets, which the portal never loads (it draws its own results).
    const withFonts = files
      .filter((f) => f.name.endsWith('.css') && !f.parentPath.includes('pagefind'))
      .filter((f) => /@font-face/i.test(readFileSync(join(f.parentPath, f.name), 'utf8')))
      .map((f) => f.name);
    expect(withFonts).toEqual([]);
  });
});
