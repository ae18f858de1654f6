/**
 * Synonym groups for search, applied when the index is built: a page that says
 * "CSE" is also indexed under "child sexual exploitation", and the other way round.
 * Groups come from the glossary (term, expansion, aliases) plus a maintained list
 * of local and everyday words (src/content/search-synonyms.yaml).
 */
export interface GlossaryLike {
  term: string;
  expansion?: string;
  aliases?: string[];
}

export type SynonymGroup = string[];

/** One group per glossary entry, plus the local groups; groups of one are dropped. */
export function buildSynonymGroups(glossary: readonly GlossaryLike[], local: readonly { terms: string[] }[]): SynonymGroup[] {
  const groups = [
    ...glossary.map((g) => [g.term, g.expansion ?? '', ...(g.aliases ?? [])]),
    ...local.map((l) => l.terms),
  ];
  return groups
    .map((group) => [...new Set(group.map((t) => t.trim()).filter((t) => t.length >= 2))])
    .filter((group) => group.length > 1);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Acronyms match case-sensitively ("PA" is not "pa"); words and phrases do not. */
export function termPattern(term: string): RegExp {
  const isAcronym = /^[A-Z0-9&]{2,6}s?$/.test(term) && /[A-Z]/.test(term);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, isAcronym ? 'u' : 'iu');
}

const counters = new Map<string, RegExp>();
/** termPattern with the global flag, compiled once per term: the index counts every term on every page. */
function counterFor(term: string): RegExp {
  let pattern = counters.get(term);
  if (!pattern) {
    const single = termPattern(term);
    pattern = new RegExp(single.source, `${single.flags}g`);
    counters.set(term, pattern);
  }
  return pattern;
}

/** The phrases to add to a page's index: every other member of each group the page mentions. */
export function expansionsFor(text: string, groups: readonly SynonymGroup[]): string[] {
  return weightedExpansions(text, groups).map((e) => e.term);
}

/**
 * Each phrase to add, with how often the page uses its group's words (at most `cap`),
 * so a page about a thing outranks a page that mentions it once.
 */
export function weightedExpansions(text: string, groups: readonly SynonymGroup[], cap = 5): { term: string; count: number }[] {
  const out = new Map<string, number>();
  // Most terms are not on most pages: a plain substring test skips their regular expressions.
  const lower = text.toLowerCase();
  for (const group of groups) {
    const counts = group.map((term) => (lower.includes(term.toLowerCase()) ? (text.match(counterFor(term))?.length ?? 0) : 0));
    const uses = counts.reduce((a, b) => a + b, 0);
    if (uses === 0) continue;
    group.forEach((term, i) => {
      if ((counts[i] ?? 0) === 0) out.set(term, Math.min(cap, Math.max(out.get(term) ?? 0, uses)));
    });
  }
  return [...out].map(([term, count]) => ({ term, count })).sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/** The text added to a page's index: each phrase repeated by its weight. */
export function relatedWordsText(expansions: readonly { term: string; count: number }[]): string {
  return expansions.flatMap((e) => Array<string>(e.count).fill(e.term)).join(', ');
}
