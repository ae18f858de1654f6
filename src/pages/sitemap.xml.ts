// sitemap.xml: every HTML page, from the same collections the routes use. lastmod comes from content, never the clock.
// A sitemap needs full addresses, so it is built only when the site address is set (robots.txt then names it).
import type { APIRoute } from 'astro';
import { published, publishedPages, siteIndex } from '../data/queries.ts';
import { byLetter, letterUrl } from '../lib/a-to-z.ts';
import {
  ENTITLEMENTS_PAGE,
  FIXED_PAGES,
  changeLog,
  datedDocument,
  lastModified,
  latestDate,
  notBuilt,
  sitemapXml,
  type SitemapEntry,
} from '../lib/site-files.ts';
import { levelUrl, pageUrl, updateUrl } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) return notBuilt();
  const pages = (await publishedPages()).map((p) => datedDocument(`pages/${p.id}`, pageUrl(p.id), p.data));
  const levels = (await published('levels')).map((l) => datedDocument(`levels/${l.id}`, levelUrl(l.data.level), l.data));
  const entitlements = (await published('entitlements')).map((e) => datedDocument(`entitlements/${e.id}`, ENTITLEMENTS_PAGE, e.data));
  const updates = await published('updates');
  // Fixed routes have no content date of their own, except the two lists built from dated content.
  const fixedDates: Partial<Record<(typeof FIXED_PAGES)[number], string>> = {
    '/updates/': latestDate(updates.map((u) => u.data.date)),
    '/recent-changes/': changeLog([...pages, ...levels, ...entitlements])[0]?.date,
  };
  const entries: SitemapEntry[] = [
    ...FIXED_PAGES.map((path) => ({ path, lastmod: fixedDates[path] })),
    ...[...pages, ...levels].map((d) => ({ path: d.url, lastmod: lastModified(d) })),
    ...updates.map((u) => ({ path: updateUrl(u.id), lastmod: u.data.date })),
    ...byLetter(await siteIndex()).map(({ letter }) => ({ path: letterUrl(letter), lastmod: undefined })),
  ];
  return new Response(sitemapXml(site, entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
