// The made-up partnership (tests/fixtures/example-partnership) passes every content check as
// it stands, quotes its own made-up papers, and holds nothing of the real partnership: no name,
// no phone number outside Ofcom's drama range, no run of eight words from the real content.
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../src/lib/collections.ts';
import { checkContent, loadAll } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';
import { quoteAtLines } from '../../src/lib/figure-check.ts';
import { CONTENT_FILES } from '../../src/lib/folders.ts';
import { findPhoneNumbers } from '../../src/lib/phone-numbers.ts';
import { plainText } from '../../src/lib/readability.ts';
import { EXAMPLE, EXAMPLE_DAY, namesPattern, realNames } from '../example-partnership.ts';

const root = process.cwd();
// As CI checks it: there, a page due for review within 30 days is an error.
const { entries, content, problems, warnings } = checkContent(root, { contentDir: EXAMPLE, today: EXAMPLE_DAY, ci: true });

describe('the made-up partnership', () => {
  it('passes the content check, every rule, with no errors and no warnings', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([]);
  });

  it('has every collection the site is built from, each entry valid', () => {
    expect(COLLECTION_NAMES.filter((name) => content[name].length === 0)).toEqual([]);
    expect(COLLECTION_NAMES.reduce((n, name) => n + content[name].length, 0)).toBe(entries.length);
    expect(content.pages.some((p) => p.data.kind === 'procedure' && p.data.steps.some((s) => s.byArea))).toBe(true);
    expect(
      content.pages
        .filter((p) => p.data.kind === 'area')
        .map((p) => p.id)
        .sort(),
    ).toEqual(content.areas.map((a) => `areas/${a.id}`).sort());
  });

  it('reads its own list of numbers still to trace (untraced-numbers.yaml) from its own folder', () => {
    const copy = mkdtempSync(join(tmpdir(), 'portal-example-'));
    try {
      const dir = join(copy, 'content');
      cpSync(EXAMPLE, dir, { recursive: true });
      const page = join(dir, 'pages/about.mdx');
      writeFileSync(page, `${readFileSync(page, 'utf8')}\nThe site has 7 pages about Northvale.\n`);
      const untraced = checkContent(copy, { contentDir: 'content', today: EXAMPLE_DAY }).problems.map(formatProblem);
      expect(untraced).toEqual([expect.stringMatching(/^content\/pages\/about\.mdx:\d+: numbers-sourced: "7" is not traced to a source/)]);
      writeFileSync(join(dir, CONTENT_FILES.untraced), '"content/pages/about.mdx": ["7"]\n');
      const listed = checkContent(copy, { contentDir: 'content', today: EXAMPLE_DAY });
      expect(listed.problems).toEqual([]);
      expect(listed.warnings.map(formatProblem)).toEqual([expect.stringMatching(/^content\/untraced-numbers\.yaml: numbers-sourced: 1 numbers on 1 pages/)]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("quotes its made-up papers: each claim's and each chart value's words are at the lines it cites", () => {
    const papers = new Map(
      content.sources.flatMap((s) =>
        s.data.type === 'paper' ? [[s.id, readFileSync(join(EXAMPLE, 'papers', s.data.seedFile), 'utf8').split('\n')] as const] : [],
      ),
    );
    const quotes = [
      ...[...content.pages, ...content.entitlements, ...content.updates, ...content.areas, ...content.datasets].flatMap((e) =>
        e.data.claims.map((c, i) => ({ where: `${e.file} claims[${i + 1}]`, source: c.source.id, lines: c.lines ?? [], quote: c.quote ?? '' })),
      ),
      ...content.datasets.flatMap((d) =>
        d.data.series.flatMap((s) =>
          [...s.points, ...(s.total ? [s.total] : [])].map((p) => ({
            where: `${d.file} ${s.name} ${p.value}`,
            source: d.data.source.id,
            lines: p.lines,
            quote: p.quote,
          })),
        ),
      ),
    ];
    expect(quotes.length).toBeGreaterThan(10);
    const misquoted = quotes.filter((q) => !papers.has(q.source) || !quoteAtLines(papers.get(q.source) ?? [], q.lines, q.quote));
    expect(misquoted.map((q) => `${q.where}: "${q.quote}" is not at ${q.source} lines ${q.lines.join(', ')}`)).toEqual([]);
  });
});

/** Every file of the made-up partnership, as text, line by line: pages, data, papers and its README. */
const exampleFiles = globSync('**/*', { cwd: EXAMPLE, withFileTypes: true })
  .filter((f) => f.isFile())
  .map((f) => join(f.parentPath, f.name));
const exampleLines = exampleFiles.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ at: `${file}:${i + 1}`, text })),
);

