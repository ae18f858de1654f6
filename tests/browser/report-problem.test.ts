// Every content page ends with "Report a problem with this page", linking where partnership.yaml says, as a plain link.
// Each page is read from the run's one load of it (page-facts.ts DESKTOP).
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/lib/content-check.ts';
import { partnership } from '../../src/lib/partnership.ts';
import { reportProblemHref } from '../../src/lib/report-problem.ts';
import { levelUrl, pageUrl, updateUrl } from '../../src/lib/routes.ts';
import { useSite } from './harness.ts';
import { DESKTOP } from './page-facts.ts';
import { visit } from './page-pass.ts';

const site = useSite();

/** Every published page, level of need and board update, with the title the link's report carries. */
const contentPages = loadAll(process.cwd())
  .entries.filter((entry) => ['pages', 'levels', 'updates'].includes(entry.collection) && !(entry.data as { draft?: boolean }).draft)
  .map((entry) => {
    const data = entry.data as { title: string; level: number };
    const path = entry.collection === 'levels' ? levelUrl(data.level) : entry.collection === 'updates' ? updateUrl(entry.id) : pageUrl(entry.id);
    return { title: data.title, path };
  });

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
    expect(lastInMain).toEqual({ tag: 'P', text: 'Report a problem with this page', href: reportProblemHref(partnership().reportProblem, { title, address: canonical ?? path }) });
  });
});
