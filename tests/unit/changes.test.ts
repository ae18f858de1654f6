// npm run changes tells a pull request reviewer, in plain words, what readers will see change.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLines, diffContent, formatChanges, gradeOf, type ContentVersion } from '../../src/lib/changes.ts';
import type { CollectionName } from '../../src/lib/collections.ts';
import type { LoadedEntry } from '../../src/lib/entry.ts';
import { READING_GRADE_LIMIT } from '../../src/lib/rules/reading-age.ts';

const projectRoot = process.cwd();

const page = (id: string, data: Record<string, unknown>, body = 'Some text.'): LoadedEntry => ({
  collection: 'pages',
  id,
  file: `src/content/pages/${id}.mdx`,
  data: { kind: 'guidance', audience: ['practitioners'], approved: '2026-11-23', reviewDue: '2027-05-23', ...data },
  fieldLines: new Map(),
  body,
  bodyLine: 12,
});
const item = (collection: CollectionName, id: string, data: Record<string, unknown>): LoadedEntry => ({
  collection,
  id,
  file: `src/content/${collection}/${id}.yaml`,
  data,
  fieldLines: new Map(),
});
const version = (...entries: LoadedEntry[]): ContentVersion => ({ entries });
/** The summary's lines, headings left out. */
const lines = (base: ContentVersion, head: ContentVersion) => changeLines(diffContent(base, head)).flatMap((section) => section.lines);

const EASY = 'You can get money. It helps you buy a bed. Ask your adviser.';
const HARD =
  'Financial assistance is available to eligible individuals establishing independent accommodation, subject to departmental discretion and verification procedures.';

