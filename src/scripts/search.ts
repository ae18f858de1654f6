// Search page enhancement: loads Pagefind only when used, keeps the query and
// filters in the URL, corrects misspelt words from the site's vocabulary, and
// announces the result count to screen readers.
import { FACETS, hasFilters, pagefindFilters, readState, writeState, type SearchState } from '../lib/search/query-state.ts';
import { contentTerms, mergeByCoverage, preferTitleMatches } from '../lib/search/query-terms.ts';
import { correctQuery } from '../lib/search/spelling.ts';

interface PagefindSubResult {
  title: string;
  url: string;
}
interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  search: (q: string | null, options?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
}
type SearchOptions = { filters: Record<string, unknown> };

/** Pages with all the meaningful words; if that finds fewer than five pages, then pages matching most of the words. */
async function searchWords(api: Pagefind, query: string | null, options: SearchOptions): Promise<PagefindResult[]> {
  if (query === null) return (await api.search(null, options)).results;
  const terms = contentTerms(query);
  const strict = (await api.search(terms.join(' '), options)).results;
  if (terms.length < 2 || strict.length >= 5) return strict;
  const perTerm = await Promise.all(terms.map(async (term) => (await api.search(term, options)).results));
  return mergeByCoverage(strict, perTerm);
}

let pagefind: Promise<Pagefind> | null = null;
const loadPagefind = () => {
  // Built at run time so the bundler leaves Pagefind's own file alone.
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
};

let vocabulary: Promise<Map<string, number>> | null = null;
const loadVocabulary = () => {
  vocabulary ??= fetch('/search-vocabulary.json')
    .then((r) => r.json() as Promise<[string, number][]>)
    .then((pairs) => new Map(pairs))
    .catch(() => new Map<string, number>());
  return vocabulary;
};

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

const describeFilters = (state: SearchState) =>
  FACETS.flatMap((f) => state.filters[f]).join(', ');

export function initSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-module="portal-search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const filters = form?.querySelector<HTMLElement>('[data-filters]');
  const status = doc.getElementById('search-status');
  const suggestion = doc.getElementById('search-suggestion');
  const list = doc.getElementById('search-results');
  if (!form || !input || !filters || !status || !suggestion || !list) return;
  filters.hidden = false;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  const stateFromForm = (): SearchState => ({
    q: input.value.trim(),
    filters: {
      area: boxes.filter((b) => b.name === 'area' && b.checked).map((b) => b.value),
      audience: boxes.filter((b) => b.name === 'audience' && b.checked).map((b) => b.value),
      kind: boxes.filter((b) => b.name === 'kind' && b.checked).map((b) => b.value),
    },
  });
  const showState = (state: SearchState) => {
    input.value = state.q;
    for (const box of boxes) box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
  };

  let latest = 0;
  const run = async (state: SearchState) => {
    const ticket = ++latest;
    list.replaceChildren();
    suggestion.hidden = true;
    if (state.q === '' && !hasFilters(state)) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const api = await loadPagefind();
    const options = { filters: pagefindFilters(state.filters) };
    let query = state.q;
    let results = await searchWords(api, query || null, options);
    if (state.q) {
      // A word the site never uses is probably misspelt: search for the closest words the site does use.
      const corrected = correctQuery(state.q, await loadVocabulary());
      if (corrected) {
        const better = await searchWords(api, corrected, options);
        if (better.length > 0) {
          results = better;
          query = corrected;
          suggestion.textContent = `Showing results for "${corrected}" instead of "${state.q}".`;
          suggestion.hidden = false;
        }
      }
    }
    const loaded = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    const shown = query ? preferTitleMatches(loaded.map((d) => ({ ...d, title: d.meta.title })), query) : loaded;
    if (ticket !== latest) return;
    list.replaceChildren(...shown.map(renderResult));
    const n = results.length;
    const what = query ? `for "${query}"` : 'for your filters';
    const within = hasFilters(state) && query ? ` in ${describeFilters(state)}` : hasFilters(state) ? ` (${describeFilters(state)})` : '';
    status.textContent = n === 0 ? `No results ${what}${within}. Try another word, fewer filters, or the A to Z list below.` : `${n} result${n === 1 ? '' : 's'} ${what}${within}`;
  };

  const go = (state: SearchState) => {
    // replaceState, not pushState: the tab keeps one entry for this site, so the quick exit leaves nothing behind.
    window.history.replaceState({}, '', `${window.location.pathname}${writeState(state)}`);
    void run(state);
  };

  const initial = readState(window.location.search);
  showState(initial);
  void run(initial);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(stateFromForm());
  });
  for (const box of boxes) box.addEventListener('change', () => go(stateFromForm()));
}
