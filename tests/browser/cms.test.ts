// The editor at /admin/ (Decap CMS), for real: `npm run admin` (scripts/admin.ts) runs in a
// throwaway copy of the project, so decap-server writes to the copy and never to this tree.
// Through the forms, in Chromium, a board update is added and an entitlement's review date
// changed; bad values are refused in the content check's own words. The files the editor
// wrote must pass the content check and build. The built site's /admin/ (dist/) is checked
// too: served from this site only, with its own policy, and kept away from readers.
// decap-server listens on the port the editor's config names (src/lib/cms-local.ts): it must be free.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../../scripts/bench/project-copy.ts';
import { CMS_LOCAL_URL, CMS_PATH } from '../../src/lib/cms-local.ts';
import { checkContent, checkFile } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';
import { builtPages, CHROMIUM, CHROMIUM_ARGS, useSite } from './harness.ts';

const site = useSite();

const UPDATE = {
  title: 'The board agrees to share its news on this site',
  summary: 'The board agreed to put its news on this site, so families and workers can read it in one place.',
  date: '2014-06',
  body: 'The board agreed to put its news on this site. Families and workers can now read it in one place.',
  calloutTitle: 'Where to find the news',
  calloutText: 'Look under Updates at the foot of every page.',
};
const UPDATE_FILE = `src/content/updates/${UPDATE.date}-the-board-agrees-to-share-its-news-on-this-site.mdx`;
const ENTITLEMENT_FILE = 'src/content/entitlements/corporate-parenting.yaml';
const NEW_REVIEW_DATE = '2027-06-30';

let copy: string;
let admin: ChildProcess | undefined;
let editorBase: string;
let browser: Browser;
const adminOutput: string[] = [];

/** Starts `npm run admin` in the copy and waits for the address it prints. */
async function startAdmin(cwd: string): Promise<string> {
  const child = spawn(process.execPath, ['scripts/admin.ts'], {
    cwd,
    env: { ...process.env, ADMIN_PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  admin = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run admin did not start:\n${adminOutput.join('')}`)), 60_000);
    const read = (chunk: Buffer) => {
      adminOutput.push(chunk.toString());
      const match = /Editor: (http:\/\/127\.0\.0\.1:\d+)\/admin\//.exec(adminOutput.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run admin stopped (exit ${code}):\n${adminOutput.join('')}`));
    });
  });
}

beforeAll(async () => {
  copy = copyProject(process.cwd(), 'portal-cms-');
  editorBase = await startAdmin(copy);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  admin?.kill();
  if (copy) removeCopy(copy);
});

/** A tab signed in to the local backend, at an editor address such as collections/updates/new. */
async function openEditor(route: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${editorBase}${CMS_PATH}`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto(`${editorBase}${CMS_PATH}#/${route}`);
  await page.locator('input[id^="title-field"]').first().waitFor();
  return page;
}

/**
 * Replaces a text field's value: select all and delete, as a person does (Decap's inputs
 * ignore an empty fill), then the new text in one go (key by key, its cursor handling drops letters).
 */
async function typeInto(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true }).first();
  await input.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await input.fill(text);
}

/** Picks an option of a select or relation field by typing part of it. */
async function choose(page: Page, label: string, typed: string, option: RegExp) {
  await page.getByLabel(label, { exact: true }).first().fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
}

