// Every collection query goes through src/data, and the draft filter lives there: a route or
// component that read pages, levels, entitlements, updates or old versions straight from astro:content could publish a draft.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DRAFTABLE = /\b(getCollection|getEntry|getEntries)\(\s*['"](pages|levels|entitlements|updates|versions)['"]/g;
/** Any query function taken from astro:content (types such as CollectionEntry are fine). */
const QUERY_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]astro:content['"]/g;
const QUERY_FUNCTIONS = ['getCollection', 'getEntry', 'getEntries', 'getLiveCollection', 'getLiveEntry'];
const sources = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && /\.(astro|ts|mdx)$/.test(f.name))
  .map((f) => join(f.parentPath, f.name).replace(/\\/g, '/'))
  .filter((path) => !path.startsWith('src/data/'));

describe('drafts are filtered in one place', () => {
  it('there are routes and components to check', () => {
    expect(sources.filter((p) => p.startsWith('src/pages/')).length).toBeGreaterThan(10);
    expect(sources.filter((p) => p.startsWith('src/components/')).length).toBeGreaterThan(10);
  });

  it('no route or component outside src/data imports a query from astro:content', () => {
    const direct = sources.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(QUERY_IMPORT)].flatMap((m) =>
        (m[1] ?? '')
          .split(',')
          .map((name) => name.trim().replace(/^type\s+/, ''))
          .filter((name) => QUERY_FUNCTIONS.includes(name))
          .map((name) => `${path}: ${name}`),
      ),
    );
    // src/content.config.ts defines the collections; it queries nothing.
    expect(direct.filter((line) => !line.startsWith('src/content.config.ts'))).toEqual([]);
  });

  it('no file outside src/data reads a collection that can hold drafts', () => {
    const direct = sources.flatMap((path) => [...readFileSync(path, 'utf8').matchAll(DRAFTABLE)].map((m) => `${path}: ${m[0]}`));
    expect(direct).toEqual([]);
  });
});
