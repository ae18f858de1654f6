// Page history: git's log read into versions, one per day, each dated from and to, with what
// changed; old versions judged before the build so none can break it. Pure logic, plus one
// small real git repository to pin the log format the build reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { versionChanges } from '../../src/lib/changes.ts';
import type { LoadedEntry } from '../../src/lib/entry.ts';
import { gitLogArgs, parseGitLog, versionsOfFile, type Commit } from '../../src/lib/page-history/git-log.ts';
import { buildPageHistory, type CommittedVersion } from '../../src/lib/page-history/page-history.ts';
import { judgeOldVersion, readOldFields } from '../../src/lib/page-history/renderable.ts';
import { commitUrl, depthOf, historyNotice, lastOfEachDay, publishedDay, shortHash, titleWithin, withPeriods } from '../../src/lib/page-history/versions.ts';
import { historyUrl, isVersionUrl, versionUrl } from '../../src/lib/routes.ts';
import { duplicates } from '../../src/lib/rules/duplicates.ts';
import { parseEntries } from '../../src/lib/rules/index.ts';
import { buildSiteMap } from '../../src/lib/rules/site-map.ts';

const FIELDS = {
  kind: 'guidance',
  title: 'Getting help early',
  summary: 'What early help is.',
  audience: ['practitioners'],
  areas: 'all',
  owner: 'The board',
  approved: '2025-01-10',
  reviewDue: '2026-01-10',
  sources: ['children-act-1989'],
};

const page = (id: string, data: Record<string, unknown> = {}, body = 'Some text.\n'): LoadedEntry => ({
  collection: 'pages',
  id,
  file: `src/content/pages/${id}.mdx`,
  data: { ...FIELDS, ...data },
  fieldLines: new Map(),
  body,
  bodyLine: 12,
});
const parsed = (entry: LoadedEntry) => parseEntries([entry], new Set()).parsed[0]!;

/** Today's site: the page itself, one other page with a heading, and a leaflet. */
const site = buildSiteMap(parseEntries([page('early-help'), page('contact', { title: 'Contact' }, '## Who to call\n\nText.\n')], new Set()).parsed, [
  'leaflet.pdf',
]);
const ids = { services: new Set(['childline']), datasets: new Set(['timeliness']) };
const judge = (body: string, data: Record<string, unknown> = {}) => judgeOldVersion(parsed(page('early-help', data, body)), ids, site);

