/**
 * Making people's own words work with Pagefind, which only returns pages that
 * contain every word: drop words that carry no meaning, and when the words
 * together find too little, rank pages by how many of the words they match.
 */

/** Everyday words that say nothing about what someone is looking for. */
export const STOP_WORDS = new Set(
  "a an and are as at be been being but by can could do does for from get got has have how i i'm if in into is it its me my of on or our she he her his so some someone something that the their them they this to us was we were what when where which who why will with would you your going after about".split(
    ' ',
  ),
);

/** The words of a query that carry meaning; the whole query if every word is a stop word. */
export function contentTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu) ?? [];
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : words;
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges the results of searching each word on its own: pages matching more of the
 * words come first, then by total score. `strict` results (all words) stay on top.
 */
export function mergeByCoverage<T extends Scored>(strict: readonly T[], perTerm: readonly (readonly T[])[]): T[] {
  const seen = new Map<string, { item: T; terms: number; score: number }>();
  for (const list of perTerm) {
    for (const item of list) {
      const entry = seen.get(item.id) ?? { item, terms: 0, score: 0 };
      entry.terms += 1;
      entry.score += item.score;
      seen.set(item.id, entry);
    }
  }
  const strictIds = new Set(strict.map((s) => s.id));
  const rest = [...seen.values()]
    .filter((e) => !strictIds.has(e.item.id))
    .sort((a, b) => b.terms - a.terms || b.score - a.score)
    .map((e) => e.item);
  return [...strict, ...rest];
}

/**
 * How well a title matches a query: 0 when it starts with the query's words,
 * 1 when it contains them as a phrase, 2 when it has them all, 3 otherwise.
 */
export function titleTier(title: string, query: string): number {
  const words = contentTerms(query);
  const text = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s&'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const phrase = words.join(' ');
  if (text.startsWith(phrase)) return 0;
  if (text.includes(phrase)) return 1;
  if (words.every((w) => text.includes(w.replace(/s$/, '')))) return 2;
  return 3;
}

/**
 * Among the results shown, a title that matches the query better comes first,
 * keeping Pagefind's order within each tier: a title is the strongest sign of what
 * a page is about, and Pagefind's scores flatten out on long pages.
 */
export function preferTitleMatches<T extends { title?: string }>(results: readonly T[], query: string): T[] {
  return results
    .map((r, i) => ({ r, i, tier: titleTier(r.title ?? '', query) }))
    .sort((a, b) => a.tier - b.tier || a.i - b.i)
    .map((x) => x.r);
}
