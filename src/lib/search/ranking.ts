/**
 * Help before jargon: the order of results after Pagefind's scores. Pages are
 * grouped at index time (a "rank" filter): family and young people's help pages,
 * and reference pages (glossary). Runs on result ids, so it needs no page data.
 */

import { looksLikeAcronym } from './spelling.ts';

/** The "rank" filter values written by scripts/index-search.ts. */
export const RANK = { help: 'help', reference: 'reference' } as const;

/** Words people use when they describe their own situation, not a term. */
const EVERYDAY = new Set(
  "i im i'm me my mine we our us he she his her him son daughter kid kids teenager teen baby mum dad parent parents someone worried scared".split(' '),
);

const words = (query: string) => query.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];

/** A question or sentence in the reader's own words ("who do I call", "help with my teenager"). */
export const isEveryday = (query: string) => words(query).some((w) => EVERYDAY.has(w.replace('’', "'")));

/** One word that is a term, not a sentence: an acronym as typed (CSE, s47) or any single word. */
export const isBareTerm = (query: string) => words(query).length === 1;

export interface Ranked {
  id: string;
}

/**
 * Everyday queries: help pages first, in Pagefind's order, then the rest.
 * Any query but a bare term: a reference page is never first. A bare acronym: the glossary is in the first three.
 */
export function arrange<T extends Ranked>(results: readonly T[], query: string, groups: { help: ReadonlySet<string>; reference: ReadonlySet<string> }): T[] {
  let out = [...results];
  if (isEveryday(query)) out = [...out.filter((r) => groups.help.has(r.id)), ...out.filter((r) => !groups.help.has(r.id))];
  if (!isBareTerm(query)) {
    const first = out.findIndex((r) => !groups.reference.has(r.id));
    if (first > 0) out = [out[first] as T, ...out.slice(0, first), ...out.slice(first + 1)];
  } else if (looksLikeAcronym(query.trim())) {
    // A bare acronym (DSL, MASH): what it stands for is among the first three, after the pages that use it most.
    const ref = out.findIndex((r) => groups.reference.has(r.id));
    if (ref > 2) out = [...out.slice(0, 2), out[ref] as T, ...out.slice(2, ref), ...out.slice(ref + 1)];
  }
  return out;
}