// Ofcom keeps 01632 960000 to 960999 for drama: never given to anyone.
const DRAMA = /^01632[ \u00a0]?960[ \u00a0]?\d{3}$/;
/** Phone numbers in `text` outside the drama range, the bare short ones (999, 101, 111) included. */
const realNumbers = (text: string) => [
  ...new Set([
    ...findPhoneNumbers(text)
      .map((n) => n.text)
      .filter((n) => !DRAMA.test(n)),
    ...[...text.matchAll(/(?<![\w-])(?:999|101|111|112|116 ?\d{3})(?![\w-])/g)].map((m) => m[0]),
  ]),
];

/** Each sentence of `text` as lower-case words, punctuation gone: how two texts are compared. */
const sentences = (text: string) =>
  plainText(text)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[.!?;:]\s+|\n+/)
    .map((sentence) =>
      sentence
        .replace(/[^a-z0-9' ]+/g, ' ')
        .split(/\s+/)
        .filter(Boolean),
    )
    .filter((w) => w.length > 0);
const SHINGLE = 8;
/** Every run of eight words within a sentence, and every sentence of six words or more, of each text. */
const shingles = (texts: readonly string[]) =>
  new Set(
    texts
      .flatMap(sentences)
      .flatMap((w) => [
        ...(w.length >= 6 ? [w.join(' ')] : []),
        ...Array.from({ length: Math.max(0, w.length - SHINGLE + 1) }, (_, i) => w.slice(i, i + SHINGLE).join(' ')),
      ]),
  );
/** The text a reader sees in content: every string value (not the field names) and every body. */
const prose = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(prose)
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(prose)
        : [];
const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));
const proseOf = (dir: string) => [
  ...loadAll(root, dir).entries.flatMap((e) => [...prose(e.data), ...(e.body ? [e.body] : [])]),
  ...prose(readYaml(join(dir, CONTENT_FILES.partnership))),
  ...prose(readYaml(join(dir, CONTENT_FILES.synonyms))),
];

describe('nothing in the made-up partnership is real', () => {
  const names = realNames(root);
  const pattern = namesPattern(names);

  it('the checks below can fail: a real name, number or sentence is found', () => {
    expect(names).toEqual(expect.arrayContaining(['Shropshire', 'Telford & Wrekin', 'Worcestershire', 'West Mercia']));
    expect('Call Telford &amp; Wrekin Council'.match(pattern)).toHaveLength(1);
    expect('Northvale and Southvale'.match(pattern)).toBeNull();
    expect(realNumbers('Call 0800 1111, ring 999 or 01952 385385; not 01632 960300 or emergency-999').sort()).toEqual(['01952 385385', '0800 1111', '999']);
    const real = proseOf('src/content');
    const borrowed = shingles([...proseOf(EXAMPLE), real[real.length - 1] ?? '']);
    expect([...shingles(real)].some((s) => borrowed.has(s))).toBe(true);
  });

  it(`reads ${exampleFiles.length} files`, () => {
    expect(exampleFiles.length).toBeGreaterThan(40);
    expect(exampleFiles.some((f) => f.includes('/papers/'))).toBe(true);
  });

  it('names no real area, council, front door, board or place', () => {
    expect(exampleLines.flatMap(({ at, text }) => (text.match(pattern) ?? []).map((name) => `${at}: ${name}`))).toEqual([]);
  });

  it('gives no phone number outside 01632 960000 to 960999', () => {
    expect(exampleLines.flatMap(({ at, text }) => realNumbers(text).map((n) => `${at}: ${n}`))).toEqual([]);
    const numbers = content.services.flatMap((s) => s.data.contacts.flatMap((c) => (c.kind === 'phone' || c.kind === 'text' ? [c.number] : [])));
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers.filter((n) => !DRAMA.test(n))).toEqual([]);
  });

  it('shares no sentence, and no run of eight words, with the real content', () => {
    const real = shingles(proseOf('src/content'));
    expect(real.size).toBeGreaterThan(10_000);
    const mine = shingles([...proseOf(EXAMPLE), ...exampleFiles.filter((f) => f.endsWith('.txt')).map((f) => readFileSync(f, 'utf8'))]);
    expect(mine.size).toBeGreaterThan(500);
    expect([...mine].filter((s) => real.has(s))).toEqual([]);
  });
});
