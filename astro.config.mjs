// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { rehypeTableScroll } from './src/lib/rehype-table-scroll.ts';
import { rehypeTelLinks } from './src/lib/rehype-tel-links.ts';
import { remarkGlossaryAbbr } from './src/lib/remark-glossary-abbr.ts';
import { loadGlossaryTerms } from './src/lib/glossary-terms.ts';
import { collectionFiles } from './src/lib/collections.ts';
import { contentDir, outDir } from './src/lib/folders.ts';
import { loadPartnership, siteAddress } from './src/lib/partnership.ts';
import { pageFeed } from './src/lib/page-feed.ts';

// The unified pipeline is used (not Astro's default Sätteri) because the user chose
// remark-gfm and because our glossary plugin works on mdast. Figures are in the README.
const glossary = loadGlossaryTerms(collectionFiles().glossary.file);

// Another partnership's content (PORTAL_CONTENT) keeps its own content cache: a shared
// one would hold the other content's entries, under the same ids, between builds.
const content = contentDir();
const cacheDir = content === 'src/content' ? undefined : `./.astro/cache/${content.replace(/[^a-z0-9]+/gi, '-')}/`;

// The site address is one setting: SITE_URL (set by the deploy workflow), else siteUrl in
// partnership.yaml, else none — then pages, feeds and files use paths, never an invented host.
const site = siteAddress(process.env, loadPartnership());

/**
 * Says once per build that the address is missing, so nobody publishes without noticing.
 * @type {import('astro').AstroIntegration}
 */
const siteAddressNotice = {
  name: 'site-address',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (!site)
        logger.warn(
          `Site address not set: add siteUrl to ${content}/partnership.yaml (or SITE_URL) — canonical links, feeds and the sitemap will use paths only.`,
        );
    },
  },
};

export default defineConfig({
  ...(site ? { site } : {}),
  // PORTAL_OUT builds another partnership's site beside dist/, never over it.
  outDir: outDir(),
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  integrations: [mdx(), siteAddressNotice, pageFeed()],
  markdown: {
    // No code on this site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, [remarkGlossaryAbbr, { terms: glossary }]],
      rehypePlugins: [rehypeTableScroll, rehypeTelLinks],
    }),
  },
  devToolbar: { enabled: false },
  // A Content Security Policy on every page (as a <meta>; the same policy plus
  // frame-ancestors is sent as a header by public/_headers). Nothing but this site:
  // no inline script except Astro's hashed ones, and WebAssembly only for search.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'none'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      // Scripts as files, not inline: cached across pages, and the CSP needs no per-script hashes.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX file triggers this harmless notice; hide it so real warnings stay visible.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
