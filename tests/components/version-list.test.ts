// A page's history as the reader sees it, rendered with Astro's Container API: the commit is a
// link only when the partnership names a repository, and a version that cannot be shown says why.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import OldVersionBanner from '../../src/components/OldVersionBanner.astro';
import VersionList from '../../src/components/VersionList.astro';
import type { PageVersion } from '../../src/data/history.ts';

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  (await (await AstroContainer.create()).renderToString(component, { props })).replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');

const versions: PageVersion[] = [
  {
    from: '2025-06-15',
    commit: 'c'.repeat(40),
    shortCommit: 'ccccccc',
    commitUrl: 'https://github.com/test-owner/test-portal/commit/' + 'c'.repeat(40),
    changes: ['Step added: “Refer”'],
    current: true,
    shown: true,
  },
  {
    from: '2025-03-01',
    to: '2025-06-15',
    commit: 'b'.repeat(40),
    shortCommit: 'bbbbbbb',
    changes: ['Wording changed.'],
    current: false,
    shown: true,
    url: '/history/p/2025-03-01/',
  },
  {
    from: '2025-01-10',
    to: '2025-03-01',
    commit: 'a'.repeat(40),
    shortCommit: 'aaaaaaa',
    changes: ['First published.'],
    current: false,
    shown: false,
    whyNotShown: 'it uses <OldWidget>',
  },
];

describe('the version list', () => {
  it('dates each version, says what changed, and links where it can be read', async () => {
    const html = await render(VersionList, { versions, current: '/p/' });
    expect([...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual([
      'Current version, since 15 June 2025',
      '1 March 2025 to 15 June 2025',
      '10 January 2025 to 1 March 2025',
    ]);
    expect(html).toContain('<a href="/p/">Read the current page</a>');
    expect(html).toContain('<a href="/history/p/2025-03-01/">Read the page as it stood from 1 March 2025</a>');
    expect(html).toContain("This version cannot be shown with today's layout: it uses &lt;OldWidget&gt;.");
  });

  it('links a commit only when a repository address is configured; otherwise shows its hash as text', async () => {
    const html = await render(VersionList, { versions, current: '/p/' });
    expect(html).toContain(`<a href="https://github.com/test-owner/test-portal/commit/${'c'.repeat(40)}">Commit ccccccc</a>`);
    expect(html).toContain('Commit <code>bbbbbbb</code>');
    expect(html.match(/\/commit\//g)).toHaveLength(1);
  });

  it('names changes not yet committed as such', async () => {
    const html = await render(VersionList, { versions: [{ from: '2025-07-01', changes: ['Wording changed.'], current: true, shown: true }], current: '/p/' });
    expect(html).toContain('Current version, not yet published');
    expect(html).not.toContain('Commit');
  });
});

describe('the old-version banner', () => {
  it('says when the version stood and links the current page and the history', async () => {
    const html = await render(OldVersionBanner, { from: '2025-01-10', to: '2025-03-01', current: '/p/', history: '/history/p/' });
    expect(html).toContain('<strong>This is an old version, from 10 January 2025 to 1 March 2025.</strong> <a href="/p/">Read the current page</a>');
    expect(html).toContain('<a href="/history/p/">See every version of this page</a>');
    expect(html).not.toContain("today's information");
    expect(await render(OldVersionBanner, { from: '2025-01-10', to: '2025-03-01', current: '/p/', history: '/history/p/', todaysData: true })).toContain(
      "drawn from today's information",
    );
  });
});