describe('the diff of two versions', () => {
  it('names pages added and removed, with their addresses, and leaves drafts out', () => {
    const kept = page('early-help', { title: 'Early help' });
    const base = version(kept, page('old-advice', { title: 'Old advice' }), page('coming-soon', { title: 'Coming soon', draft: true }));
    const head = version(kept, page('new-advice', { title: 'New advice' }), page('coming-soon', { title: 'Coming soon', draft: true }));
    expect(lines(base, head)).toEqual(['Page added: New advice (/new-advice/)', 'Page removed: Old advice (/old-advice/)']);
  });

  it('counts a draft made public as added', () => {
    expect(lines(version(page('soon', { title: 'Soon', draft: true })), version(page('soon', { title: 'Soon' })))).toEqual(['Page added: Soon (/soon/)']);
  });

  it('names a retitled page by its old and new title', () => {
    expect(lines(version(page('early-help', { title: 'Early help' })), version(page('early-help', { title: 'Help before things get worse' })))).toEqual([
      'Page retitled: Early help → Help before things get worse (/early-help/)',
    ]);
  });

  it('says a page moved when the same title went from one address to another', () => {
    expect(lines(version(page('a/old', { title: 'Same page' })), version(page('b/new', { title: 'Same page' })))).toEqual([
      'Page moved: Same page /a/old/ → /b/new/',
    ]);
  });

  it('gives an entitlement amount change in pounds, on the page that lists it', () => {
    const allowance = (pounds: number) =>
      item('entitlements', 'setting-up-home-allowance', { title: 'Setting up home allowance', amount: { pounds, per: 'once', year: '2023' } });
    expect(lines(version(allowance(2000)), version(allowance(3000)))).toEqual([
      'Amount changed: Setting up home allowance £2,000 → £3,000 (/leaving-care/everything/)',
    ]);
    expect(lines(version(allowance(2000)), version(allowance(2000)))).toEqual([]);
  });

  it('gives review, approval and checked dates that moved, and new "What changed" notes', () => {
    const before = page('early-help', { title: 'Early help', reviewDue: '2027-05-23', changes: [{ date: '2026-11-23', summary: 'First published.' }] });
    const after = page('early-help', {
      title: 'Early help',
      reviewDue: '2027-11-23',
      approved: '2026-12-01',
      changes: [
        { date: '2026-12-01', summary: 'Adds the new phone number.' },
        { date: '2026-11-23', summary: 'First published.' },
      ],
    });
    expect(lines(version(before), version(after))).toEqual([
      'Approval date changed: Early help (/early-help/) 23 November 2026 → 1 December 2026',
      'Review date changed: Early help (/early-help/) 23 May 2027 → 23 November 2027',
      '“What changed” note added: Early help (/early-help/) 1 December 2026: Adds the new phone number.',
    ]);
  });

  it('gives a service whose details were checked again', () => {
    const service = (checkedOn: string) => item('services', 'childline', { name: 'Childline', checkedOn });
    expect(lines(version(service('2026-11-23')), version(service('2026-12-01')))).toEqual([
      'Date last checked changed: Childline 23 November 2026 → 1 December 2026',
    ]);
  });

  it('gives procedure steps added, removed and reordered, by title', () => {
    const steps = (...titles: string[]) => page('what-happens', { kind: 'procedure', title: 'What happens', steps: titles.map((title) => ({ title })) });
    expect(lines(version(steps('Notice', 'Talk', 'Refer')), version(steps('Talk', 'Notice', 'Refer', 'Hear back')))).toEqual([
      'Step added: What happens (/what-happens/) “Hear back”',
      'Steps reordered: What happens (/what-happens/) “Notice”, “Talk”, “Refer” → “Talk”, “Notice”, “Refer”',
    ]);
    expect(lines(version(steps('Notice', 'Talk', 'Refer')), version(steps('Notice', 'Refer')))).toEqual(['Step removed: What happens (/what-happens/) “Talk”']);
    expect(lines(version(steps('Notice', 'Talk')), version(steps('Notice', 'Talk')))).toEqual([]);
  });

  it('gives a family page whose reading grade moved by half a grade or more, and says when it crossed the limit', () => {
    const easy = gradeOf(page('x', {}, EASY)) ?? NaN;
    const hard = gradeOf(page('x', {}, HARD)) ?? NaN;
    expect(easy).toBeLessThanOrEqual(READING_GRADE_LIMIT);
    expect(hard).toBeGreaterThan(READING_GRADE_LIMIT);
    const family = (body: string) => page('money', { title: 'Money for your home', audience: ['young-people'] }, body);
    expect(lines(version(family(EASY)), version(family(HARD)))).toEqual([
      `Reading age harder: Money for your home (/money/) grade ${easy.toFixed(1)} → ${hard.toFixed(1)}, now above grade 6, the limit for families`,
    ]);
    expect(lines(version(family(HARD)), version(family(EASY)))).toEqual([
      `Reading age easier: Money for your home (/money/) grade ${hard.toFixed(1)} → ${easy.toFixed(1)}, now within grade 6, the limit for families`,
    ]);
  });

  it('writes a whole grade with its tenth, so 6 reads as 6.0', () => {
    const summary = diffContent(version(), version());
    const [section] = changeLines({ ...summary, readingAge: [{ title: 'Money', url: '/money/', from: 7.7, to: 6 }] });
    expect(section?.lines).toEqual(['Reading age easier: Money (/money/) grade 7.7 → 6.0']);
  });

  it('leaves out a reading-age move under half a grade, and pages not for families', () => {
    const a = 'You can get money. It helps you buy a bed.';
    const b = 'You can get money. It helps you buy a bed and chairs.';
    const family = (body: string) => page('money', { title: 'Money', audience: ['families'] }, body);
    const move = (gradeOf(family(b)) ?? NaN) - (gradeOf(family(a)) ?? NaN);
    expect(Math.abs(move)).toBeGreaterThan(0);
    expect(Math.abs(move)).toBeLessThan(0.5);
    expect(lines(version(family(a)), version(family(b)))).toEqual([]);
    const forPractitioners = (body: string) => page('money', { title: 'Money' }, body);
    expect(lines(version(forPractitioners(EASY)), version(forPractitioners(HARD)))).toEqual([]);
  });

  it('gives an acronym that is new and not in the glossary, and one whose glossary entry went', () => {
    const glossary = item('glossary', 'pa', { term: 'PA', expansion: 'Personal adviser' });
    const before = version(glossary, page('money', { title: 'Money' }, 'Ask your PA.'));
    expect(lines(before, version(glossary, page('money', { title: 'Money' }, 'Ask your PA or the LADO.')))).toEqual([
      'New acronym with no glossary entry: “LADO” on Money (/money/)',
    ]);
    expect(lines(before, version(page('money', { title: 'Money' }, 'Ask your PA.')))).toEqual(['New acronym with no glossary entry: “PA” on Money (/money/)']);
  });

  it('gives links that now go nowhere, to a removed page or a heading that went', () => {
    const target = (heading: string) => page('help', { title: 'Help' }, `## ${heading}\n\nText.`);
    const linking = page('money', { title: 'Money' }, 'See [help](/help/#who-to-call) and [the leaflet](/leaflet.pdf) and [GOV.UK](https://www.gov.uk/).');
    const base: ContentVersion = { entries: [target('Who to call'), linking], publicFiles: ['leaflet.pdf'] };
    expect(lines(base, { entries: [target('Who to call'), linking], publicFiles: ['leaflet.pdf'] })).toEqual([]);
    expect(lines(base, { entries: [target('Numbers'), linking], publicFiles: ['leaflet.pdf'] })).toEqual([
      'Link now broken: Money (/money/) links to /help/#who-to-call, a section that is not on that page',
    ]);
    expect(lines(base, { entries: [linking], publicFiles: [] })).toEqual([
      'Page removed: Help (/help/)',
      'Link now broken: Money (/money/) links to /help/#who-to-call, which is not a page on the site',
      'Link now broken: Money (/money/) links to /leaflet.pdf, which is not a page on the site',
    ]);
  });

  it('does not repeat a link that was already broken', () => {
    const linking = page('money', { title: 'Money' }, 'See [help](/nowhere/).');
    expect(lines(version(linking), version(linking))).toEqual([]);
  });

  it('says so when nothing readers see has changed', () => {
    const same = version(page('early-help', { title: 'Early help' }));
    expect(formatChanges(diffContent(same, same), 'main (abc1234) with the working tree')).toBe(
      '## What readers will see change\n\nCompared main (abc1234) with the working tree.\n\nNothing readers see has changed.\n',
    );
  });
});

