/**
 * The built site's reader pages: the one walker of the output folder, shared by the build steps
 * (search index, headers), the benchmarks and the browser tests, so all of them agree on what a page is.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CMS_PATH } from './cms-local.ts';

export interface BuiltPage {
  /** The file on disk. */
  file: string;
  /** Its address: /early-help/ for early-help/index.html, /404.html for 404.html. */
  path: string;
}

/**
 * Folders that hold no reader pages: Pagefind's index, Astro's assets, the spelling word list, and
 * the editor for board staff (Decap CMS's page, with its own policy, tested by tests/browser/cms.test.ts).
 */
export const NOT_READER_PAGES = ['/pagefind/', '/_astro/', '/search-words/', CMS_PATH] as const;

/** Every reader page under `site`, sorted by address. */
export function builtPages(site: string): BuiltPage[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && item.name.endsWith('.html'))
    .map((item) => {
      const file = join(item.parentPath, item.name);
      const rel = `/${relative(site, file).split('\\').join('/')}`;
      return { file, path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel };
    })
    .filter((page) => !NOT_READER_PAGES.some((folder) => page.path.startsWith(folder)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
