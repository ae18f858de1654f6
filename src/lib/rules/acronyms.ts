// Why: an unexplained acronym shuts readers out; the glossary (or the words in full) lets everyone follow.
import type { ContentProblem } from '../content-errors.ts';
import { descendants, isForFamilies, lineOf, problem, type ParsedEntry, type Rule } from './types.ts';

/** A word of 2 to 6 capitals and digits with at least two capitals: CSE, GCP2. Never s47 or DfE. */
const ACRONYM = /(?<![\p{L}\p{N}])(?=(?:\p{Lu}\p{N}*){2})[\p{Lu}\p{N}]{2,6}(?![\p{L}\p{N}])/gu;

/** Everyday abbreviations every reader knows (GOV as in GOV.UK), and WCAG's conformance levels. */
export const EVERYDAY_ACRONYMS = new Set(['UK', 'OK', 'TV', 'BBC', 'NHS', 'AA', 'AAA', 'GOV']);

/** Every acronym the glossary explains, from its terms and aliases. */
export function glossaryAcronyms(entries: readonly ParsedEntry[]): Set<string> {
  const known = new Set<string>();
  for (const entry of entries) {
    if (entry.collection !== 'glossary') continue;
    const data = entry.data as { term?: unknown; aliases?: unknown } | null;
    const words = [data?.term, ...(Array.isArray(data?.aliases) ? data.aliases : [])];
    for (const word of words) if (typeof word === 'string') for (const match of word.matchAll(ACRONYM)) known.add(match[0]);
  }
  return known;
}

/** Spelled out where it is first used: "Family Information Service (FIS)" or "ARC (Accessing Resources…)". */
function explainedInPlace(text: string, index: number, acronym: string): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + acronym.length);
  return (/\($/.test(before) && /^\)/.test(after)) || /^["”’]? \(/.test(after);
}

/** The acronyms in a page's text that neither the glossary nor the page itself explains, first use of each. */
export function unexplained(entry: ParsedEntry, known: Set<string>): { acronym: string; line: number | undefined }[] {
  if (!entry.tree) return [];
  const seen = new Set<string>();
  const found: { acronym: string; line: number | undefined }[] = [];
  for (const node of descendants(entry.tree)) {
    if (node.type !== 'text') continue;
    for (const match of node.value.matchAll(ACRONYM)) {
      const acronym = match[0];
      if (seen.has(acronym)) continue;
      seen.add(acronym);
      if (known.has(acronym) || EVERYDAY_ACRONYMS.has(acronym) || explainedInPlace(node.value, match.index, acronym)) continue;
      found.push({ acronym, line: lineOf(node) });
    }
  }
  return found;
}

export const acronyms: Rule = ({ checked, all }) => {
  const known = glossaryAcronyms(all);
  return checked.flatMap((entry): ContentProblem[] =>
    unexplained(entry, known).map(({ acronym, line }) =>
      problem(
        entry,
        'acronym',
        `"${acronym}" is not in the glossary — add it to src/content/glossary.yaml, or spell it out where it is first used, e.g. Words in full (${acronym})`,
        line,
        // Practitioners share the trade's shorthand; families and young people must never meet an unexplained one.
        isForFamilies(entry) ? 'error' : 'warning',
      ),
    ),
  );
};