// A real git repository with two commits of a small content tree, and the real script run against it.
describe('npm run changes on a fixture change', () => {
  let repo: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      stdio: 'pipe',
    });
  const front = (fields: string) => `---\n${fields.trim()}\nowner: Test owner\nareas: all\napproved: 2026-11-23\nsources: [children-act-1989]\n---\n`;
  const moneyPage = (reviewDue: string, body: string, changes = '') =>
    `${front(`kind: guidance\ntitle: Money for your first home\nsummary: "Money to set up a home."\naudience: [young-people]\nreviewDue: ${reviewDue}\n${changes}`)}\n${body}\n`;
  const procedure = (title: string, steps: string[]) =>
    `${front(
      `kind: procedure\ntitle: ${title}\nsummary: "Steps for practitioners."\naudience: [practitioners]\nreviewDue: 2027-05-23\nsteps:\n${steps
        .map(
          (step) => `  - title: ${step}\n    who: Any practitioner\n    when: Soon\n    action: Do it.\n    next: The next step.\n    describedInPapers: false`,
        )
        .join('\n')}`,
    )}\nIntro.\n`;
  const allowance = (pounds: number) =>
    `title: Setting up home allowance\nsummary: "Money for your first home."\naudience: [young-people]\nareas: all\nowner: Test owner\napproved: 2026-11-23\nreviewDue: 2027-05-23\nsources: [children-act-1989]\ndescription: Money for your first home.\nforWhom: Care leavers\nageFrom: 16\nageTo: 25\ntopic: money\nbasis: statutory-guidance\nlegalBasis: Statutory guidance\namount:\n  pounds: ${pounds}\n  per: once\n  year: "2023"\nhowToAsk: Ask your PA.\ncheckedOn: 2026-11-23\n`;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'portal-changes-test-'));
    git('init', '-q', '-b', 'main');
    write(
      'src/content/glossary.yaml',
      '- id: pa\n  term: PA\n  kind: acronym\n  expansion: Personal adviser\n  definition: Someone who helps you after care.\n',
    );
    write('src/content/pages/money.mdx', moneyPage('2027-05-23', `${EASY} Read [the old advice](/old-advice/).`));
    write(
      'src/content/pages/old-advice.mdx',
      `${front('kind: guidance\ntitle: Old advice\nsummary: "Old."\naudience: [practitioners]\nreviewDue: 2027-05-23')}\nOld text.\n`,
    );
    write('src/content/pages/after-a-referral.mdx', procedure('What happens after a referral', ['Notice a concern', 'Talk to your lead', 'Make a referral']));
    write('src/content/entitlements/setting-up-home-allowance.yaml', allowance(2000));
    write('public/leaflet.pdf', 'not really a PDF');
    git('add', '-A');
    git('commit', '-q', '-m', 'First version');

    write(
      'src/content/pages/money.mdx',
      moneyPage(
        '2027-11-23',
        `${HARD} Ask your PA or the LADO. Read [the old advice](/old-advice/) and [the leaflet](/leaflet.pdf).`,
        'changes:\n  - date: 2026-12-01\n    summary: Explains who checks the money.',
      ),
    );
    rmSync(join(repo, 'src/content/pages/old-advice.mdx'));
    write(
      'src/content/pages/staying-close.mdx',
      `${front('kind: guidance\ntitle: Staying close to your carers\nsummary: "Staying close."\naudience: [young-people]\nreviewDue: 2027-05-23')}\nYou can stay close.\n`,
    );
    write(
      'src/content/pages/after-a-referral.mdx',
      procedure('What happens after someone makes a referral', ['Talk to your lead', 'Notice a concern', 'Make a referral', 'Hear back within a day']),
    );
    write('src/content/entitlements/setting-up-home-allowance.yaml', allowance(3000));
    git('add', '-A');
    git('commit', '-q', '-m', 'Second version');
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  const changes = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'scripts/changes.ts'), ...args], { cwd: repo, encoding: 'utf8' });

  it('writes the summary of the second commit against the first', () => {
    const result = changes('--base', 'HEAD~1');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const easy = gradeOf(page('x', {}, `${EASY} Read the old advice.`)) ?? NaN;
    const hard = gradeOf(page('x', {}, `${HARD} Ask your PA or the LADO. Read the old advice and the leaflet.`)) ?? NaN;
    const commit = git('rev-parse', '--short=7', 'HEAD~1').toString().trim();
    expect(result.stdout.split('\n')).toEqual([
      '## What readers will see change',
      '',
      `Compared HEAD~1 (${commit}) with the working tree.`,
      '',
      '### Pages',
      '',
      '- Page added: Staying close to your carers (/staying-close/)',
      '- Page removed: Old advice (/old-advice/)',
      '- Page retitled: What happens after a referral → What happens after someone makes a referral (/after-a-referral/)',
      '',
      '### Amounts',
      '',
      '- Amount changed: Setting up home allowance £2,000 → £3,000 (/leaving-care/everything/)',
      '',
      '### Dates',
      '',
      '- Review date changed: Money for your first home (/money/) 23 May 2027 → 23 November 2027',
      '- “What changed” note added: Money for your first home (/money/) 1 December 2026: Explains who checks the money.',
      '',
      '### Procedure steps',
      '',
      '- Step added: What happens after someone makes a referral (/after-a-referral/) “Hear back within a day”',
      '- Steps reordered: What happens after someone makes a referral (/after-a-referral/) “Notice a concern”, “Talk to your lead”, “Make a referral” → “Talk to your lead”, “Notice a concern”, “Make a referral”',
      '',
      '### Reading age',
      '',
      `- Reading age harder: Money for your first home (/money/) grade ${easy.toFixed(1)} → ${hard.toFixed(1)}, now above grade 6, the limit for families`,
      '',
      '### Acronyms',
      '',
      '- New acronym with no glossary entry: “LADO” on Money for your first home (/money/)',
      '',
      '### Links',
      '',
      '- Link now broken: Money for your first home (/money/) links to /old-advice/, which is not a page on the site',
      '',
    ]);
  });

  it('compares two commits with --head, and finds nothing between a commit and itself', () => {
    const result = changes('--base', 'HEAD', '--head', 'HEAD');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('with HEAD (');
    expect(result.stdout).toContain('Nothing readers see has changed.');
    expect(changes('--base', 'HEAD~1', '--head', 'HEAD').stdout).toBe(
      changes('--base', 'HEAD~1').stdout.replace('with the working tree', `with HEAD (${git('rev-parse', '--short=7', 'HEAD').toString().trim()})`),
    );
  });

  it('sees an edit not yet committed', () => {
    write(
      'src/content/pages/staying-close.mdx',
      `${front('kind: guidance\ntitle: Staying near your carers\nsummary: "Staying close."\naudience: [young-people]\nreviewDue: 2027-05-23')}\nYou can stay close.\n`,
    );
    try {
      expect(changes('--base', 'HEAD').stdout).toContain('- Page retitled: Staying close to your carers → Staying near your carers (/staying-close/)');
    } finally {
      git('checkout', '--', 'src/content/pages/staying-close.mdx');
    }
  });

  it('refuses, in plain words, a ref git does not know or a missing --base', () => {
    const unknown = changes('--base', 'no-such-branch');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('"no-such-branch" is not a branch, tag or commit');
    const missing = changes();
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Say what to compare with: npm run changes -- --base main');
  });
});
