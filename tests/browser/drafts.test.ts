// A draft is never published. The fixture src/content/pages/test-fixture-draft.mdx is a real
// draft; nothing built may name it: no page, listing, A to Z, feed, sitemap or search result.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../../scripts/bench/project-copy.ts';
import { useSite } from './harness.ts';

const site = useSite();

const FIXTURE = 'src/content/pages/test-fixture-draft.mdx';
const SLUG = 'test-fixture-draft';
const TITLE = 'Test fixture: a draft that is never published';
const WORD = 'quokkafixture';
/** Anything that would give the draft away: its address, its title or the word only it uses. */
const giveaways = [SLUG, TITLE, WORD].map((s) => s.toLowerCase());

/** Pagefind's index is compressed, so it is searched through Pagefind itself instead. */
const isText = (file: string) => !file.startsWith('pagefind/') && !/\.(png|jpe?g|gif|webp|avif|ico|woff2?)$/.test(file);
const textFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => relative(dir, join(item.parentPath, item.name)).replace(/\\/g, '/'))
    .filter(isText)
    .sort();
const leaks = (dir: string, files: string[]) =>
  files.filter((file) => {
    const text = readFileSync(join(dir, file), 'utf8').toLowerCase();
    return giveaways.some((g) => text.includes(g));
  });

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

describe('drafts are never published', () => {
  it('the fixture is a real draft the content check accepts', () => {
    const source = readFileSync(FIXTURE, 'utf8');
    expect(source).toMatch(/^draft: true$/m);
    expect(source).toContain(`title: "${TITLE}"`);
    expect(source).toContain(WORD);
  });

  it('no file in dist/ (HTML, XML feeds, JSON, headers, CSV) names the draft', () => {
    const files = textFiles('dist');
    // The scan covers every kind of output a draft could leak into.
    for (const expected of [
      'index.html',
      'a-to-z/index.html',
      'recent-changes/index.html',
      'recent-changes.xml',
      'updates/rss.xml',
      'manifest.webmanifest',
      'search-vocabulary.json',
      '_headers',
      'families/index.html',
      'practitioners/index.html',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.some((f) => f.endsWith('.csv'))).toBe(true);
    expect(leaks('dist', files)).toEqual([]);
    expect(existsSync(join('dist', SLUG))).toBe(false);
  });

  it('the search index does not find the draft', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/`);
    const counts = (await page.evaluate(
      new Function(
        'words',
        `return (async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          return Promise.all(words.map(async (w) => (await pagefind.search(w)).results.length));
        })()`,
      ) as (words: string[]) => Promise<number[]>,
      [WORD, 'exploitation'],
    )) as number[];
    await page.close();
    // The second word proves the index answers at all, so an empty answer for the draft means something.
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts[0]).toBe(0);
  });

  it('with the site address set, the sitemap and canonical links leave the draft out', () => {
    // The sitemap is only built with a site address, so build a copy with one (dist/ is left alone).
    const copy = copyProject(process.cwd(), 'portal-drafts-');
    copies.push(copy);
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'https://portal.test.invalid', ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`astro build failed in ${copy}:\n${`${run.stdout}${run.stderr}`.slice(-3000)}`);
    const dist = join(copy, 'dist');
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://portal.test.invalid/</loc>');
    expect(leaks(dist, textFiles(dist))).toEqual([]);
  }, 300_000);
});