describe('reading git log', () => {
  const RS = '\x1e';
  const US = '\x1f';
  // As git writes it with -z: a header, then NUL-separated status and paths (two for a rename).
  const output = [
    `${RS}ccc${US}2025-06-15T09:00:00+01:00\0\nR087\0src/content/pages/old-name.mdx\0src/content/pages/new-name.mdx\0M\0src/content/pages/other.mdx\0`,
    `${RS}bbb${US}2025-03-01T10:00:00+00:00\0\nM\0src/content/pages/old-name.mdx\0`,
    `${RS}aaa${US}2025-01-10T10:00:00+00:00\0\nA\0src/content/pages/old-name.mdx\0A\0src/content/pages/other.mdx\0`,
  ].join('');
  const commits = parseGitLog(output);

  it('parses each commit, its time and what it did to each file', () => {
    expect(commits.map((c) => [c.hash, c.committed])).toEqual([
      ['ccc', '2025-06-15T09:00:00+01:00'],
      ['bbb', '2025-03-01T10:00:00+00:00'],
      ['aaa', '2025-01-10T10:00:00+00:00'],
    ]);
    expect(commits[0]?.changes).toEqual([
      { status: 'R', from: 'src/content/pages/old-name.mdx', path: 'src/content/pages/new-name.mdx' },
      { status: 'M', path: 'src/content/pages/other.mdx' },
    ]);
    expect(parseGitLog('')).toEqual([]);
  });

  it('follows a file back through its renames to the commit that added it', () => {
    expect(versionsOfFile(commits, 'src/content/pages/new-name.mdx')).toEqual([
      { commit: 'ccc', committed: '2025-06-15T09:00:00+01:00', path: 'src/content/pages/new-name.mdx' },
      { commit: 'bbb', committed: '2025-03-01T10:00:00+00:00', path: 'src/content/pages/old-name.mdx' },
      { commit: 'aaa', committed: '2025-01-10T10:00:00+00:00', path: 'src/content/pages/old-name.mdx' },
    ]);
    expect(versionsOfFile(commits, 'src/content/pages/other.mdx').map((v) => v.commit)).toEqual(['ccc', 'aaa']);
    expect(versionsOfFile(commits, 'src/content/pages/never-committed.mdx')).toEqual([]);
  });

  it('stops at a deletion: a file added again at that path starts a new history', () => {
    const log: Commit[] = [
      { hash: 'c3', committed: '2025-03-01T00:00:00Z', changes: [{ status: 'A', path: 'p.mdx' }] },
      { hash: 'c2', committed: '2025-02-01T00:00:00Z', changes: [{ status: 'D', path: 'p.mdx' }] },
      { hash: 'c1', committed: '2025-01-01T00:00:00Z', changes: [{ status: 'A', path: 'p.mdx' }] },
    ];
    expect(versionsOfFile(log, 'p.mdx').map((v) => v.commit)).toEqual(['c3']);
    expect(versionsOfFile(log.slice(1), 'p.mdx')).toEqual([]);
  });
});

describe('the real git log', () => {
  const repo = mkdtempSync(join(tmpdir(), 'portal-history-git-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (args: string[], date = '2025-01-10T10:00:00+00:00') => {
    const run = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout;
  };
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    writeFileSync(join(repo, file), text);
  };

  it('gives, along main, a merged rename on the day of the merge', () => {
    git(['init', '-q', '-b', 'main']);
    write('pages/a.mdx', 'first\nline two\nline three\n');
    git(['add', '.']);
    git(['commit', '-qm', 'add']);
    git(['checkout', '-qb', 'branch']);
    write('pages/a.mdx', 'first\nline two\nline three\nline four\n');
    git(['commit', '-qam', 'edit'], '2025-02-01T10:00:00+00:00');
    git(['mv', 'pages/a.mdx', 'pages/b.mdx']);
    git(['commit', '-qm', 'move'], '2025-02-02T10:00:00+00:00');
    git(['checkout', '-q', 'main']);
    git(['merge', '-q', '--no-ff', 'branch', '-m', 'merge'], '2025-03-01T10:00:00+00:00');
    const commits = parseGitLog(git(gitLogArgs('pages')));
    // The branch's own commits are not on main's first-parent line: only the merge, when it was published.
    expect(commits.map((c) => c.committed)).toEqual(['2025-03-01T10:00:00+00:00', '2025-01-10T10:00:00+00:00']);
    expect(commits[0]?.changes).toEqual([{ status: 'R', from: 'pages/a.mdx', path: 'pages/b.mdx' }]);
    expect(versionsOfFile(commits, 'pages/b.mdx').map((v) => v.path)).toEqual(['pages/b.mdx', 'pages/a.mdx']);
  });
});

