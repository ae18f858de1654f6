// RFC 9116 security.txt. Expires is computed from the build date (SOURCE_DATE_EPOCH when set), so it cannot live in public/.
import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/build-date.ts';
import { securityTxt } from '../../lib/site-files.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(securityTxt(site ?? new URL('http://127.0.0.1/'), buildDate()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
