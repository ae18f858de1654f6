// The draft filter lives in one place, src/data/queries.ts: a route or component that read
// pages, levels, entitlements, updates or old versions straight from astro:content could publish a draft.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DRAFTABLE = /\b(getCollection|getEntry|getEntries)\(\s*['"](pages|levels|entitlements|updates|versions)['"]/g;
const sources = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && /\.(astro|ts|mdx)$/.test(f.name))
  .map((f) => join(f.parentPath, f.name).replace(/\\/g, '/'))
  .filter((path) => !path.startsWith('src/data/'));

describe('drafts are filtered in one place', () => {
  it('there are routes and components to check', () => {
    expect(sources.filter((p) => p.startsWith('src/pages/')).length).toBeGreaterThan(10);
    expect(sources.filter((p) => p.startsWith('src/components/')).length).toBeGreaterThan(10);
  });

  it('no file outside src/data reads a collection that can hold drafts', () => {
    const direct = sources.flatMap((path) => [...readFileSync(path, 'utf8').matchAll(DRAFTABLE)].map((m) => `${path}: ${m[0]}`));
    expect(direct).toEqual([]);
  });
});