describe('versions by day', () => {
  it('dates a change by the UK day it was made', () => {
    expect(publishedDay('2025-03-01T10:00:00+00:00')).toBe('2025-03-01');
    // 23:30 in New York on 28 February is 04:30 on 1 March in the UK.
    expect(publishedDay('2025-02-28T23:30:00-05:00')).toBe('2025-03-01');
    // 23:30 UTC on 30 June is 00:30 British Summer Time on 1 July.
    expect(publishedDay('2025-06-30T23:30:00+00:00')).toBe('2025-07-01');
    expect(() => publishedDay('soon')).toThrow('"soon" is not a date and time');
  });

  it('keeps the last version of each day', () => {
    const newestFirst = [
      { day: '2025-03-01', n: 4 },
      { day: '2025-03-01', n: 3 },
      { day: '2025-02-01', n: 2 },
      { day: '2025-01-10', n: 1 },
    ];
    expect(lastOfEachDay(newestFirst).map((v) => v.n)).toEqual([4, 2, 1]);
  });

  it('gives each version the period it stood, the current one open-ended', () => {
    const periods = withPeriods([{ day: '2025-06-15' }, { day: '2025-03-01' }, { day: '2025-01-10' }]);
    expect(periods).toEqual([
      { day: '2025-06-15', from: '2025-06-15' },
      { day: '2025-03-01', from: '2025-03-01', to: '2025-06-15' },
      { day: '2025-01-10', from: '2025-01-10', to: '2025-03-01' },
    ]);
  });
});

describe('how much history a build has', () => {
  it('tells a full clone from a shallow one and from no repository', () => {
    expect(depthOf('false\n')).toBe('full');
    expect(depthOf('true')).toBe('shallow');
    expect(depthOf(undefined)).toBe('none');
  });

  it('says so in one line when it cannot build old versions, and nothing when it can', () => {
    expect(historyNotice('shallow')).toBe(
      'Page history: shallow clone, only current versions shown — fetch full history (git fetch --unshallow) to build old versions',
    );
    expect(historyNotice('none')).toMatch(/^Page history: no git repository here, only current versions shown — /);
    expect(historyNotice('full')).toBeUndefined();
  });

  it('links a commit only when the partnership names its repository', () => {
    expect(commitUrl('https://github.com/example/portal/', 'abc1234def')).toBe('https://github.com/example/portal/commit/abc1234def');
    expect(commitUrl(undefined, 'abc1234def')).toBeUndefined();
    expect(shortHash('abc1234def567')).toBe('abc1234');
  });

  it('keeps titles to 70 characters', () => {
    expect(titleWithin('Page history: ', 'Early help')).toBe('Page history: Early help');
    const long = titleWithin('Old version (23 November 2026): ', 'Child sexual exploitation (CSE) pathway for practitioners');
    expect(long).toHaveLength(70);
    expect(long.endsWith('…')).toBe(true);
  });

  it('gives each published page a history address the content check knows, and keeps content out of it', () => {
    expect(site.routes.has(historyUrl('early-help'))).toBe(true);
    expect(site.routes.has(historyUrl('contact'))).toBe(true);
    const squatter = parsed(page('history/early-help', { title: 'A page in the wrong folder' }));
    expect(duplicates({ checked: [squatter], all: [squatter], site, today: '2025-01-10', ci: false }).map((p) => p.message)).toEqual([
      '/history/early-help/ is under /history/, where page histories live — move the file out of the history folder',
    ]);
  });

  it('builds every history address from the route table', () => {
    expect(historyUrl('early-help/for-practitioners')).toBe('/history/early-help/for-practitioners/');
    expect(versionUrl('early-help', '2025-03-01')).toBe('/history/early-help/2025-03-01/');
    expect(isVersionUrl(versionUrl('early-help', '2025-03-01'))).toBe(true);
    expect(isVersionUrl(historyUrl('early-help'))).toBe(false);
    expect(isVersionUrl('/early-help/2025-03-01/')).toBe(false);
  });
});

