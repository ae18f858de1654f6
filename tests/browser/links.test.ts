// Every internal link and #fragment in the built site resolves: a post-build check
// across pages, covering templates as well as content.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from './harness.ts';

const fileFor = (path: string) => (path.endsWith('/') ? join('dist', path, 'index.html') : join('dist', path));
const html = new Map(builtPages().map((path) => [path, readFileSync(fileFor(path), 'utf8')]));
const idsOf = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('links in the built site', () => {
  it.each([...html.keys()])('%s: every internal link and fragment resolves', (path) => {
    const broken: string[] = [];
    for (const [, href] of (html.get(path) ?? '').matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href.replace(/&amp;/g, '&'), `http://site${path}`);
      const target = url.pathname;
      const file = fileFor(target);
      if (!existsSync(file)) {
        broken.push(`${href} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('/') && !idsOf(readFileSync(file, 'utf8')).has(fragment)) broken.push(`${href} (no #${fragment})`);
    }
    expect(broken).toEqual([]);
  });
});
