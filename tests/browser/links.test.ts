// Every address the built site emits resolves: <a>, <link>, <script>, <img>, <source>,
// <form action> and any other href/src/srcset in HTML, the web manifest, the feeds,
// robots.txt and CSS. Each #fragment on an HTML page must be an id on that page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, useSite } from './harness.ts';
import { linkChecker, type Reference } from './html-references.ts';

const SITE_URL = process.env.SITE_URL?.replace(/\/$/, '');
const { brokenIn, referencesOf } = linkChecker('dist', SITE_URL);

// Reader pages: builtPages() leaves out the editor at /admin/, which links only to its own files (cms.test.ts).
const pages = builtPages();
const parsed = new Map(pages.map((path) => [path, referencesOf(path)]));

/** Addresses in the web manifest, which the browser resolves against the manifest's own address. */
function manifestReferences(): Reference[] {
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as Record<string, unknown>;
  const refs: Reference[] = [];
  for (const key of ['start_url', 'scope', 'id']) if (typeof manifest[key] === 'string') refs.push({ kind: `manifest ${key}`, url: manifest[key] });
  for (const list of ['icons', 'screenshots', 'shortcuts']) {
    for (const item of (manifest[list] as Record<string, unknown>[] | undefined) ?? []) {
      for (const key of ['src', 'url']) if (typeof item[key] === 'string') refs.push({ kind: `manifest ${list}[].${key}`, url: item[key] });
    }
  }
  return refs;
}

const cssFiles = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.css'))
  .map((f) => `/${relative('dist', join(f.parentPath, f.name)).replace(/\\/g, '/')}`);

describe('addresses in the built HTML', () => {
  it('there are built pages to check', () => {
    expect(pages.length).toBeGreaterThan(60);
  });

  it('the parser finds every kind of address the layouts emit', () => {
    const kinds = new Set([...parsed.values()].flatMap(({ refs }) => refs.map((r) => r.kind)));
    for (const kind of ['a[href]', 'link[href]', 'script[src]', 'form[action]']) expect(kinds).toContain(kind);
    // The home page links its stylesheet, manifest, icon and both feeds.
    const home = (parsed.get('/')?.refs ?? []).filter((r) => r.kind === 'link[href]').map((r) => r.url);
    expect(home).toEqual(expect.arrayContaining(['/manifest.webmanifest', '/favicon.svg', '/recent-changes.xml', '/updates/rss.xml']));
    expect(home.some((url) => url.endsWith('.css'))).toBe(true);
  });

  it.each(pages)('%s: every href, src and srcset resolves, with its #fragment', (path) => {
    expect(brokenIn(parsed.get(path)?.refs ?? [], path)).toEqual([]);
  });
});

describe('addresses outside HTML', () => {
  it('the web manifest: start_url, scope and every icon', () => {
    const refs = manifestReferences();
    expect(refs.map((r) => r.kind)).toContain('manifest start_url');
    expect(brokenIn(refs, '/manifest.webmanifest')).toEqual([]);
  });

  it('robots.txt: any sitemap it names', () => {
    const refs = [...readFileSync('dist/robots.txt', 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => ({ kind: 'robots Sitemap', url: m[1] ?? '' }));
    expect(brokenIn(refs, '/robots.txt')).toEqual([]);
  });

  it('stylesheets: every url()', () => {
    expect(cssFiles.length).toBeGreaterThan(0);
    const broken = cssFiles.flatMap((file) => {
      const refs = [...readFileSync(join('dist', file), 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => ({
        kind: 'css url()',
        url: m[2] ?? '',
      }));
      return brokenIn(refs, file).map((b) => `${file}: ${b}`);
    });
    expect(broken).toEqual([]);
  });
});

describe('addresses in the feeds and sitemap', () => {
  const site = useSite();
  // The feeds the pages advertise, plus the sitemap when the site address is set.
  const feeds = [
    ...new Set([...parsed.values()].flatMap(({ refs }) => refs.filter((r) => /\.xml$/.test(r.url) && r.kind === 'link[href]').map((r) => r.url))),
    ...(existsSync('dist/sitemap.xml') ? ['/sitemap.xml'] : []),
  ].map((url) => (SITE_URL && url.startsWith(SITE_URL) ? url.slice(SITE_URL.length) : url));

  it('the pages advertise both feeds', () => {
    expect(feeds).toEqual(expect.arrayContaining(['/recent-changes.xml', '/updates/rss.xml']));
  });

  it.each(feeds)('%s: every link, entry and location resolves', async (feed) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/`);
    // Chromium's own XML parser reads the feed as a feed reader would.
    const found = await page.evaluate(async (path) => {
      const xml = new DOMParser().parseFromString(await (await fetch(path)).text(), 'application/xml');
      if (xml.querySelector('parsererror')) return { error: xml.querySelector('parsererror')?.textContent ?? 'parse error', refs: [] };
      const refs: { kind: string; url: string }[] = [];
      for (const el of xml.querySelectorAll('link'))
        refs.push(
          el.hasAttribute('href') ? { kind: 'atom link[href]', url: el.getAttribute('href') ?? '' } : { kind: 'rss link', url: el.textContent?.trim() ?? '' },
        );
      for (const el of xml.querySelectorAll('guid'))
        if (el.getAttribute('isPermaLink') !== 'false') refs.push({ kind: 'rss guid', url: el.textContent?.trim() ?? '' });
      for (const el of xml.querySelectorAll('enclosure[url]')) refs.push({ kind: 'rss enclosure', url: el.getAttribute('url') ?? '' });
      for (const el of xml.querySelectorAll('loc')) refs.push({ kind: 'sitemap loc', url: el.textContent?.trim() ?? '' });
      return { error: undefined, refs };
    }, feed);
    await page.close();
    expect(found.error).toBeUndefined();
    // A feed with no links would prove nothing: each has at least its own and one entry's.
    expect(found.refs.length).toBeGreaterThan(1);
    expect(brokenIn(found.refs, feed)).toEqual([]);
  });
});
