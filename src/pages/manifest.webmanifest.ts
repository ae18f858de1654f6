// The web app manifest: name, colours and language for browsers that read it.
import type { APIRoute } from 'astro';
import { partnership } from '../lib/partnership.ts';
import { webManifest } from '../lib/site-files.ts';

export const GET: APIRoute = () => new Response(webManifest(partnership()), { headers: { 'Content-Type': 'application/manifest+json' } });
