// RSS feed of board updates, newest first. Dates come from content, never the clock.
// Links are full addresses once the site address is set, root-relative paths until then.
import type { APIRoute } from 'astro';
import { published } from '../../data/queries.ts';
import { firstDay } from '../../lib/dates.ts';
import { rssFeed } from '../../lib/rss.ts';
import { updateUrl } from '../../lib/routes.ts';
import { partnership } from '../../lib/partnership.ts';
import { pageAddress } from '../../lib/site-files.ts';

export const GET: APIRoute = async ({ site }) => {
  const { siteName, name } = partnership();
  const updates = (await published('updates')).sort((a, b) => b.data.date.localeCompare(a.data.date));
  const xml = rssFeed({
    title: `${siteName}: board updates`,
    link: pageAddress('/updates/', site),
    description: `Dated updates from ${name}.`,
    items: updates.map((u) => ({ title: u.data.title, link: pageAddress(updateUrl(u.id), site), description: u.data.summary, date: firstDay(u.data.date) })),
    // RSS needs a day: a month or year is given as its first day (the page itself shows the month or year).
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
