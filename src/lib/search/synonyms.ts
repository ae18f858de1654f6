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

/** The phrases to add to a page's index: every other member of each group the page mentions. */
export function expansionsFor(text: string, groups: readonly SynonymGroup[]): string[] {
  const out = new Set<string>();
  for (const group of groups) {
    const present = group.filter((term) => termPattern(term).test(text));
    if (present.length === 0) continue;
    for (const term of group) if (!present.includes(term)) out.add(term);
  }
  return [...out].sort();
}
