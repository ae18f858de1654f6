// The search itself, loaded only when a reader searches: Pagefind, spelling help for
// words that are not words, help pages before jargon, and a way on when nothing is found.
import { FACETS, hasFilters, pagefindFilters, readState, writeState, type SearchState } from '../lib/search/query-state.ts';
import { contentTerms, mergeByCoverage, preferTitleMatches } from '../lib/search/query-terms.ts';
import { arrange, RANK } from '../lib/search/ranking.ts';
import { shardOf } from '../lib/search/english-words.ts';
import { correctQuery, looksLikeAcronym } from '../lib/search/spelling.ts';

interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  search: (q: string | null, options?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
  options: (options: { ranking: { pageLength: number } }) => Promise<void>;
}
type SearchOptions = { filters: Record<string, unknown> };

/** Results shown at first: enough to fill a phone screen and more, without fetching every page's data. */
const PAGE = 8;

let pagefind: Promise<Pagefind> | null = null;
const loadPagefind = () => {
  // Built at run time so the bundler leaves Pagefind's own file alone.
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  // pageLength 0.1 (default 0.75): the portal's main guides are long pages, and the default let short news items
  // outrank the page a query is about (a short local name put four updates above the area page it names).
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (api) => {
    await api.options({ ranking: { pageLength: 0.1 } });
    return api;
  });
  return pagefind;
};

// A failed fetch means no spelling help, never a broken search: the results as typed still show.
const fetchText = (url: string) => fetch(url).then((r) => (r.ok ? r.text() : ''), () => '');

let vocabulary: Promise<Map<string, number>> | null = null;
const loadVocabulary = () => {
  vocabulary ??= fetchText('/search-vocabulary.json').then((text) => new Map<string, number>(text ? (JSON.parse(text) as [string, number][]) : []));
  return vocabulary;
};

const shards = new Map<number, Promise<Set<string>>>();
/** Is it a word the site uses or an English word? Fetches only the one small shard it would be in. */
async function isKnown(word: string): Promise<boolean> {
  const shard = shardOf(word);
  if (!shards.has(shard)) shards.set(shard, fetchText(`/search-words/${shard}.txt`).then((text) => new Set(text.split('\n'))));
  return (await shards.get(shard))?.has(word) ?? false;
}

/** The query's words that are in neither the site's vocabulary nor the English word list; acronyms and names as typed are left alone. */
async function nonWords(typed: string): Promise<Set<string>> {
  const words = (typed.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => w.length >= 3 && !looksLikeAcronym(w));
  const checks = await Promise.all(words.map(async (w) => ((await isKnown(w.toLowerCase().replace(/’/g, "'"))) ? null : w.toLowerCase())));
  return new Set(checks.filter((w): w is string => w !== null));
}

/** Help and reference page ids, from the index-time "rank" filter: no page data needed. */
let groups: Promise<{ help: Set<string>; reference: Set<string> }> | null = null;
const loadGroups = (api: Pagefind) => {
  const ids = async (value: string) => new Set((await api.search(null, { filters: { rank: { any: [value] } } })).results.map((r) => r.id));
  groups ??= Promise.all([ids(RANK.help), ids(RANK.reference)]).then(([help, reference]) => ({ help, reference }));
  return groups;
};

/**
 * Pages that use the words together as typed come first when there are only a few of them,
 * then pages with all the meaningful words; if those are fewer than five, then pages matching most of them.
 */
