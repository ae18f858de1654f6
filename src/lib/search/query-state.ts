/** The search page's state as a URL: ?q=…&area=…&audience=…&kind=…, so back, share and bookmarks work. */
export const FACETS = ['area', 'audience', 'kind'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    q: params.get('q') ?? '',
    filters: { area: params.getAll('area'), audience: params.getAll('audience'), kind: params.getAll('kind') },
  };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind filters: any of the chosen values within a facet, all facets together. A chosen area also matches pages for all areas. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) {
    const values = filters[facet];
    if (values.length === 0) continue;
    out[facet] = { any: facet === 'area' && !values.includes('All areas') ? [...values, 'All areas'] : values };
  }
  return out;
}

export const hasFilters = (state: SearchState) => FACETS.some((facet) => state.filters[facet].length > 0);
