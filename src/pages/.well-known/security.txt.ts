// RFC 9116 security.txt. Expires is computed from the build date (SOURCE_DATE_EPOCH when set), so it cannot live in public/.
// Its Contact and Canonical must be full addresses, so it is built only when the site address is set.
import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/build-date.ts';
import { partnership } from '../../lib/partnership.ts';
import { notBuilt, securityTxt } from '../../lib/site-files.ts';

export const GET: APIRoute = ({ site }) =>
  site ? new Response(securityTxt(site, buildDate(), partnership()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }) : notBuilt();
