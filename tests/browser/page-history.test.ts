// Every version of a page is kept and readable by date. A copy of the project becomes a git
// repository with one page committed three times on three days; the real build (npm run build,
// which reads git before astro build) must list the three versions, render the two older ones
// with the banner and their own text, and keep them out of search, the sitemap and every
// listing. A shallow clone of that repository must build with one notice and no old versions.
// One build per case; both run in copies, so dist/ is left alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, linkNodeModules, removeCopy } from '../../scripts/bench/project-copy.ts';
import { startServer } from '../../scripts/static-server.mjs';
import { historyNotice } from '../../src/lib/page-history/versions.ts';
import { historyUrl, pageUrl, versionUrl } from '../../src/lib/routes.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.ts';
import { AXE_TAGS } from './page-facts.ts';

const ID = 'history-fixture';
const FILE = `src/content/pages/${ID}.mdx`;
const SITE_URL = 'https://portal.test.invalid';
const BUILD_TIMEOUT = 300_000;

const step = (title: string) => `  - title: ${title}
    who: Any practitioner.
    when: When the concern arises.
    action: Write down what you saw and heard.
    next: Tell your lead the same day.
    describedInPapers: false`;

/** The page as committed on each day: a new title on the second, a new step and a note on the third. */
const VERSIONS = [
  {
    day: '2025-01-10',
    at: '2025-01-10T10:00:00+00:00',
    title: 'History fixture: a procedure kept by date',
    steps: ['Notice the concern', 'Talk to your lead'],
    word: 'vexlomir',
    link: 'See [a page that has gone](/gone-from-the-site/).',
  },
  {
    day: '2025-03-01',
    at: '2025-03-01T16:30:00+00:00',
    title: 'History fixture: a procedure read by date',
    steps: ['Notice the concern', 'Talk to your lead'],
    word: 'vexlodun',
    link: '',
  },
  {
    day: '2025-06-15',
    at: '2025-06-15T09:00:00+01:00',
    title: 'History fixture: a procedure read by date',
    steps: ['Notice the concern', 'Talk to your lead', 'Refer to the front door'],
    word: 'vexlokat',
    link: '',
    note: true,
  },
] as const;

