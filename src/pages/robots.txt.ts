// robots.txt: crawl everything; the sitemap is named only when the site address is set (it is built only then).
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site-files.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
