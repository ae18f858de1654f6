// Index-time synonyms and acronyms, proven against the real Pagefind index: each query
// word is absent from its page, so the page can only be found through the synonym path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindUrls, useSite } from './harness.ts';

const site = useSite();

// Found "at all", not by rank: ranking is tuned elsewhere and must not break these.
const cases = [
  { query: 'sexting', page: '/exploitation/', path: 'a local synonym group (search-synonyms.yaml)' },
  { query: 'respite', page: '/early-help/', path: 'a glossary alias of "short breaks"' },
  { query: 'EDT', page: '/make-a-referral/', path: 'a glossary acronym for "emergency duty team" / "out of hours"' },
];

const builtHtml = (page: string) => readFileSync(join('dist', page, 'index.html'), 'utf8');

describe('search finds pages only through index-time synonyms', () => {
  it.each(cases)('"$query" finds $page through $path', async ({ query, page }) => {
    // The proof that only the synonym path can find it: the page itself never uses the word.
    expect(builtHtml(page).toLowerCase()).not.toContain(query.toLowerCase());
    expect((await pagefindUrls(site, [query]))[0]).toContain(page);
  });
});
