// No built file names a made-up host, and the site address is all or nothing: without it
// there is no canonical link, sitemap or security.txt; with it, all of them use it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const PLACEHOLDERS = /example\.org|example\.com|safeguarding-portal\.example/;
/** Pagefind's own code parses search result paths against this base; it is never shown or requested. */
const PAGEFIND_URL_BASE = /new URL\(`https:\/\/example\.com\$\{|\.replace\(\/\^https:\\\/\\\/example\.com\//g;
/** Decap CMS's own settings schema (the editor at /admin/) gives example.com as examples of its settings; never shown or requested. */
const DECAP_SCHEMA_EXAMPLES = /examples:\["https:\/\/example\.com[^"]*"\]/g;

const files = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((item) => item.isFile())
  .map((item) => relative('dist', join(item.parentPath, item.name)));

describe('no invented host in dist/', () => {
  it('dist/ has files to check', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it('no file contains example.org, example.com or safeguarding-portal.example', () => {
    const hits = files.filter((file) => {
      const text = readFileSync(join('dist', file)).toString('latin1');
      const known = file.startsWith('pagefind/')
        ? text.replace(PAGEFIND_URL_BASE, '')
        : file === 'admin/decap-cms.js'
          ? text.replace(DECAP_SCHEMA_EXAMPLES, '')
          : text;
      return PLACEHOLDERS.test(known);
    });
    expect(hits).toEqual([]);
  });

  it('the site address is used everywhere or nowhere', () => {
    const home = readFileSync('dist/index.html', 'utf8');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
    const robots = readFileSync('dist/robots.txt', 'utf8');
    if (canonical === undefined) {
      expect(existsSync('dist/sitemap.xml')).toBe(false);
      expect(existsSync('dist/.well-known/security.txt')).toBe(false);
      expect(robots).toBe('User-agent: *\nAllow: /\n');
      expect(readFileSync('dist/recent-changes.xml', 'utf8')).toContain('<link rel="self" type="application/atom+xml" href="/recent-changes.xml"/>');
    } else {
      const origin = new URL(canonical).origin;
      expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
      expect(readFileSync('dist/sitemap.xml', 'utf8')).toContain(`<loc>${origin}/</loc>`);
      expect(readFileSync('dist/.well-known/security.txt', 'utf8')).toContain(`Canonical: ${origin}/.well-known/security.txt`);
      expect(readFileSync('dist/recent-changes.xml', 'utf8')).toContain(`href="${origin}/recent-changes.xml"`);
    }
  });
});
