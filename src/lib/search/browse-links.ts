/**
 * The search filters without JavaScript. A static page cannot run a query, so each
 * filter value leads instead to the page that already lists what it would find:
 * an area's page, the families' or practitioners' door, the updates, the glossary …
 * Kinds no page lists (guidance, area pages) are in the A to Z.
 */
import type { Audience } from '../schemas.ts';
import type { KindKey } from '../labels.ts';
import { FIND_YOUR_COUNCIL, pageUrl } from '../routes.ts';

export interface BrowseLink {
  label: string;
  href: string;
}

export const A_TO_Z = '/a-to-z/';

/** The kinds of page that have a list of their own, and what that list is called; the A to Z lists the rest. */
export const KIND_LISTS: Partial<Record<KindKey, BrowseLink>> = {
  procedure: { label: "Procedures, on the practitioners' page", href: '/practitioners/' },
  entitlement: { label: 'Everything care leavers can get', href: pageUrl('leaving-care/everything') },
  level: { label: 'Levels of need', href: pageUrl('levels-of-need') },
  data: { label: 'Facts and figures', href: '/facts-and-figures/' },
  update: { label: 'Board updates', href: '/updates/' },
  glossary: { label: 'Glossary', href: '/glossary/' },
};

/** The kinds' lists, then every page A to Z for guidance, area pages and anything else. */
export const kindLinks = (): BrowseLink[] => [...Object.values(KIND_LISTS), { label: 'Every page, A to Z', href: A_TO_Z }];

/** The two audience doors: families and young people share one. */
export const AUDIENCE_LISTS: Record<Audience, BrowseLink> = {
  families: { label: 'Families and young people', href: '/families/' },
  'young-people': { label: 'Families and young people', href: '/families/' },
  practitioners: { label: 'Practitioners', href: '/practitioners/' },
};

/** Each link once, in order (families and young people share a door). */
export const distinctLinks = (links: readonly BrowseLink[]): BrowseLink[] => [...new Map(links.map((l) => [l.href, l])).values()];

/** An area's own page, from its `page` field, and the way to find your council for anyone unsure. */
export function areaLinks(areas: readonly { name: string; page: string }[]): BrowseLink[] {
  return [...areas.map((a) => ({ label: a.name, href: pageUrl(a.page) })), { label: 'Not sure which council: find your council', href: FIND_YOUR_COUNCIL }];
}