describe('an old version with today’s layout', () => {
  it('is shown when its fields fit today’s schema and its body uses today’s components', () => {
    const verdict = judge('Text with <Callout kind="important">a box</Callout> and <ContactCard service="childline" />.\n');
    expect(verdict).toEqual({
      shown: true,
      body: 'Text with <Callout kind="important">a box</Callout> and <ContactCard service="childline" />.\n',
      todaysData: true,
    });
    expect(judge('Plain words.\n')).toEqual({ shown: true, body: 'Plain words.\n', todaysData: false });
  });

  it('is listed, not shown, when it uses a component the site no longer has', () => {
    expect(judge('<OldWidget />\n')).toEqual({
      shown: false,
      why: 'it uses something the site no longer allows (<OldWidget> is not a component content may use)',
    });
  });

  it('is listed, not shown, when a component names something that has gone', () => {
    expect(judge('<ContactCard service="closed-helpline" />\n')).toEqual({
      shown: false,
      why: 'it shows <ContactCard service="closed-helpline">, which the site no longer has',
    });
    expect(judge('<DataExplainer id="old-chart" />\n')).toMatchObject({ shown: false, why: expect.stringContaining('<DataExplainer id="old-chart">') });
    expect(judge('<AreaChooser task="toString" />\n')).toMatchObject({ shown: false });
    expect(judge('<Callout kind="shouty">Hi</Callout>\n')).toMatchObject({ shown: false });
    expect(judge('<ContactCard />\n')).toMatchObject({ shown: false });
  });

  it('is listed, not shown, when its fields do not fit today’s schema or its body does not parse', () => {
    expect(judge('Text.\n', { steps: 'not a list' })).toMatchObject({ shown: false, why: expect.stringContaining('in a form today') });
    expect(judge('Text.\n', { kind: 'leaflet' })).toMatchObject({ shown: false });
    expect(readOldFields({ ...FIELDS, areas: ['an-area-since-merged'], sources: ['a-source-since-removed'] })).toMatchObject({
      areas: [{ id: 'an-area-since-merged' }],
    });
    expect(judge('<Callout>never closed\n')).toEqual({ shown: false, why: 'its text cannot be read by the site today' });
  });

  it('keeps the words of a link to a page that has gone, and makes other links absolute', () => {
    const verdict = judge(
      'See [the old leaflet page](/leaflets/), [who to call](/contact/#who-to-call), [a gone section](/contact/#gone) and [below](#nowhere).\n',
    );
    expect(verdict).toMatchObject({
      shown: true,
      body: 'See the old leaflet page, [who to call](/contact/#who-to-call), [a gone section](/contact/) and below.\n',
    });
    // Written for /early-help/, read at /history/early-help/<date>/: a relative link must not change its target.
    expect(judge('Read [contact](../contact/ "Who to call").\n')).toMatchObject({ body: 'Read [contact](/contact/ "Who to call").\n' });
    expect(judge('Read [the leaflet](/leaflet.pdf) or [GOV.UK](https://www.gov.uk/).\n')).toMatchObject({
      body: 'Read [the leaflet](/leaflet.pdf) or [GOV.UK](https://www.gov.uk/).\n',
    });
  });

  it('is listed, not shown, when it shows an image that has gone', () => {
    expect(judge('![A map](/images/old-map.png)\n')).toEqual({ shown: false, why: 'it shows the image /images/old-map.png, which is no longer on the site' });
  });
});

describe('what changed from one version to the next', () => {
  it('says first published for the first version', () => {
    expect(versionChanges(undefined, page('early-help'))).toEqual(['First published.']);
  });

  it('names the title, summary, dates, notes, sections and wording, without the page’s own name', () => {
    const before = page('early-help', {}, '## Who it is for\n\nFamilies.\n');
    const after = page(
      'early-help',
      {
        title: 'Help before things get worse',
        summary: 'What early help is, and how to ask.',
        reviewDue: '2026-03-01',
        changes: [{ date: '2025-03-01', summary: 'Says how to ask.' }],
      },
      '## Who it is for\n\nFamilies.\n\n## How to ask\n\nCall.\n',
    );
    expect(versionChanges(before, after)).toEqual([
      'Page retitled: Getting help early → Help before things get worse',
      'Summary changed: “What early help is, and how to ask.”',
      'Review date changed: 10 January 2026 → 1 March 2026',
      '“What changed” note added: 1 March 2025: Says how to ask.',
      'Section added: “How to ask”',
      'Wording changed.',
    ]);
  });

  it('names procedure steps added, removed and reordered', () => {
    const step = (title: string) => ({ title, who: 'A', when: 'B', action: 'C', next: 'D', describedInPapers: true });
    const procedure = (...titles: string[]) => page('p', { kind: 'procedure', steps: titles.map(step) });
    expect(versionChanges(procedure('Notice', 'Talk'), procedure('Talk', 'Notice', 'Refer'))).toEqual([
      'Step added: “Refer”',
      'Steps reordered: “Notice”, “Talk” → “Talk”, “Notice”',
    ]);
  });

  it('says when nothing a reader sees changed', () => {
    expect(versionChanges(page('a', {}, 'Text.\n'), page('a', {}, 'Text.\n\n'))).toEqual(['Nothing readers see changed (only how the file is written).']);
  });
});

