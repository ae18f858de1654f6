// A second partnership builds from its own folder: the made-up Example Vale content
// (tests/fixtures/example-partnership) is built once, with PORTAL_CONTENT, into dist-example/
// (never over dist/), then served like the real site. Every page must show Example Vale's
// names and none of the real partnership's, every address must resolve, and axe must find
// nothing at 375 px. Then both builds, the made-up one and the real dist/, are held to the
// checker's entry ids (Astro's loaders make them with the same generateId).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../src/lib/collections.ts';
import { loadContent } from '../../src/lib/content-check.ts';
import { checkPartnership } from '../../src/lib/partnership.ts';
import { buildSynonymGroups } from '../../src/lib/search/synonyms.ts';
import { CONTENT_FILES } from '../../src/lib/folders.ts';
import { parse } from 'yaml';
import { buildExample, EXAMPLE, EXAMPLE_OUT, namesPattern, realNames } from '../example-partnership.ts';
import { builtPages, useSite } from './harness.ts';
import { linkChecker } from './html-references.ts';
import { axeViolations, PHONE_SCREEN, watchPage, type AxeViolation } from './page-facts.ts';
import { visit, type Profile } from './page-pass.ts';

const root = process.cwd();
// Built once, while the tests are collected: the pages to check are the pages it built.
const built = buildExample(root);
const pages = built.status === 0 ? builtPages(EXAMPLE_OUT) : [];
const site = useSite(EXAMPLE_OUT);
const example = loadContent(root, EXAMPLE).content;
const settings = checkPartnership(root, EXAMPLE).data;

interface PhoneFacts {
  violations: AxeViolation[];
  /** Requests to any host but the test server. */
  foreign: string[];
  /** Console errors (Content Security Policy violations among them) and uncaught exceptions. */
  errors: string[];
}

/** A 375 × 812 phone: axe (WCAG 2.2 A and AA), other hosts and console errors, in one load. */
const EXAMPLE_PHONE: Profile<PhoneFacts> = {
  name: 'example-partnership-phone',
  context: { viewport: PHONE_SCREEN },
  async collect(page: Page, base: string, path: string) {
    const { foreign, errors, stop } = watchPage(page);
    try {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      return { violations: await axeViolations(page), foreign, errors: [...errors] };
    } finally {
      stop();
    }
  },
};

