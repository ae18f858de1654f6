// Atom feed of every dated change on the site, newest first. Dates come from content, never the clock.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { publishedPages } from '../data/queries.ts';
import { atomFeed } from '../lib/atom.ts';
import { ENTITLEMENTS_PAGE, changeLog, changeTagUri, datedDocument, lastModified, latestDate } from '../lib/site-files.ts';
import { levelUrl, pageUrl } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://127.0.0.1/');
  const documents = [
    ...(await publishedPages()).map((p) => datedDocument(`pages/${p.id}`, pageUrl(p.id), p.data)),
    ...(await getCollection('levels', (e) => !e.data.draft)).map((l) => datedDocument(`levels/${l.id}`, levelUrl(l.data.level), l.data)),
    ...(await getCollection('entitlements', (e) => !e.data.draft)).map((e) => datedDocument(`entitlements/${e.id}`, ENTITLEMENTS_PAGE, e.data)),
  ];
  const log = changeLog(documents);
  const xml = atomFeed({
    id: new URL('/recent-changes/', base).href,
    title: 'Safeguarding Portal: recent changes',
    subtitle: 'Every dated change to the pages of the Safeguarding Portal, newest first.',
    link: new URL('/recent-changes/', base).href,
    self: new URL('/recent-changes.xml', base).href,
    author: 'Safeguarding Portal team',
    // With no changes yet, the newest approval date still comes from content.
    updated: latestDate(log.map((e) => e.date)) ?? latestDate(documents.map(lastModified)) ?? '1970-01-01',
    entries: log.map((e) => ({ id: changeTagUri(base.hostname, e), title: e.title, link: new URL(e.url, base).href, summary: e.summary, date: e.date })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
