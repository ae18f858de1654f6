// Search page enhancement: loads Pagefind only when the page is used, reads and
// writes ?q= so back and share work, and announces the result count.
interface PagefindSubResult {
  title: string;
  url: string;
}
interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindData> }[] }>;
}

let pagefind: Promise<Pagefind> | null = null;
const loadPagefind = () => {
  // The path is built at run time so the bundler leaves Pagefind's own file alone.
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

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
  const subs = (data.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
  if (subs.length > 0) {
    const list = el('ul', undefined, 'sub');
    for (const sub of subs) {
      const item = el('li');
      const a = el('a', sub.title);
      a.href = sub.url;
      item.append(a);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

export function initSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-module="portal-search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = doc.getElementById('search-status');
  const list = doc.getElementById('search-results');
  if (!form || !input || !status || !list) return;

  const run = async (query: string) => {
    list.replaceChildren();
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const search = await (await loadPagefind()).search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(...results.map(renderResult));
    const n = search.results.length;
    status.textContent = n === 0 ? `No results for "${query}". Try another word, or use the A to Z list below.` : `${n} result${n === 1 ? '' : 's'} for "${query}"`;
  };

  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.pushState({}, '', url);
    void run(input.value);
  });
  window.addEventListener('popstate', () => {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    input.value = q;
    void run(q);
  });
}
