// The search itself, loaded only when a reader searches: Pagefind, spelling help for
// words that are not words, help pages before jargon, and a way on when nothing is found.
import { FACETS, hasFilters, pagefindFilters, readState, writeState, type SearchState } from '../lib/search/query-state.ts';
import { contentTerms, mergeByCoverage, preferTitleMatches, STOP_WORDS } from '../lib/search/query-terms.ts';
import { arrange, isBareTerm, isEveryday, RANK } from '../lib/search/ranking.ts';
import { shardOf } from '../lib/search/english-words.ts';
import { correctQuery, looksLikeAcronym } from '../lib/search/spelling.ts';

interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (q: string | null, options?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
}
interface PagefindModule {
  createInstance: (options: { noWorker: boolean; ranking: { pageLength: number } }) => Pagefind;
}
type SearchOptions = { filters: Record<string, unknown> };

/**
 * Results whose data is fetched at first: more than a phone's first screen, and few enough that the
 * first search stays within its request budget (one small file per result). More load on request.
 */
const PAGE = 5;

let pagefind: Promise<Pagefind> | null = null;
/** Pagefind's script, its word index metadata and its WebAssembly: loaded once, when the search box is first used. */
export const loadPagefind = (): Promise<Pagefind> => {
  // Built at run time so the bundler leaves Pagefind's own file alone.
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<PagefindModule>).then(async (module) => {
    // noWorker: the worker is one more file (12 KB) and this site's searches take milliseconds on the page itself.
    // pageLength 0.1 (default 0.75): the portal's main guides are long pages, and the default let short news items
    // outrank the page a query is about (a short local name put four updates above the area page it names).
    const api = module.createInstance({ noWorker: true, ranking: { pageLength: 0.1 } });
    await api.init();
    return api;
  });
  return pagefind;
};

/**
 * While the reader types, fetch the index chunks for the words finished so far (followed by a space)
 * and search them once, which readies them in Pagefind (on a large site that first search of a word is
 * most of the time a query takes), so pressing Search has less to do. A word still being typed is left:
 * as a prefix it can span chunks the finished word does not need.
 */
let readied = '';
export async function preloadWords(typed: string): Promise<void> {
  const words = contentTerms(typed.replace(/\S+$/, '')).filter((w) => !STOP_WORDS.has(w));
  const finished = /\S\s/.test(typed) ? words.join(' ') : '';
  if (finished === '' || finished === readied) return;
  readied = finished;
  await (await loadPagefind()).search(`"${finished}"`);
}

// A failed fetch means no spelling help, never a broken search: the results as typed still show.
const fetchText = (url: string) =>
  fetch(url).then(
    (r) => (r.ok ? r.text() : ''),
    () => '',
  );

let vocabulary: Promise<Map<string, number>> | null = null;
const loadVocabulary = () => {
  vocabulary ??= fetchText('/search-vocabulary.json').then((text) => new Map<string, number>(text ? (JSON.parse(text) as [string, number][]) : []));
  return vocabulary;
};

const shards = new Map<number, Promise<Set<string>>>();
/** Is it an English word (or a site word)? Fetches only the one small shard it would be in. */
async function isKnown(word: string): Promise<boolean> {
  const shard = shardOf(word);
  if (!shards.has(shard))
    shards.set(
      shard,
      fetchText(`/search-words/${shard}.txt`).then((text) => new Set(text.split('\n'))),
    );
  return (await shards.get(shard))?.has(word) ?? false;
}

/**
 * The query's words that no page has and that are not English words either; acronyms and names as typed are
 * left alone. Whether a page has a word is what Pagefind answered (`absent`), so the word list is fetched
 * only for words the site lacks, one small shard per word.
 */
async function nonWords(typed: string, absent: ReadonlySet<string>): Promise<Set<string>> {
  const words = (typed.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => w.length >= 3 && !looksLikeAcronym(w) && absent.has(w.toLowerCase()));
  const checks = await Promise.all(words.map(async (w) => ((await isKnown(w.toLowerCase().replace(/’/g, "'"))) ? null : w.toLowerCase())));
  return new Set(checks.filter((w): w is string => w !== null));
}

/**
 * Help and reference page ids over all results, from the index-time "rank" filter: one small file,
 * fetched only for the queries that reorder beyond the results shown (everyday words, a bare acronym).
 */