const source = (v: (typeof VERSIONS)[number]) => `---
kind: procedure
title: "${v.title}"
summary: "A test page whose every version is kept, to read by date."
audience: [practitioners]
areas: all
owner: Safeguarding Portal team
approved: 2025-01-10
reviewDue: 2099-01-10
sources: [children-act-1989]
steps:
${v.steps.map(step).join('\n')}
${'note' in v ? 'changes:\n  - date: 2025-06-15\n    summary: Adds the step to refer.\n' : ''}---

## What this page is for

The ${v.word} wording of this page, so each version can be told apart. ${v.link}
`;

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${`${result.stdout}${result.stderr}`.slice(-3000)}`);
  return `${result.stdout}${result.stderr}`;
}

const git = (cwd: string, args: string[], date?: string) =>
  run(
    'git',
    ['-c', 'user.name=Portal test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    cwd,
    date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {},
  );

/** The fixture repository: the project, committed with the page's first version, then two more commits of it. */
function fixtureRepository(): { repo: string; commits: string[] } {
  const repo = copyProject(process.cwd(), 'portal-history-');
  copies.push(repo);
  writeFileSync(join(repo, '.gitignore'), 'node_modules\ndist/\n.astro/\n');
  git(repo, ['init', '-q', '-b', 'main']);
  const commits = VERSIONS.map((v, i) => {
    writeFileSync(join(repo, FILE), source(v));
    git(repo, ['add', '-A'], v.at);
    git(repo, ['commit', '-q', '-m', `Version ${i + 1} of the fixture page`], v.at);
    return git(repo, ['rev-parse', 'HEAD']).trim();
  });
  return { repo, commits };
}

const fileOf = (dist: string, path: string) => join(dist, path, 'index.html');
const htmlOf = (dist: string, path: string) => readFileSync(fileOf(dist, path), 'utf8');
const htmlFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.(html|xml)$/.test(f.name) && !f.parentPath.includes('pagefind'))
    .map((f) => `/${relative(dist, join(f.parentPath, f.name)).replace(/\\/g, '/')}`);

let repo: string;
let commits: string[];
let dist: string;
let buildOutput: string;
let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  ({ repo, commits } = fixtureRepository());
  buildOutput = run('npm', ['run', 'build'], repo, { SITE_URL });
  dist = join(repo, 'dist');
  server = await startServer({ root: dist, port: 0 });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, BUILD_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

async function open(path: string): Promise<Page> {
  // A page of its own context: axe's Playwright binding needs one.
  const page = await (await browser.newContext()).newPage();
  const response = await page.goto(base + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The two older versions, each with the day the next one replaced it. */
const OLD = VERSIONS.slice(0, 2).map((v, i) => ({ ...v, to: VERSIONS[i + 1]!.day }));

describe('a page committed on three days, built from the full history', () => {
  it('the build reads the history and says what it found, in one line', () => {
    const lines = buildOutput.split('\n').filter((line) => line.startsWith('Page history:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Page history: \d+ pages, 2 old versions \(2 shown, 0 listed only\) from 3 commits, in [\d.]+ s\.$/);
  });

  it('the current page links to its history', async () => {
    const page = await open(pageUrl(ID));
    expect(await page.locator('h1').innerText()).toBe(VERSIONS[2].title);
    expect(await page.locator(`.review a[href="${historyUrl(ID)}"]`).innerText()).toBe('Every version of this page, by date');
    await page.context().close();
  });

  it('the history lists the three versions, newest first, with dates, what changed and commits', async () => {
    const page = await open(historyUrl(ID));
    const items = await page.locator('ol.versions > li').evaluateAll((lis) =>
      lis.map((li) => ({
        heading: li.querySelector('h2')?.textContent?.trim(),
        changes: [...li.querySelectorAll('.version-changes li')].map((c) => c.textContent?.trim()),
        link: li.querySelector('p a')?.getAttribute('href'),
        commit: li.querySelector('code')?.textContent,
      })),
    );
    expect(items).toEqual([
      {
        heading: 'Current version, since 15 June 2025',
        changes: ['“What changed” note added: 15 June 2025: Adds the step to refer.', 'Step added: “Refer to the front door”', 'Wording changed.'],
        link: pageUrl(ID),
        commit: commits[2]!.slice(0, 7),
      },
      {
        heading: '1 March 2025 to 15 June 2025',
        changes: [`Page retitled: ${VERSIONS[0].title} → ${VERSIONS[1].title}`, 'Wording changed.'],
        link: versionUrl(ID, '2025-03-01'),
        commit: commits[1]!.slice(0, 7),
      },
      { heading: '10 January 2025 to 1 March 2025', changes: ['First published.'], link: versionUrl(ID, '2025-01-10'), commit: commits[0]!.slice(0, 7) },
    ]);
    // No repository is configured in partnership.yaml, so commits are text, not links to a site that may not exist.
    expect(await page.locator('ol.versions a[href*="/commit/"]').count()).toBe(0);
    await page.context().close();
  });

  it.each(OLD)('the version of $day shows its own text under the banner, from $day to $to', async (v) => {
    const page = await open(versionUrl(ID, v.day));
    expect(await page.locator('h1').innerText()).toBe(v.title);
    const banner = page.locator('.old-version p').first();
    const from = new Date(`${v.day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const to = new Date(`${v.to}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(await banner.innerText()).toBe(`This is an old version, from ${from} to ${to}. Read the current page`);
    expect(await banner.locator('a').getAttribute('href')).toBe(pageUrl(ID));
    const main = await page.locator('main').innerText();
    expect(main).toContain(v.word);
    for (const other of VERSIONS.filter((o) => o.word !== v.word)) expect(main).not.toContain(other.word);
    // Its own steps, as they stood: the third step came later.
    expect(await page.locator('ol.steps > li h3').allInnerTexts()).toEqual([...v.steps]);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await page.context().close();
  });

  it('a link in an old version to a page that has gone keeps its words, not the link', async () => {
    const page = await open(versionUrl(ID, '2025-01-10'));
    expect(await page.locator('main').innerText()).toContain('See a page that has gone.');
    expect(await page.locator('a[href="/gone-from-the-site/"]').count()).toBe(0);
    await page.context().close();
  });

  it('the current version has no old-version page of its own', () => {
    expect(existsSync(fileOf(dist, versionUrl(ID, '2025-06-15')))).toBe(false);
  });

  it('search finds the current text and neither old one', async () => {
    const page = await open('/search/');
    const found = (await page.evaluate(
      new Function(
        'words',
        `return (async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          return Promise.all(words.map(async (w) => Promise.all((await pagefind.search(w)).results.map(async (r) => (await r.data()).url))));
        })()`,
      ) as (words: string[]) => Promise<string[][]>,
      VERSIONS.map((v) => v.word),
    )) as string[][];
    await page.context().close();
    // Pagefind also offers near matches from other pages; none may be an old version, and only the current word finds the page.
    expect(found.flat().filter((url) => url.startsWith('/history/'))).toEqual([]);
    expect(found.map((urls) => urls.includes(pageUrl(ID)))).toEqual([false, false, true]);
  });

  it('the search index holds exactly the pages marked for it, and no history page is marked', () => {
    const marked = htmlFiles(dist).filter((file) => file.endsWith('.html') && readFileSync(join(dist, file), 'utf8').includes('data-pagefind-body'));
    expect(marked.filter((file) => file.startsWith('/history/'))).toEqual([]);
    expect(marked).toContain(`${pageUrl(ID)}index.html`);
    expect(buildOutput).toContain(`Search index: ${marked.length} pages`);
  });

  it('the sitemap lists the page and none of its history', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE_URL}${pageUrl(ID)}</loc>`);
    expect(sitemap).not.toContain('/history/');
  });

  it('no other page, listing or feed links to an old version', () => {
    const files = htmlFiles(dist);
    expect(files).toEqual(
      expect.arrayContaining(['/a-to-z/h/index.html', '/recent-changes/index.html', '/recent-changes.xml', '/practitioners/index.html', '/search/index.html']),
    );
    const linking = files.filter((file) => !file.startsWith('/history/') && readFileSync(join(dist, file), 'utf8').includes(`/history/${ID}/20`));
    expect(linking).toEqual([]);
    // The A to Z does list the current page: the check above is not passing for want of the page.
    expect(readFileSync(join(dist, 'a-to-z/h/index.html'), 'utf8')).toContain(`href="${pageUrl(ID)}"`);
  });

  it.each([historyUrl(ID), ...OLD.map((v) => versionUrl(ID, v.day))])('%s passes axe (WCAG 2.2 AA) and html-validate', async (path) => {
    const page = await open(path);
    const axe = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] })
      .withTags(AXE_TAGS)
      .analyze();
    await page.context().close();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(htmlOf(dist, path), fileOf(dist, path));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

