// Every broken file in tests/fixtures/corpus is refused with the exact line its manifest
// (expected.json) gives: the file, the line where known, the field or rule, and the fix.
// None may pass, and none may print a stack trace. The files are checked by checkFile,
// which shares its checks with npm run check:content; the last tests run that script itself.
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/lib/collections.ts';
import { checkFile, MAX_FILE_BYTES } from '../../src/lib/content-check.ts';
import { formatProblem, isWarning } from '../../src/lib/content-errors.ts';

const root = process.cwd();
const CORPUS = 'tests/fixtures/corpus';
/** Review dates are judged as of this day, so the corpus gives the same answer every day. */
const AS_OF = { today: '2026-11-23', ci: false };
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

interface Case {
  file: string;
  collection: CollectionName;
  expect: string;
}
const cases = JSON.parse(readFileSync(join(root, CORPUS, 'expected.json'), 'utf8')) as Case[];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** file[:line]: field-or-rule: message — the field is a name, a path like steps[2].title, or (the whole file). */
const lineShape = (file: string) =>
  new RegExp(`^${escape(file)}(?::\\d+)?: (?:\\(the whole file\\)|[A-Za-z][\\w-]*(?:\\[\\d+\\])*(?:\\.[A-Za-z][\\w-]*(?:\\[\\d+\\])*)*): \\S`);

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-corpus-'));
  temporary.push(dir);
  return dir;
};

describe('the bad-input corpus', () => {
  it('has at least 32 broken files, and the manifest lists each exactly once', () => {
    const onDisk = globSync('**/*.*', { cwd: join(root, CORPUS) }).filter((file) => file !== 'expected.json');
    expect(cases.length).toBeGreaterThanOrEqual(32);
    expect(cases.map((c) => c.file).sort()).toEqual(onDisk.sort());
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s is refused with its message', (_, c) => {
    const problems = checkFile(root, c.collection, join(root, CORPUS, c.file), AS_OF);
    const lines = problems.map(formatProblem);
    expect(problems.filter((problem) => !isWarning(problem)).length, 'the file was accepted').toBeGreaterThan(0);
    expect(lines).toContain(c.expect);
    for (const line of lines) {
      expect(line).toMatch(lineShape(`${CORPUS}/${c.file}`));
      expect(line).not.toMatch(STACK_TRACE);
    }
  });

  it(`refuses a file over ${MAX_FILE_BYTES / 1024} KB as too large, without reading it`, () => {
    const path = join(tempDir(), 'huge.mdx');
    const paragraph = 'Early help is support for your family when things start to get hard.\n\n';
    writeFileSync(path, `---\nkind: guidance\n---\n${paragraph.repeat(Math.ceil(2_200_000 / paragraph.length))}`);
    expect(checkFile(root, 'pages', path, AS_OF).map(formatProblem)).toEqual([
      `${relative(root, path)}: file-size: is too large (2.1 MB, over the 200 KB limit for one content file) — split it into smaller pages`,
    ]);
  });
});

describe('npm run check:content', () => {
  const check = (projectRoot: string, env: Record<string, string> = {}) => {
    const { CI: _ci, ...rest } = process.env;
    const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', projectRoot], {
      cwd: root,
      encoding: 'utf8',
      env: { ...rest, SOURCE_DATE_EPOCH: String(Date.parse('2026-11-23T00:00:00Z') / 1000), ...env },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  /** A project with the real sources, the real partnership file and only the given pages, so the output is exactly theirs. */
  const projectWith = (pages: Record<string, string>) => {
    const dir = tempDir();
    cpSync(join(root, 'src/content/sources'), join(dir, 'src/content/sources'), { recursive: true });
    cpSync(join(root, 'src/content/partnership.yaml'), join(dir, 'src/content/partnership.yaml'));
    mkdirSync(join(dir, 'src/content/pages'), { recursive: true });
    for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'src/content/pages', name), text);
    return dir;
  };
  const corpusFile = (file: string) => readFileSync(join(root, CORPUS, file), 'utf8');

  it('prints one line per problem and a count, and fails', () => {
    const vague = corpusFile('vague-link-text.mdx').replace('(/early-help/)', '(/search/)');
    const dir = projectWith({ 'vague.mdx': vague, 'script.mdx': corpusFile('script.mdx') });
    const { status, output } = check(dir);
    expect(status).toBe(1);
    expect(output).toBe(
      [
        'src/content/pages/script.mdx:14: mdx-safety: <script> is not allowed — content may not run scripts; remove it',
        'src/content/pages/vague.mdx:14: link-text: "click here" does not say where the link goes — use words that name the page',
        '',
        '2 content problems found. Fix the lines above, then run the build again.',
        '',
      ].join('\n'),
    );
  });

  it('prints warnings without failing, but fails on them in CI', () => {
    const page = corpusFile('vague-link-text.mdx')
      .replace('[click here](/early-help/)', 'read the guidance')
      .replace('reviewDue: 2027-05-23', 'reviewDue: 2026-12-03');
    const dir = projectWith({ 'due-soon.mdx': page });
    const warning =
      'src/content/pages/due-soon.mdx:9: review-due: reviewDue 2026-12-03 is in 10 days — check the page is still right, then set a new reviewDue and add a line to changes';
    const local = check(dir);
    expect(local.status).toBe(0);
    expect(local.output).toContain(`Warnings (these do not stop the build):\n${warning}\n`);
    // The project holds every source file and the one page.
    const entries = readdirSync(join(root, 'src/content/sources')).length + 1;
    expect(local.output).toContain(`Content check passed: ${entries} entries, no errors, 1 warning.`);
    const ci = check(dir, { CI: 'true' });
    expect(ci.status).toBe(1);
    expect(ci.output).toContain(`${warning}\n\n1 content problem found. Fix the lines above, then run the build again.`);
  });
});
