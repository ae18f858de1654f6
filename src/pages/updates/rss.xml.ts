// RSS feed of board updates, newest first. Dates come from content, never the clock.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { rssFeed } from '../../lib/rss.ts';
import { updateUrl } from '../../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const updates = (await getCollection('updates', (e) => !e.data.draft)).sort((a, b) => b.data.date.localeCompare(a.data.date));
  const base = site ?? new URL('http://127.0.0.1/');
  const xml = rssFeed({
    title: 'Safeguarding Portal: board updates',
    link: new URL('/updates/', base).href,
    description: 'Dated updates from the safeguarding boards and councils of Shropshire, Telford & Wrekin and Worcestershire.',
    items: updates.map((u) => ({ title: u.data.title, link: new URL(updateUrl(u.id), base).href, description: u.data.summary, date: u.data.date })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
