/**
 * Pagefind's result files ("fragments") carry each page's whole text, for excerpts,
 * and its headings, for sub-results. The portal shows neither: a result is the
 * page's title, summary, areas and readers, from its metadata. So after indexing,
 * each fragment keeps only what a result shows, and a result costs a few hundred
 * bytes instead of up to 7 KB. The index itself (what can be found) is untouched.
 */

/** What Pagefind 1.x writes before the JSON of a fragment, once gunzipped. */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: unknown[];
  [key: string]: unknown;
}

const isFragment = (value: unknown): value is Fragment => {
  const f = value as Partial<Fragment> | null;
  return (
    typeof f === 'object' && f !== null && typeof f.url === 'string' && typeof f.content === 'string' && typeof f.meta === 'object' && Array.isArray(f.anchors)
  );
};

/**
 * The fragment's text with the page text and headings taken out; everything else as Pagefind wrote it.
 * Throws when the text is not a fragment as Pagefind 1.x writes it, so a Pagefind upgrade that changes
 * the format stops the build instead of breaking results.
 */
export function slimFragment(text: string): string {
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`not a Pagefind fragment (it does not start with "${FRAGMENT_SIGNATURE}")`);
  const fragment: unknown = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length));
  if (!isFragment(fragment)) throw new Error('not a Pagefind fragment (no url, content, meta or anchors)');
  return FRAGMENT_SIGNATURE + JSON.stringify({ ...fragment, content: '', anchors: [] });
}