/** Whether the form shows this message (beside its field), within a few seconds. */
const shows = (page: Page, message: string) =>
  page
    .getByText(message, { exact: true })
    .first()
    .waitFor({ timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );

const updateFiles = () => readdirSync(join(copy, 'src/content/updates')).sort();

describe('the editor in the built site (dist/admin/)', () => {
  it('is a static page of its own, out of the search index, the sitemap and every reader page', () => {
    const html = readFileSync(join('dist', CMS_PATH, 'index.html'), 'utf8');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"\s*\/?>/);
    expect(html).toContain('src="decap-cms.js"');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('class="exit');
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(60);
    expect(pages.filter((path) => path.startsWith(CMS_PATH))).toEqual([]);
    // No reader page links to the editor or loads any of its files: it adds nothing to them.
    const linking = pages.filter((path) =>
      /(?:href|src)="[^"]*\/admin\//.test(readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8')),
    );
    expect(linking).toEqual([]);
    if (existsSync('dist/sitemap.xml')) expect(readFileSync('dist/sitemap.xml', 'utf8')).not.toContain(CMS_PATH);
  });

  it('loads Decap CMS from this site only, under its own policy, with no errors', async () => {
    const page = await site.browser.newPage();
    const foreign: string[] = [];
    const errors: string[] = [];
    const origin = new URL(site.base).origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.origin !== new URL(CMS_LOCAL_URL).origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${site.base}${CMS_PATH}`);
    expect(response?.headers()['content-security-policy']).toContain("'unsafe-eval'");
    await page.getByRole('button', { name: 'Login' }).waitFor();
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => new URL(s.src || location.href).origin));
    await page.close();
    expect(scripts.every((o) => o === origin)).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('editing through the forms (npm run admin in a copy of the project)', () => {
  it('refuses a date that is not a date and an empty title, in the words of the content check', async () => {
    // What the content check says about the same two values, from a file that has them.
    const bad = join(copy, 'src/content/updates/bad-values-check.mdx');
    writeFileSync(
      bad,
      [
        '---',
        'kind: update',
        'title: ""',
        'summary: A summary.',
        'date: soon',
        'audience: [families]',
        'areas: all',
        'sources: [shropshire-2014-portfolio-holder]',
        '---',
        '',
        'Text.',
        '',
      ].join('\n'),
    );
    const problems = checkFile(copy, 'updates', bad);
    rmSync(bad);
    const said = (field: string) => problems.find((problem) => problem.field === field)?.message ?? `(no problem with ${field})`;
    expect(said('title')).toBe('is empty — write a title');
    expect(said('date')).toMatch(/^"soon" is not a date — /);

    const before = updateFiles();
    const page = await openEditor('collections/updates/new');
    await typeInto(page, 'Title', '');
    await typeInto(page, 'Date', 'soon');
    await publish(page);
    const title = await shows(page, `Title ${said('title')}`);
    const date = await shows(page, `Date ${said('date').replace(/^"soon" /, '')}`);
    await page.close();
    expect({ title, date }).toEqual({ title: true, date: true });
    expect(updateFiles()).toEqual(before);
  });

  it('adds a board update, with a callout block, that passes the content check', async () => {
    const page = await openEditor('collections/updates/new');
    await typeInto(page, 'Title', UPDATE.title);
    await typeInto(page, 'Summary', UPDATE.summary);
    await typeInto(page, 'Date', UPDATE.date);
    await choose(page, 'Audience', 'Families', /^Families$/);
    await choose(page, 'Areas', 'All', /^All areas$/);
    await choose(page, 'Sources', 'Portfolio', /Portfolio/);
    const body = page.locator('[data-slate-editor="true"]').first();
    await body.click();
    await page.keyboard.type(UPDATE.body);
    await page.keyboard.press('Enter');
    // The site's own component, from the editor's "Add Component" menu.
    await page.getByRole('button', { name: 'Add Component' }).click();
    await page.getByText('Callout box', { exact: true }).click();
    await choose(page, 'Kind', 'important', /^important$/);
    await typeInto(page, 'Title (optional)', UPDATE.calloutTitle);
    await page.locator('[data-slate-editor="true"]').last().click();
    await page.keyboard.type(UPDATE.calloutText);
    await publish(page);
    await expect.poll(() => existsSync(join(copy, UPDATE_FILE)), { timeout: 15_000 }).toBe(true);
    await page.close();

    const written = readFileSync(join(copy, UPDATE_FILE), 'utf8');
    expect(written).toMatch(/^---\nkind: update\ntitle: /);
    expect(written).toContain(`date: ${UPDATE.date}\n`);
    expect(written).toContain('areas: all\n');
    expect(written).toContain('sources: [shropshire-2014-portfolio-holder]\n');
    expect(written).toContain(`<Callout kind="important" title="${UPDATE.calloutTitle}">\n\n${UPDATE.calloutText}\n\n</Callout>`);
    expect(checkFile(copy, 'updates', join(copy, UPDATE_FILE)).map(formatProblem)).toEqual([]);
  });

  it("changes an entitlement's review date, and only that line of its file", async () => {
    const original = readFileSync(join(copy, ENTITLEMENT_FILE), 'utf8');
    expect(original).toContain('reviewDue: 2027-05-23\n');
    const page = await openEditor('collections/entitlements/entries/corporate-parenting');
    await page.getByLabel('Review due', { exact: true }).fill(NEW_REVIEW_DATE);
    await publish(page);
    await expect.poll(() => readFileSync(join(copy, ENTITLEMENT_FILE), 'utf8'), { timeout: 15_000 }).not.toBe(original);
    await page.close();
    const written = readFileSync(join(copy, ENTITLEMENT_FILE), 'utf8');
    expect(written).toBe(original.replace('reviewDue: 2027-05-23\n', `reviewDue: ${NEW_REVIEW_DATE}\n`));
  });

  it('leaves content that passes the whole content check and builds, with the new update published', () => {
    const { problems } = checkContent(copy);
    expect(problems.map(formatProblem)).toEqual([]);
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(build.status, `${build.stdout}${build.stderr}`.slice(-3000)).toBe(0);
    const id = UPDATE_FILE.split('/')
      .at(-1)!
      .replace(/\.mdx$/, '');
    const page = readFileSync(join(copy, 'dist/updates', id, 'index.html'), 'utf8');
    expect(page).toContain(UPDATE.title);
    expect(page).toContain('callout--important');
    expect(page).toContain(UPDATE.calloutText);
    expect(readFileSync(join(copy, 'dist/updates/index.html'), 'utf8')).toContain(`/updates/${id}/`);
  }, 300_000);
});
