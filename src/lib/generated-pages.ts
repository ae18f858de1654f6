/**
 * Page fields for pages the build makes from data (an area's task pages), so they
 * carry the same title, sources, owner and review dates as a written page.
 */
import type { BaseData, EntryRef, Audience } from './schemas.ts';

export interface GeneratedPage {
  title: string;
  summary: string;
  audience: Audience[];
  area: string;
  owner: string;
  sources: string[];
  /** The days the facts on the page were checked; the newest is shown as "last reviewed". */
  checkedOn: string[];
}

/** Contact details are checked every 6 months (the services review rule), so the page is due then too. */
export const REVIEW_MONTHS = 6;

export function addMonths(iso: string, months: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

export function generatedPageData(page: GeneratedPage): BaseData {
  const approved = [...page.checkedOn].sort().at(-1);
  if (!approved) throw new Error(`${page.title}: a generated page needs at least one checked date`);
  const ref =
    <C extends string>(collection: C) =>
    (id: string): EntryRef<C> => ({ id, collection });
  return {
    title: page.title,
    summary: page.summary,
    audience: page.audience,
    areas: [ref('areas')(page.area)],
    owner: page.owner,
    approved,
    reviewDue: addMonths(approved, REVIEW_MONTHS),
    sources: [...new Set(page.sources)].map(ref('sources')),
    draft: false,
    showInSearch: true,
    changes: [],
    // Generated pages show only service and area data, traced where those are written.
    claims: [],
  } as BaseData;
}
