// robots.txt: crawl everything; the sitemap lists every page.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site-files.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ?? new URL('http://127.0.0.1/')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
