// The partnership file: the real one is valid, a broken one gives one plain line per problem, and the content check catches it.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';
import { checkPartnership, loadPartnership, partnershipPath, siteAddress } from '../../src/lib/partnership.ts';

const root = process.cwd();
const BAD = 'tests/fixtures/partnership/bad';
const BAD_LINES = [
  `${BAD}/partnership.yaml: siteName: is missing — add the site name`,
  `${BAD}/partnership.yaml:4: siteUrl: "http://x" is not a full https address — write it in full, starting https://`,
  `${BAD}/partnership.yaml:9: reportProblem.kind: must be github (with repository) or email (with address) — or leave reportProblem out`,
  `${BAD}/partnership.yaml:12: quickExitt: is not a field this kind of page has — check the spelling or remove it`,
];

afterEach(() => {
  delete process.env.PORTAL_CONTENT;
});

describe('loadPartnership', () => {
  it('reads src/content/partnership.yaml: the site name, phase and exit, with no invented address or report route', () => {
    const p = loadPartnership(root);
    expect(p.siteName).toBe('Safeguarding Portal');
    expect(p.phase.tag).toBe('Beta');
    expect(p.quickExit).toBe('https://www.bbc.co.uk/weather');
    expect(p.siteUrl).toBeUndefined();
    expect(p.reportProblem).toBeUndefined();
  });

  it('honours PORTAL_CONTENT as the content folder', () => {
    process.env.PORTAL_CONTENT = 'tests/fixtures/partnership/github';
    expect(partnershipPath(root)).toBe(`${root}/tests/fixtures/partnership/github/partnership.yaml`);
    expect(loadPartnership(root).reportProblem).toEqual({
      kind: 'github',
      repository: 'https://github.com/test-owner/test-portal',
      template: 'report-a-problem.yml',
    });
  });

  it('a broken file throws one plain line per problem, naming the file and field', () => {
    process.env.PORTAL_CONTENT = BAD;
    expect(() => loadPartnership(root)).toThrow(BAD_LINES.join('\n'));
  });

  it('a missing file says so', () => {
    process.env.PORTAL_CONTENT = 'tests/fixtures/partnership/none';
    expect(checkPartnership(root).problems.map(formatProblem)).toEqual([
      'tests/fixtures/partnership/none/partnership.yaml: (the whole file): is missing — copy src/content/partnership.yaml from the portal and fill it in',
    ]);
  });

  it('npm run check:content fails on the broken file with the same lines', () => {
    process.env.PORTAL_CONTENT = BAD;
    const lines = checkContent(root, { today: '2026-12-01' }).problems.map(formatProblem);
    expect(lines).toEqual(expect.arrayContaining(BAD_LINES));
  }, 60_000);
});

describe('siteAddress', () => {
  it('SITE_URL wins, then siteUrl in partnership.yaml, else none', () => {
    expect(siteAddress({ SITE_URL: 'https://a.test.invalid' }, { siteUrl: 'https://b.test.invalid' })).toBe('https://a.test.invalid');
    expect(siteAddress({}, { siteUrl: 'https://b.test.invalid' })).toBe('https://b.test.invalid');
    expect(siteAddress({ SITE_URL: '' }, {})).toBeUndefined();
  });
});
