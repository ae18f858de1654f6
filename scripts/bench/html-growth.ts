/**
 * Does a page's HTML grow when the site grows? Compares each page of a smaller
 * build with the same page in a bigger build of the same code. Only index pages,
 * whose job is to list every page, may grow; a content page that grows carries
 * site-wide navigation or lists, which cost every reader on every page.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { builtPages } from '../../src/lib/built-pages.ts';
import { collectionFiles } from '../../src/lib/collections.ts';

/**
 * Pages that list the whole site (or a whole collection) by design, and why.
 * Everything else must stay the same size as the site grows.
 */
export const INDEX_PAGES: ReadonlyMap<string, string> = new Map([
  ['/a-to-z/*', 'each letter page lists every page whose title starts with that letter (a page per letter keeps the search page and 404 the same size)'],
  ['/families/', 'the hub lists every page written for families'],
  ['/practitioners/', 'the hub lists every page written for practitioners'],
  ['/updates/', 'lists every board update'],
  ['/recent-changes/', 'lists dated changes across the site'],
  ['/leaving-care/everything/', 'the full list of every care leaver entitlement'],
  // One set of band pages per area of the partnership (the content's areas).
  ...readdirSync(collectionFiles().areas.base)
    .filter((file) => file.endsWith('.yaml'))
    .map((file): [string, string] => [`/${file.slice(0, -5)}/leaving-care/*`, 'each band page lists every entitlement for that area and age']),
]);

/** An exact path, or a prefix written as "/a-to-z/*". */
const isExempt = (path: string, exempt: ReadonlyMap<string, string>) =>
  exempt.has(path) || [...exempt.keys()].some((key) => key.endsWith('*') && path.startsWith(key.slice(0, -1)));

export interface Growth {
  path: string;
  before: number;
  after: number;
}

/** Every HTML page under a dist directory, by site path, with its size. */
export function htmlSizes(dist: string): Map<string, number> {
  return new Map(builtPages(dist).map((page) => [page.path, statSync(page.file).size]));
}

/** Pages present in both builds whose HTML got bigger, index pages left out, biggest growth first. */
export function grownPages(smaller: string, bigger: string, exempt: ReadonlyMap<string, string> = INDEX_PAGES): Growth[] {
  if (!existsSync(smaller) || !existsSync(bigger)) throw new Error(`cannot compare ${smaller} with ${bigger}: build both first`);
  const after = htmlSizes(bigger);
  const grown: Growth[] = [];
  for (const [path, before] of htmlSizes(smaller)) {
    const size = after.get(path);
    if (size !== undefined && size > before && !isExempt(path, exempt)) grown.push({ path, before, after: size });
  }
  return grown.sort((a, b) => b.after - b.before - (a.after - a.before));
}
