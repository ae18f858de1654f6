// The RSS builder: full links are permalinks; root-relative links (no site address yet) are marked not to be.
import { describe, expect, it } from 'vitest';
import { rssFeed } from '../../src/lib/rss.ts';

const feed = (link: string) =>
  rssFeed({ title: 'T', link: '/updates/', description: 'D', items: [{ title: 'A & B', link, description: 'S', date: '2022-09-01' }] });

describe('rssFeed', () => {
  it('a full link is its own guid', () => {
    expect(feed('https://portal.test.invalid/updates/a/')).toContain(
      '<link>https://portal.test.invalid/updates/a/</link><guid>https://portal.test.invalid/updates/a/</guid>',
    );
  });
  it('a path is a guid that is not a permalink', () => {
    expect(feed('/updates/a/')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title><link>/updates/</link><description>D</description><language>en-gb</language>' +
        '<item><title>A &amp; B</title><link>/updates/a/</link><guid isPermaLink="false">/updates/a/</guid><pubDate>Thu, 01 Sep 2022 00:00:00 GMT</pubDate><description>S</description></item></channel></rss>\n',
    );
  });
});