let groups: Promise<{ help: Set<string>; reference: Set<string> }> | null = null;
const loadGroups = (api: Pagefind) => {
  const ids = async (value: string) => new Set((await api.search(null, { filters: { rank: { any: [value] } } })).results.map((r) => r.id));
  groups ??= Promise.all([ids(RANK.help), ids(RANK.reference)]).then(([help, reference]) => ({ help, reference }));
  return groups;
};

/** The same groups among results whose data is loaded: each fragment carries its page's filters. */
const groupsOf = (shown: readonly (PagefindData & { id: string })[]) => {
  const withRank = (value: string) => new Set(shown.filter((d) => d.filters?.rank?.includes(value)).map((d) => d.id));
  return { help: withRank(RANK.help), reference: withRank(RANK.reference) };
};

interface Found {
  results: PagefindResult[];
  /** Words of the query no page has (Pagefind found nothing for them), lower case. */
  absent: Set<string>;
}

/**
 * Pages that use the words together as typed come first when there are only a few of them,
 * then pages with the meaningful words; if those are fewer than five, then pages matching most of them.
 * Also which words no page has. Pagefind matches near spellings too, so its results cannot tell; an
 * exact search ("words" in quotes) can: a page that has the phrase has every word, and otherwise each
 * word is looked up exactly. These searches fetch nothing new: they read the index chunks already loaded.
 */
async function searchWords(api: Pagefind, query: string | null, options: SearchOptions): Promise<Found> {
  if (query === null) return { results: (await api.search(null, options)).results, absent: new Set() };
  const terms = contentTerms(query);
  const words = query.replace(/["“”]/g, ' ').trim().split(/\s+/);
  const found = (q: string) => api.search(q, options).then((r) => r.results);
  // The phrase as typed only when every word carries meaning: a word like "is" or "for" would fetch
  // an index chunk (about 23 KB) of its own, and such words say little about which page is meant.
  const asTyped = terms.length === words.length;
  const [phrase, strict] = await Promise.all([asTyped ? found(`"${terms.join(' ')}"`) : [], found(terms.join(' '))]);
  const exact = phrase.length > 0 ? terms.map(() => phrase) : asTyped && terms.length === 1 ? [phrase] : await Promise.all(terms.map((t) => found(`"${t}"`)));
  const absent = new Set(terms.filter((_, i) => exact[i]?.length === 0));
  // A phrase few pages use is a strong sign of the page meant; one many pages use says little. One word is no phrase.
  const first = terms.length > 1 && phrase.length <= 3 ? mergeByCoverage(phrase, [strict]) : strict;
  if (terms.length < 2 || strict.length >= 5) return { results: first, absent };
  const perTerm = await Promise.all(terms.map(found));
  return { results: mergeByCoverage(first, perTerm), absent };
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
  const api = await loadPagefind();
  const options = { filters: pagefindFilters(state.filters) };
  let query = state.q;
  const first = await searchWords(api, query || null, options);
  const absent = first.absent;
  let found = first.results;
  // A word that is not a word appears on no page, so the query as typed found little: use the nearest words the site has.
  const misspelt = absent.size > 0 ? await nonWords(state.q, absent) : new Set<string>();
  const better = misspelt.size > 0 ? correctQuery(state.q, await loadVocabulary(), misspelt) : null;
  if (better) {
    const alternative = (await searchWords(api, better, options)).results;
    if (alternative.length > 0) {
      found = alternative;
      query = better;
      const link = el('a', better);
      link.href = `/search/${writeState({ ...state, q: better })}`;
      p.suggestion.replaceChildren('Did you mean ', link, `? No page has the word "${[...misspelt].join('", "')}", so the results below are for "${better}".`);
      p.suggestion.hidden = false;
    }
  }
  // Everyday words and bare acronyms reorder across all results, so they need every result's group; others only the shown ones'.
  const acrossAll = query !== '' && (isEveryday(query) || (isBareTerm(query) && looksLikeAcronym(query.trim())));
  const order = acrossAll ? arrange(found, query, await loadGroups(api)) : found;
  const firstIds = order.slice(0, PAGE);
  const loaded = (await Promise.all(firstIds.map((r) => r.data()))).map((d, i) => ({ ...d, title: d.meta.title, id: firstIds[i]?.id ?? '' }));
  if (ticket !== latest) return;
  const final = query ? arrange(preferTitleMatches(loaded, query), query, groupsOf(loaded)) : loaded;
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