describe('one page’s history', () => {
  const source = (words: string, data: Record<string, unknown> = {}) => ({
    source: `---\ntitle: x\n---\n${words}\n`,
    entry: page('early-help', data, `${words}\n`),
  });
  const committed = (commit: string, committedAt: string, words: string, data: Record<string, unknown> = {}): CommittedVersion => ({
    commit,
    committed: committedAt,
    ...source(words, data),
  });
  const history = (versions: CommittedVersion[], current = source('Third.')) =>
    buildPageHistory({ committed: versions, current, today: '2025-07-01', ids, site });

  it('lists each day’s last version, newest first, dated from and to, and writes the old ones to build', () => {
    const { records, files } = history([
      committed('c4', '2025-06-15T09:00:00+01:00', 'Third.'),
      committed('c3', '2025-03-01T18:00:00+00:00', 'Second, evening.'),
      committed('c2', '2025-03-01T09:00:00+00:00', 'Second, morning.'),
      committed('c1', '2025-01-10T10:00:00+00:00', 'First.'),
    ]);
    expect(records.map((r) => [r.commit, r.from, r.to, r.current, r.shown])).toEqual([
      ['c4', '2025-06-15', undefined, true, true],
      ['c3', '2025-03-01', '2025-06-15', false, true],
      ['c1', '2025-01-10', '2025-03-01', false, true],
    ]);
    expect(records.at(-1)?.changes).toEqual(['First published.']);
    expect(records[1]?.changes).toEqual(['Wording changed.']);
    expect(files).toEqual([
      { day: '2025-03-01', text: '---\ntitle: x\n---\nSecond, evening.\n' },
      { day: '2025-01-10', text: '---\ntitle: x\n---\nFirst.\n' },
    ]);
  });

  it('leaves out versions that were drafts: they were never published', () => {
    const { records } = history([committed('c2', '2025-03-01T10:00:00Z', 'Third.'), committed('c1', '2025-01-10T10:00:00Z', 'Draft.', { draft: true })]);
    expect(records.map((r) => r.commit)).toEqual(['c2']);
    expect(records[0]?.changes).toEqual(['First published.']);
  });

  it('makes changes not yet committed the current version, dated the build’s day', () => {
    const { records } = history([committed('c1', '2025-01-10T10:00:00Z', 'First.')], source('Edited here.'));
    expect(records.map((r) => [r.commit, r.from, r.to, r.current])).toEqual([
      [undefined, '2025-07-01', undefined, true],
      ['c1', '2025-01-10', '2025-07-01', false],
    ]);
  });

  it('lists an old version that cannot be shown, with the reason, and writes no file for it', () => {
    const { records, files } = history([committed('c2', '2025-03-01T10:00:00Z', 'Third.'), committed('c1', '2025-01-10T10:00:00Z', '<OldWidget />')]);
    expect(records[1]).toMatchObject({ shown: false, whyNotShown: expect.stringContaining('<OldWidget>') });
    expect(files).toEqual([]);
  });
});