async function searchWords(api: Pagefind, query: string | null, options: SearchOptions): Promise<PagefindResult[]> {
  if (query === null) return (await api.search(null, options)).results;
  const terms = contentTerms(query);
  const words = query.replace(/["“”]/g, ' ').trim().split(/\s+/);
  const [phrase, strict] = await Promise.all([
    words.length > 1 ? api.search(`"${words.join(' ')}"`, options).then((r) => r.results) : [],
    api.search(terms.join(' '), options).then((r) => r.results),
  ]);
  // A phrase few pages use is a strong sign of the page meant; one many pages use says little.
  const first = phrase.length <= 3 ? mergeByCoverage(phrase, [strict]) : strict;
  if (terms.length < 2 || strict.length >= 5) return first;
  const perTerm = await Promise.all(terms.map(async (term) => (await api.search(term, options)).results));
  return mergeByCoverage(first, perTerm);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// Each result is the page only: headings inside it (Pagefind's sub-results) pushed results down
// on a phone, and on the glossary they were bare letters ("C", "F").
function renderResult(data: PagefindData): HTMLLIElement {
  const li = el('li');
  const h2 = el('h2');
  const link = el('a', data.meta.title ?? data.url);
  link.href = data.url;
  h2.append(link);
  li.append(h2);
  if (data.meta.summary) li.append(el('p', data.meta.summary));
  const facts = [data.meta.areas, data.meta.audience && `For: ${data.meta.audience}`].filter(Boolean).join(' · ');
  if (facts) li.append(el('p', facts, 'muted'));
  return li;
}

const describeFilters = (state: SearchState) => FACETS.flatMap((f) => state.filters[f]).join(', ');

export interface Page {
  form: HTMLFormElement;
  input: HTMLInputElement;
  boxes: HTMLInputElement[];
  status: HTMLElement;
  suggestion: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  none: HTMLElement;
}

export const stateFromForm = (p: Page): SearchState => ({
  q: p.input.value.trim(),
  filters: {
    area: p.boxes.filter((b) => b.name === 'area' && b.checked).map((b) => b.value),
    audience: p.boxes.filter((b) => b.name === 'audience' && b.checked).map((b) => b.value),
    kind: p.boxes.filter((b) => b.name === 'kind' && b.checked).map((b) => b.value),
  },
});

export const stateFromUrl = () => readState(window.location.search);

export function showState(p: Page, state: SearchState): void {
  p.input.value = state.q;
  for (const box of p.boxes) box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
}

let latest = 0;

export async function run(p: Page, state: SearchState, remember: boolean): Promise<void> {
  // replaceState, not pushState: the tab keeps one entry for this site, so the quick exit leaves nothing behind.
  if (remember) window.history.replaceState({}, '', `${window.location.pathname}${writeState(state)}`);
  const ticket = ++latest;
  p.list.replaceChildren();
  p.suggestion.hidden = true;
  p.more.hidden = true;
  p.none.hidden = true;
  if (state.q === '' && !hasFilters(state)) {
    p.status.textContent = '';
    return;
  }
  p.status.textContent = 'Searching…';
  // The word check runs while Pagefind loads; it fetches only a small shard per word.
  const unknown = state.q ? nonWords(state.q) : Promise.resolve(new Set<string>());
  const api = await loadPagefind();
  const options = { filters: pagefindFilters(state.filters) };
  let query = state.q;
  let found = await searchWords(api, query || null, options);
  const misspelt = await unknown;
  // A word that is not a word appears on no page, so the query as typed found nothing: use the nearest words the site has.
  const better = misspelt.size > 0 ? correctQuery(state.q, await loadVocabulary(), misspelt) : null;
  if (better) {
    const alternative = await searchWords(api, better, options);
    if (alternative.length > 0) {
      found = alternative;
      query = better;
      const link = el('a', better);
      link.href = `/search/${writeState({ ...state, q: better })}`;
      p.suggestion.replaceChildren('Did you mean ', link, `? No page has the word "${[...misspelt].join('", "')}", so the results below are for "${better}".`);
      p.suggestion.hidden = false;
    }
  }
  const order = query ? arrange(found, query, await loadGroups(api)) : found;
  const shownIds = order.slice(0, PAGE);
  const loaded = await Promise.all(shownIds.map((r) => r.data()));
  const shown = query ? preferTitleMatches(loaded.map((d, i) => ({ ...d, title: d.meta.title, id: shownIds[i]?.id ?? '' })), query) : loaded;
  if (ticket !== latest) return;
  const final = query ? arrange(shown as (PagefindData & { id: string })[], query, await loadGroups(api)) : shown;
  p.list.replaceChildren(...final.map(renderResult));
  const n = found.length;
  const what = query ? `for "${query}"` : 'for your filters';
  const within = hasFilters(state) && query ? ` in ${describeFilters(state)}` : hasFilters(state) ? ` (${describeFilters(state)})` : '';
  p.status.textContent = n === 0 ? `No results ${what}${within}.` : `${n} result${n === 1 ? '' : 's'} ${what}${within}`;
  p.none.hidden = n > 0;
  let next = PAGE;
  p.more.hidden = n <= next;
  p.more.onclick = async () => {
    const batch = await Promise.all(order.slice(next, next + PAGE * 2).map((r) => r.data()));
    if (ticket !== latest) return;
    const first = batch.map(renderResult);
    p.list.append(...first);
    next += PAGE * 2;
    p.more.hidden = n <= next;
    // Keyboard and screen reader users carry on from the first new result.
    first[0]?.querySelector('a')?.focus();
  };
}
