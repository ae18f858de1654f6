// Search page enhancement, kept small: it opens the filters and loads the search
// module (search-run.ts) and Pagefind when a reader starts to use the search box,
// searches, or arrives with a query, so results can show as soon as they press Search.
type Run = typeof import('./search-run.ts');

export function initSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-module="portal-search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const filters = form?.querySelector<HTMLDetailsElement>('[data-filters]');
  const byId = (id: string) => doc.getElementById(id);
  const [status, suggestion, list, more, none] = ['search-status', 'search-suggestion', 'search-results', 'search-more', 'search-none'].map(byId);
  if (!form || !input || !filters || !status || !suggestion || !list || !(more instanceof HTMLButtonElement) || !none) return;
  // The checkboxes work only with this script; without it the filters are links (a <noscript> in the page).
  const boxes = filters.querySelector<HTMLElement>('[data-filter-boxes]');
  if (boxes) boxes.hidden = false;
  const page = { form, input, boxes: [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')], status, suggestion, list, more, none };
  let module: Promise<Run> | null = null;
  const load = () => (module ??= import('./search-run.ts'));
  // Focus means a search is coming: fetch what every search needs while the reader types (never before).
  input.addEventListener('focus', () => void load().then((m) => m.loadPagefind()), { once: true });
  // And the index chunks for the words typed so far, at most every 200 ms.
  let preloading = 0;
  input.addEventListener('input', () => {
    preloading ||= window.setTimeout(() => {
      preloading = 0;
      void load().then((m) => m.preloadWords(input.value));
    }, 200);
  });

  if (window.location.search) {
    void load().then((m) => {
      const state = m.stateFromUrl();
      m.showState(page, state);
      // Chosen filters stay in view, so a reader sees why the results are fewer.
      if (Object.values(state.filters).some((v) => v.length > 0)) filters.open = true;
      return m.run(page, state, false);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load().then((m) => m.run(page, m.stateFromForm(page), true));
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'checkbox') void load().then((m) => m.run(page, m.stateFromForm(page), true));
  });
}
