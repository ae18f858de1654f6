/**
 * The build's content check and search index, in one process, so the content is read once and typed once
 * for both (scripts/build.ts starts it beside the page history and `astro build`):
 * 1. checks the content, prints what `npm run check:content` prints, and tells the build it passed
 *    ({ checked: true }) or exits 1;
 * 2. readies what the index needs from the content (synonyms, the English word list) and starts Pagefind;
 * 3. indexes each page as Astro renders it ({ page }, forwarded by the build from src/lib/page-feed.ts);
 * 4. when the build says Astro is done ({ built: true }), indexes any built page not fed, and writes the index.
 * PORTAL_CONTENT_CHECKED=1 (npm test has run the check as its own step) skips the rules, not the schemas.
 * Run by the build over an IPC channel; without one it checks, then indexes whatever is built.
 */
import { checkContent, loadContent } from '../src/lib/content-check.ts';
import { outDir } from '../src/lib/folders.ts';
import { reportCheck } from './lib/check-report.ts';
import type { FeedMessage } from '../src/lib/page-feed.ts';
import { SearchIndexBuilder, pageAddress, prepareSearchIndex } from './lib/search-index.ts';

const root = process.cwd();
const tell = (message: object) => process.send?.(message);

function checkedContent() {
  if (process.env.PORTAL_CONTENT_CHECKED === '1') {
    console.log('Content check: already passed in this npm test run.');
    const { content, problems } = loadContent(root);
    if (problems.length > 0) throw new Error(`The content has problems: run npm run check:content (first: ${problems[0]?.file})`);
    return content;
  }
  const result = checkContent(root);
  if (!reportCheck(result)) process.exit(1);
  return result.content;
}

const content = checkedContent();
// Pages arrive while Astro builds ({ page }), then { built: true } once it is done. The listener is set
// before anything is awaited: a message that arrives with no listener is lost.
const early: { path: string; html: string }[] = [];
const ready: { builder?: SearchIndexBuilder } = {};
const built = process.send
  ? new Promise<void>((resolve) =>
      process.on('message', (m: FeedMessage | { built?: boolean }) => {
        if ('page' in m) {
          if (ready.builder) ready.builder.addPage(pageAddress(m.page.path), m.page.html);
          else early.push(m.page);
        } else if ('built' in m && m.built) resolve();
      }),
    )
  : Promise.resolve();
const prepared = prepareSearchIndex(root, content);
const started = await SearchIndexBuilder.start(prepared);
for (const page of early.splice(0)) started.addPage(pageAddress(page.path), page.html);
ready.builder = started;
tell({ checked: true });
await built;
console.log(await started.finish(outDir()));
process.disconnect?.();
