// Atom feed of every dated change on the site, newest first. Dates come from content, never the clock.
// Links are full addresses once the site address is set, root-relative paths until then (Atom resolves them against the feed's own address).
import type { APIRoute } from 'astro';
import { published, publishedPages } from '../data/queries.ts';
import { atomFeed } from '../lib/atom.ts';
import { partnership } from '../lib/partnership.ts';
import { ENTITLEMENTS_PAGE, changeId, changeLog, datedDocument, lastModified, latestDate, pageAddress, stableId } from '../lib/site-files.ts';
import { levelUrl, pageUrl } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const documents = [
    ...(await publishedPages()).map((p) => datedDocument(`pages/${p.id}`, pageUrl(p.id), p.data)),
    ...(await published('levels')).map((l) => datedDocument(`levels/${l.id}`, levelUrl(l.data.level), l.data)),
    ...(await published('entitlements')).map((e) => datedDocument(`entitlements/${e.id}`, ENTITLEMENTS_PAGE, e.data)),
  ];
  const log = changeLog(documents);
  const { siteName, owner } = partnership();
  const xml = atomFeed({
    id: stableId('recent-changes'),
    title: `${siteName}: recent changes`,
    subtitle: `Every dated change to the pages of the ${siteName}, newest first.`,
    link: pageAddress('/recent-changes/', site),
    self: pageAddress('/recent-changes.xml', site),
    author: owner,
    // With no changes yet, the newest approval date still comes from content.
    updated: latestDate(log.map((e) => e.date)) ?? latestDate(documents.map(lastModified)) ?? '1970-01-01',
    entries: log.map((e) => ({ id: changeId(e), title: e.title, link: pageAddress(e.url, site), summary: e.summary, date: e.date })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
