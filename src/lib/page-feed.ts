/**
 * Hands each page to the search index as Astro renders it, so indexing runs on the other core while
 * Astro builds, instead of after it (scripts/build.ts forwards the pages to scripts/check-then-index.ts).
 * Only when the build asks for it (PORTAL_PAGE_FEED=1 and an IPC channel to the build): a bare
 * `astro build` or `astro dev` is unchanged. It wraps Astro's own prerenderer (the `astro:build:start`
 * hook's setPrerenderer) and changes nothing it renders; the page sent is the body Astro writes.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** What the feed sends: a page at the path Astro rendered it (/early-help/), then, once, how many were sent. */
export type FeedMessage = { page: { path: string; html: string } } | { feedDone: number };

export function pageFeed(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'portal-page-feed',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        const send = process.send?.bind(process);
        if (env.PORTAL_PAGE_FEED !== '1' || !send) return;
        let sent = 0;
        setPrerenderer((astro: AstroPrerenderer): AstroPrerenderer => ({
          ...astro,
          name: 'portal-page-feed',
          async render(request, options) {
            const result = await astro.render(request, options);
            const response = result instanceof Response ? result : result.response;
            if (response.status === 200 && response.headers.get('content-type')?.includes('text/html') !== false) {
              const path = decodeURI(new URL(request.url).pathname);
              if (path.endsWith('/') || path.endsWith('.html')) {
                send({ page: { path, html: await response.clone().text() } } satisfies FeedMessage);
                sent++;
              }
            }
            return result;
          },
          async teardown() {
            await astro.teardown?.();
            send({ feedDone: sent } satisfies FeedMessage);
          },
        }));
      },
    },
  };
}