const html = (out: string, path: string) => readFileSync(path.endsWith('/') ? join(out, path, 'index.html') : join(out, path), 'utf8');
/** Text as a reader sees it in the HTML source: tags gone, the few character references the site writes turned back. */
const textOf = (source: string) =>
  source
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('a second partnership, built from its own folder', () => {
  it(`PORTAL_CONTENT=${EXAMPLE} PORTAL_OUT=${EXAMPLE_OUT} npm run build checks its content and builds every page`, () => {
    expect(built.status, built.output.slice(-3000)).toBe(0);
    const entries = COLLECTION_NAMES.reduce((n, name) => n + example[name].length, 0);
    expect(built.output).toContain(`Content check passed: ${entries} entries, no errors, 0 warnings.`);
    expect(built.output).toContain(`Security headers: ${EXAMPLE_OUT}/_headers written`);
    // The search index took its glossary, synonyms and entitlements from this folder too.
    const synonyms = parse(readFileSync(join(EXAMPLE, CONTENT_FILES.synonyms), 'utf8')) as { terms: string[] }[];
    const groups = buildSynonymGroups(
      example.glossary.map((g) => g.data),
      synonyms,
    ).length;
    expect(built.output).toMatch(
      new RegExp(
        `Search index: \\d+ pages and ${example.entitlements.length} entitlements indexed \\(\\d+ fed while Astro built, \\d+ read after\\), ${groups} synonym groups`,
      ),
    );
    expect(pages.length).toBeGreaterThan(50);
    // Astro fed its pages to the index as it rendered them (src/lib/page-feed.ts), rather than the index reading them after.
    expect(Number(/\((\d+) fed while Astro built/.exec(built.output)?.[1])).toBeGreaterThan(50);
    // The pages made for each area, a procedure's steps per area, and the content's own pages.
    expect(pages).toEqual(
      expect.arrayContaining([
        '/northvale/worried-about-a-child/',
        '/southvale/leaving-care/18-to-20/',
        '/exploitation/cse-pathway/southvale/',
        '/areas/northvale/',
        '/levels-of-need/level-4/',
      ]),
    );
    console.log(`The made-up partnership built in ${built.seconds.toFixed(1)} s: ${pages.length} pages.`);
  });

  it("shows its own site name on every page and the real partnership's names on none", () => {
    expect(settings?.siteName).toBe("Example Vale Children's Help");
    const real = namesPattern(realNames(root));
    const named = pages.filter((path) => textOf(html(EXAMPLE_OUT, path)).includes(settings?.siteName ?? '(none)'));
    expect(named.length).toBe(pages.length);
    expect(pages.flatMap((path) => (textOf(html(EXAMPLE_OUT, path)).match(real) ?? []).map((name) => `${path}: ${name}`))).toEqual([]);
    // Pages that show the partnership's own name and its areas.
    expect(html(EXAMPLE_OUT, '/')).toContain('keeping children safe in Northvale and Southvale');
    expect(textOf(html(EXAMPLE_OUT, '/about/'))).toContain('Example Vale Safeguarding Partnership');
    // The real site's build is not touched.
    if (existsSync('dist/index.html')) expect(readFileSync('dist/index.html', 'utf8')).not.toContain('Example Vale');
  });

  it('every address on every page resolves in its own build, with its #fragment', () => {
    expect(pages.length).toBeGreaterThan(50);
    const { brokenIn, referencesOf } = linkChecker(EXAMPLE_OUT);
    expect(pages.flatMap((path) => brokenIn(referencesOf(path).refs, path).map((broken) => `${path}: ${broken}`))).toEqual([]);
  });

  it.each(pages)('%s has no axe violations at 375 px, no console or CSP errors, and requests nothing from other hosts', async (path) => {
    const { violations, foreign, errors } = await visit(site, EXAMPLE_PHONE, path, pages);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** Where the checker's ids and a build's disagree: an entry the build has not made, or a source a page lost. */
function idMismatches(contentDir: string, out: string): { checked: number; wrong: string[] } {
  const { content } = loadContent(root, contentDir);
  const wrong: string[] = [];
  let checked = 0;
  const expectFile = (what: string, path: string) => {
    checked++;
    if (!existsSync(join(out, path))) wrong.push(`${what}: no ${path}`);
  };
  const expectId = (what: string, path: string, id: string) => {
    checked++;
    if (!html(out, path).includes(`id="${id}"`)) wrong.push(`${what}: no #${id} on ${path}`);
  };
  // A page cites its sources by id: one the build named otherwise would be missing from its sources box.
  const expectSources = (what: string, path: string, sources: readonly { id: string }[]) => {
    checked++;
    const box = /<section class="sources panel"[\s\S]*?<\/ul>/.exec(html(out, path))?.[0] ?? '';
    const listed = box.match(/<li>/g)?.length ?? 0;
    const cited = new Set(sources.map((s) => s.id)).size;
    if (listed !== cited) wrong.push(`${what}: ${path} lists ${listed} of its ${cited} sources`);
  };
  for (const page of content.pages.filter((p) => !p.data.draft)) {
    expectFile(page.file, `${page.id}/index.html`);
    if (existsSync(join(out, page.id, 'index.html'))) expectSources(page.file, `/${page.id}/`, page.data.sources);
  }
  for (const update of content.updates.filter((u) => !u.data.draft)) {
    expectFile(update.file, `updates/${update.id}/index.html`);
    if (existsSync(join(out, 'updates', update.id, 'index.html'))) expectSources(update.file, `/updates/${update.id}/`, update.data.sources);
  }
  for (const area of content.areas) expectFile(area.file, `${area.id}/worried-about-a-child/index.html`);
  for (const dataset of content.datasets) expectFile(dataset.file, `facts-and-figures/${dataset.id}.csv`);
  for (const item of content.entitlements.filter((e) => !e.data.draft)) expectId(item.file, '/leaving-care/everything/', `entitlement-${item.id}`);
  for (const term of content.glossary) expectId(term.file, term.data.kind === 'acronym' ? '/glossary/' : '/glossary/terms/', term.id);
  return { checked, wrong };
}

describe("the build names every entry as the checker does (Astro's generateId is the checker's entryIdFromPath)", () => {
  it.each([
    ['the made-up partnership', EXAMPLE, EXAMPLE_OUT],
    ['the real site', 'src/content', 'dist'],
  ])('%s: every page, update, area, chart, entitlement and term has its page or anchor, and every page its sources', (_, contentDir, out) => {
    expect(existsSync(join(out, 'index.html')), `${out} is not built`).toBe(true);
    const { checked, wrong } = idMismatches(contentDir, out);
    expect(checked).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it("the made-up partnership has a file name Astro's own ids would change (dots), so this test can fail", () => {
    const dotted = example.sources.find((s) => s.id.includes('.'));
    expect(dotted?.id).toBe('northvale-cabinet-12.03.2025');
    expect(example.pages.filter((p) => p.data.sources.some((s) => s.id === dotted?.id)).length).toBeGreaterThan(3);
  });
});
