// Site-wide files and the change log: exact output for known input, no clock, and the fixed routes kept in step with src/pages.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FIXED_PAGES,
  changeLog,
  changeId,
  datedDocument,
  lastModified,
  latestDate,
  oneYearAfter,
  pageAddress,
  robotsTxt,
  securityTxt,
  sitemapXml,
  stableId,
  webManifest,
  type DatedDocument,
} from '../../src/lib/site-files.ts';
import { FIXED_FILES } from '../../src/lib/routes.ts';

const site = new URL('https://portal.example');

describe('robotsTxt', () => {
  it('robotsTxt(site) allows everything and names the sitemap', () => {
    expect(robotsTxt(site)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://portal.example/sitemap.xml\n');
  });
  it('robotsTxt(undefined) names no sitemap: none is built without the site address', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('pageAddress', () => {
  it('uses the site address when set (so canonical links and feeds follow SITE_URL), else the path', () => {
    expect(pageAddress('/early-help/', new URL('https://portal.test.invalid'))).toBe('https://portal.test.invalid/early-help/');
    expect(pageAddress('/early-help/', undefined)).toBe('/early-help/');
  });
});

describe('sitemapXml', () => {
  it('sitemapXml(site, entries) sorts by address and leaves out lastmod where there is no content date', () => {
    expect(
      sitemapXml(site, [
        { path: '/updates/', lastmod: '2022-09-01' },
        { path: '/', lastmod: undefined },
        { path: '/early-help/', lastmod: '2026-11-23' },
      ]),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://portal.example/</loc></url>\n' +
        '<url><loc>https://portal.example/early-help/</loc><lastmod>2026-11-23</lastmod></url>\n' +
        '<url><loc>https://portal.example/updates/</loc><lastmod>2022-09-01</lastmod></url>\n' +
        '</urlset>\n',
    );
  });
  it('sitemapXml escapes & in addresses', () => {
    expect(sitemapXml(site, [{ path: '/search/?q=a&b' }])).toContain('<loc>https://portal.example/search/?q=a&amp;b</loc>');
  });
});

describe('oneYearAfter', () => {
  it('oneYearAfter("2026-11-23") is 2027-11-23', () => {
    expect(oneYearAfter('2026-11-23')).toBe('2027-11-23');
  });
  it('oneYearAfter("2028-02-29") is 2029-02-28, never more than a year', () => {
    expect(oneYearAfter('2028-02-29')).toBe('2029-02-28');
  });
});

describe('securityTxt', () => {
  it('with no report route set, Contact is the report a problem page; Expires is a year on; Canonical is itself', () => {
    expect(securityTxt(site, '2026-11-23', { siteName: 'Safeguarding Portal' })).toBe(
      '# How to report a security problem with the Safeguarding Portal (RFC 9116).\n' +
        '# No dedicated security contact is published yet: the report a problem page says how to tell us.\n' +
        'Contact: https://portal.example/report-a-problem/\n' +
        'Expires: 2027-11-23T00:00:00Z\n' +
        'Preferred-Languages: en\n' +
        'Canonical: https://portal.example/.well-known/security.txt\n',
    );
  });

  it("names the partnership's site, and sends security reports to its email or GitHub's private advisory form, never a public issue", () => {
    const email = securityTxt(site, '2026-11-23', { siteName: 'Example Vale Portal', reportProblem: { kind: 'email', address: 'web@example.org' } });
    expect(email).toContain('# How to report a security problem with the Example Vale Portal (RFC 9116).');
    expect(email).toContain('Contact: mailto:web@example.org\n');
    const github = securityTxt(site, '2026-11-23', {
      siteName: 'P',
      reportProblem: { kind: 'github', repository: 'https://github.com/o/r/', template: 'problem.yml' },
    });
    expect(github).toContain('Contact: https://github.com/o/r/security/advisories/new\n');
    expect(github).not.toContain('/issues/');
  });
});

describe('webManifest', () => {
  it("webManifest() gives this exact JSON, with the partnership's name and description", () => {
    expect(
      webManifest({
        siteName: 'Safeguarding Portal',
        description: 'Help and information about keeping children safe in Shropshire, Telford & Wrekin and Worcestershire.',
      }),
    ).toBe(`{
  "name": "Safeguarding Portal",
  "short_name": "Safeguarding",
  "description": "Help and information about keeping children safe in Shropshire, Telford & Wrekin and Worcestershire.",
  "lang": "en-GB",
  "dir": "ltr",
  "start_url": "/",
  "scope": "/",
  "display": "browser",
  "background_color": "#ffffff",
  "theme_color": "#1d4d6e"
}
`);
  });
});

describe('latestDate and lastModified', () => {
  it('latestDate picks the newest date, or undefined for none', () => {
    expect(latestDate(['2017-03-01', '2022-09-01', '2014-06-01'])).toBe('2022-09-01');
    expect(latestDate([])).toBeUndefined();
  });
  it('lastModified is the newest change, or the approval date when there are none', () => {
    expect(lastModified({ approved: '2026-11-23', changes: [{ date: '2027-01-10', summary: 'x' }] })).toBe('2027-01-10');
    expect(lastModified({ approved: '2026-11-23', changes: [] })).toBe('2026-11-23');
  });
});

describe('changeLog', () => {
  const documents: DatedDocument[] = [
    datedDocument('pages/early-help', '/early-help/', {
      title: 'Getting help early',
      approved: '2026-11-23',
      changes: [
        { date: '2027-02-01', summary: 'Added the Telford & Wrekin front door.' },
        { date: '2027-02-01', summary: 'Fixed a typing error.' },
        { date: '2026-11-23', summary: 'First published.' },
      ],
    }),
    datedDocument('levels/level-1', '/levels-of-need/level-1/', {
      title: 'Level 1: universal',
      approved: '2026-11-23',
      changes: [{ date: '2026-11-23', summary: 'First published.' }],
    }),
    datedDocument('entitlements/staying-put', '/leaving-care/', { title: 'Staying put', approved: '2026-11-23', changes: [] }),
  ];

  it('changeLog(documents) lists every change newest first, ties by title, newer same-day change first', () => {
    expect(changeLog(documents)).toEqual([
      {
        date: '2027-02-01',
        summary: 'Added the Telford & Wrekin front door.',
        title: 'Getting help early',
        url: '/early-help/',
        key: 'pages/early-help',
        sequence: 2,
      },
      { date: '2027-02-01', summary: 'Fixed a typing error.', title: 'Getting help early', url: '/early-help/', key: 'pages/early-help', sequence: 1 },
      { date: '2026-11-23', summary: 'First published.', title: 'Getting help early', url: '/early-help/', key: 'pages/early-help', sequence: 1 },
      { date: '2026-11-23', summary: 'First published.', title: 'Level 1: universal', url: '/levels-of-need/level-1/', key: 'levels/level-1', sequence: 1 },
    ]);
  });

  it('changeLog keeps old ids when a new change is added on the same day', () => {
    const [first] = documents;
    if (!first) throw new Error('fixture missing');
    const added = { ...first, changes: [{ date: '2027-02-01', summary: 'Another fix.' }, ...first.changes] };
    const ids = (docs: DatedDocument[]) => new Map(changeLog(docs).map((e) => [e.summary, changeId(e)]));
    const before = ids([first]);
    const after = ids([added]);
    expect(before.size).toBeGreaterThan(0);
    for (const [summary, id] of before) expect(after.get(summary)).toBe(id);
    expect(after.get('Another fix.')).toBe(changeId({ date: '2027-02-01', key: 'pages/early-help', sequence: 3 }));
  });

  it('changeId is a version 5 UUID URN that depends on the change, never on a host', () => {
    const id = changeId({ date: '2026-11-23', key: 'entitlements/staying-put', sequence: 1 });
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).toBe(stableId('entitlements/staying-put/2026-11-23/1'));
    expect(changeId({ date: '2026-11-23', key: 'entitlements/staying-put', sequence: 2 })).not.toBe(id);
  });

  it('stableId gives the same bytes every build (pinned)', () => {
    expect(stableId('recent-changes')).toBe('urn:uuid:17616d7f-44a0-5019-9a0e-7521af87b33a');
  });
});

/** Every file under src/pages, as a path relative to it with forward slashes. */
function pageFiles(): string[] {
  const pagesDir = join(process.cwd(), 'src/pages');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return walk(pagesDir).map((file) => relative(pagesDir, file).replace(/\\/g, '/'));
}

describe('FIXED_PAGES', () => {
  it('FIXED_PAGES lists every static .astro route in src/pages (so the sitemap misses none)', () => {
    const routes = pageFiles()
      .filter((file) => file.endsWith('.astro') && !file.includes('[') && file !== '404.astro')
      .map((file) => `/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'));
    expect(routes.sort()).toEqual([...FIXED_PAGES].sort());
  });

  it('FIXED_FILES lists every static endpoint in src/pages (feeds, sitemap, robots.txt, manifest)', () => {
    const endpoints = pageFiles()
      .filter((file) => file.endsWith('.ts') && !file.includes('['))
      .map((file) => `/${file.replace(/\.ts$/, '')}`);
    expect(endpoints.length).toBeGreaterThan(0);
    expect(endpoints.sort()).toEqual([...FIXED_FILES].sort());
  });
});
