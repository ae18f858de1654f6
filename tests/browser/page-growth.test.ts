// At 1,000 pages, a page's HTML must be no bigger than in the real site: nothing
// site-wide (navigation, lists of pages) may be copied into every page. Builds the
// real site and a 1,000-page generated site from one snapshot of the project, in
// temporary copies (about 25 s), and compares every page of the real site. Under npm test
// the real site is dist/, just built from this tree, so only the large site is built.
// Pages whose job is to list the site are named, with the reason, in INDEX_PAGES.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-site.ts';
import { grownPages, htmlSizes } from '../../scripts/bench/html-growth.ts';
import { copyProject, removeCopy } from '../../scripts/bench/project-copy.ts';
import { freshDistEpoch } from './harness.ts';

const PAGES = 1000;
const BUILD_TIMEOUT = 300_000;
const copies: string[] = [];

/** astro build only: the search index does not change any page's HTML. */
function astroBuild(copy: string): string {
  const run = spawnSync('npm', ['exec', '--', 'astro', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`astro build failed in ${copy}:\n${`${run.stdout}${run.stderr}`.slice(-3000)}`);
  return join(copy, 'dist');
}

let real: string;
let large: string;
beforeAll(() => {
  // The search index and headers written after astro build do not change any page's HTML.
  const snapshot = freshDistEpoch() ? process.cwd() : copyProject(process.cwd(), 'portal-growth-real-');
  if (snapshot !== process.cwd()) copies.push(snapshot);
  const generated = copyProject(snapshot, `portal-growth-${PAGES}-`);
  copies.push(generated);
  generateContent(generated, PAGES);
  real = snapshot === process.cwd() ? resolve('dist') : astroBuild(snapshot);
  large = astroBuild(generated);
}, BUILD_TIMEOUT);
afterAll(() => {
  for (const copy of copies) removeCopy(copy);
});

describe(`the real site's pages in a ${PAGES.toLocaleString('en-GB')}-page site`, () => {
  it('builds the generated pages', () => {
    expect(htmlSizes(large).size).toBeGreaterThan(PAGES);
  });

  it('have HTML no bigger than in the real site (index pages aside)', () => {
    const grown = grownPages(real, large).map((g) => `${g.path}: ${g.before} → ${g.after} bytes`);
    expect(grown).toEqual([]);
  });
});
