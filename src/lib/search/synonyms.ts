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
  const groups = [...glossary.map((g) => [g.term, g.expansion ?? '', ...(g.aliases ?? [])]), ...local.map((l) => l.terms)];
  return groups.map((group) => [...new Set(group.map((t) => t.trim()).filter((t) => t.length >= 2))]).filter((group) => group.length > 1);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Acronyms match case-sensitively ("PA" is not "pa"); words and phrases do not. */
export function termPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, isAcronym(term) ? 'u' : 'iu');
}

const isAcronym = (term: string) => /^[A-Z0-9&]{2,6}s?$/.test(term) && /[A-Z]/.test(term);
/** A letter or a number: what termPattern's boundaries look at. */
const WORD = /[\p{L}\p{N}]+/gu;

const counters = new Map<string, RegExp>();
/** termPattern with the global flag, compiled once per term, for the rare term that does not start and end with a word. */
function counterFor(term: string): RegExp {
  let pattern = counters.get(term);
  if (!pattern) {
    const single = termPattern(term);
    pattern = new RegExp(single.source, `${single.flags}g`);
    counters.set(term, pattern);
  }
  return pattern;
}

/**
 * A page's words, each with where it starts and ends, so that every term of every group can be
 * counted by looking up its first word, instead of running a regular expression per term per page.
 * It counts what termPattern matches: whole words, case-sensitive for acronyms.
 */
class PageWords {
  private readonly text: string;
  private readonly spans: { start: number; end: number; lower: string }[] = [];
  private readonly at = new Map<string, number[]>();
  constructor(text: string) {
    this.text = text;
    for (const match of text.matchAll(WORD)) {
      const lower = match[0].toLowerCase();
      const list = this.at.get(lower) ?? [];
      list.push(this.spans.length);
      this.at.set(lower, list);
      this.spans.push({ start: match.index, end: match.index + match[0].length, lower });
    }
  }

  count(term: string): number {
    const words = term.toLowerCase().match(WORD) ?? [];
    const first = words[0];
    if (!first || !/^[\p{L}\p{N}]/u.test(term) || !/[\p{L}\p{N}]$/u.test(term)) return this.text.match(counterFor(term))?.length ?? 0;
    let n = 0;
    for (const p of this.at.get(first) ?? []) {
      const last = this.spans[p + words.length - 1];
      if (!last || !words.every((word, j) => this.spans[p + j]?.lower === word)) continue;
      const written = this.text.slice(this.spans[p]?.start, last.end);
      if (isAcronym(term) ? written === term : written.toLowerCase() === term.toLowerCase()) n++;
    }
    return n;
  }
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
  const words = new PageWords(text);
  for (const group of groups) {
    const counts = group.map((term) => words.count(term));
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