describe('a shallow clone of the same repository', () => {
  let clone: string;
  let output: string;
  beforeAll(() => {
    clone = mkdtempSync(join(tmpdir(), 'portal-history-shallow-'));
    copies.push(clone);
    // file:// makes git honour --depth for a repository on the same machine.
    run('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone], tmpdir());
    linkNodeModules(repo, clone);
    // The content check passed on the same files in the full build: once is enough.
    output = run('npm', ['run', 'build'], clone, { PORTAL_CONTENT_CHECKED: '1' });
  }, BUILD_TIMEOUT);

  it('is shallow, and the build says so once, in one line', () => {
    expect(git(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const lines = output.split('\n').filter((line) => /page history|page-versions/i.test(line));
    expect(lines).toEqual([historyNotice('shallow')]);
  });

  it('builds no old versions, and the history page says older versions are not available', () => {
    const built = join(clone, 'dist');
    expect(existsSync(fileOf(built, pageUrl(ID)))).toBe(true);
    for (const v of VERSIONS) expect(existsSync(fileOf(built, versionUrl(ID, v.day)))).toBe(false);
    const history = htmlOf(built, historyUrl(ID));
    expect(history).toContain('Older versions of <a href="/history-fixture/">this page</a> are not available in this build');
    expect(history).not.toContain('ol class="versions"');
  });
});
