// Every content page ends with "Report a problem with this page", linking where partnership.yaml says, as a plain link.
// Each page is read from the run's one load of it (page-facts.ts DESKTOP).
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check.ts';
import { partnership } from '../../src/lib/partnership.ts';
import { reportProblemHref } from '../../src/lib/report-problem.ts';
import { levelUrl, pageUrl, updateUrl } from '../../src/lib/routes.ts';
import { useSite } from './harness.ts';
import { DESKTOP } from './page-facts.ts';
import { visit } from './page-pass.ts';

const site = useSite();

/** Every published page, level of need and board update, with the title the link's report carries. */
const { content } = loadContent(process.cwd());
const contentPages = [
  ...content.pages.filter((e) => !e.data.draft).map((e) => ({ title: e.data.title, path: pageUrl(e.id) })),
  ...content.levels.filter((e) => !e.data.draft).map((e) => ({ title: e.data.title, path: levelUrl(e.data.level) })),
  ...content.updates.filter((e) => !e.data.draft).map((e) => ({ title: e.data.title, path: updateUrl(e.id) })),
];

const paths = contentPages.map((p) => p.path);

describe('report a problem', () => {
  it('there are content pages to check, including the report page itself', () => {
    expect(contentPages.length).toBeGreaterThan(30);
    expect(contentPages.map((p) => p.path)).toContain('/report-a-problem/');
  });

  it.each(contentPages)('$path ends with the link, to the configured route', async ({ title, path }) => {
    const { status, lastInMain, canonical } = await visit(site, DESKTOP, path, paths);
    expect(status).toBe(200);
    // With the site address set, the report names the page's full address (its canonical link); without, its path.
    expect(lastInMain).toEqual({
      tag: 'P',
      text: 'Report a problem with this page',
      href: reportProblemHref(partnership().reportProblem, { title, address: canonical ?? path }),
    });
  });
});
