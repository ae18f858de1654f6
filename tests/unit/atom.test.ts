// The Atom feed builder: exact bytes for a known input, escaping, and dates that come only from content.
import { describe, expect, it, vi } from 'vitest';
import { atomDate, atomFeed, escapeXml } from '../../src/lib/atom.ts';

const feed = {
  id: 'https://portal.example/recent-changes/',
  title: 'Recent changes',
  subtitle: 'Every change, newest first.',
  link: 'https://portal.example/recent-changes/',
  self: 'https://portal.example/recent-changes.xml',
  author: 'Portal team',
  updated: '2026-11-23',
  entries: [
    {
      id: 'tag:portal.example,2026-11-23:pages/early-help/1',
      title: 'Early help',
      link: 'https://portal.example/early-help/',
      summary: 'First published.',
      date: '2026-11-23',
    },
    {
      id: 'tag:portal.example,2026-10-01:levels/level-1/1',
      title: 'Level 1 & 2 <draft>',
      link: 'https://portal.example/levels-of-need/level-1/?a=1&b=2',
      summary: 'Said "universal".',
      date: '2026-10-01',
    },
  ],
};

describe('atomFeed', () => {
  it('atomFeed(feed) gives these exact bytes', () => {
    expect(atomFeed(feed)).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">\n' +
        '<id>https://portal.example/recent-changes/</id>\n' +
        '<title>Recent changes</title>\n' +
        '<subtitle>Every change, newest first.</subtitle>\n' +
        '<link rel="alternate" type="text/html" href="https://portal.example/recent-changes/"/>\n' +
        '<link rel="self" type="application/atom+xml" href="https://portal.example/recent-changes.xml"/>\n' +
        '<author><name>Portal team</name></author>\n' +
        '<updated>2026-11-23T00:00:00Z</updated>\n' +
        '<entry><id>tag:portal.example,2026-11-23:pages/early-help/1</id><title>Early help</title><link rel="alternate" type="text/html" href="https://portal.example/early-help/"/><updated>2026-11-23T00:00:00Z</updated><summary>First published.</summary></entry>\n' +
        '<entry><id>tag:portal.example,2026-10-01:levels/level-1/1</id><title>Level 1 &amp; 2 &lt;draft&gt;</title><link rel="alternate" type="text/html" href="https://portal.example/levels-of-need/level-1/?a=1&amp;b=2"/><updated>2026-10-01T00:00:00Z</updated><summary>Said &quot;universal&quot;.</summary></entry>\n' +
        '</feed>\n',
    );
  });

  it('atomFeed with no entries still has the required feed elements', () => {
    expect(atomFeed({ ...feed, entries: [] })).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">\n' +
        '<id>https://portal.example/recent-changes/</id>\n' +
        '<title>Recent changes</title>\n' +
        '<subtitle>Every change, newest first.</subtitle>\n' +
        '<link rel="alternate" type="text/html" href="https://portal.example/recent-changes/"/>\n' +
        '<link rel="self" type="application/atom+xml" href="https://portal.example/recent-changes.xml"/>\n' +
        '<author><name>Portal team</name></author>\n' +
        '<updated>2026-11-23T00:00:00Z</updated>\n' +
        '</feed>\n',
    );
  });

  it('atomFeed ignores the clock: same bytes in 2026 and in 2040', () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T09:00:00Z') });
    const first = atomFeed(feed);
    vi.setSystemTime(new Date('2040-01-01T00:00:00Z'));
    const second = atomFeed(feed);
    vi.useRealTimers();
    expect(second).toBe(first);
    expect(second).not.toContain('2040');
  });
});

describe('atomDate', () => {
  it('atomDate("2026-11-23") is midnight UTC', () => {
    expect(atomDate('2026-11-23')).toBe('2026-11-23T00:00:00Z');
  });
  it('atomDate refuses anything but YYYY-MM-DD', () => {
    expect(() => atomDate('23 November 2026')).toThrow('atomDate: "23 November 2026" is not a YYYY-MM-DD date');
  });
});

describe('escapeXml', () => {
  it('escapeXml escapes &, <, > and "', () => {
    expect(escapeXml('Tom & Jerry <say> "hi"')).toBe('Tom &amp; Jerry &lt;say&gt; &quot;hi&quot;');
  });
});
