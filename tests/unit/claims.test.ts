// Every claim on the site is honest: its quote states each number it claims, and (where the
// seed papers are present, as in CI) the quote is in the paper at the cited line.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check.ts';
import { quoteAtLines } from '../../src/lib/figure-check.ts';
import { keysOf, quoteStates } from '../../src/lib/numbers-in-text.ts';
import { paperLines, SEEDS, seedsPresent } from './seeds.ts';

// Checked and typed by the content checker: each file read once.
const { content } = loadContent(process.cwd());
const sources = new Map(content.sources.map((e) => [e.id, e.data]));

/** Every collection whose entries carry claims. */
const withClaims = [
  ...content.pages,
  ...content.entitlements,
  ...content.levels,
  ...content.updates,
  ...content.areas,
  ...content.glossary,
  ...content.datasets,
];
const claims = withClaims.flatMap((entry) =>
  entry.data.claims.map((claim, i) => ({ name: `${entry.file} claims[${i + 1}]`, ...claim, source: claim.source.id })),
);
const fromPapers = claims.filter((c) => sources.get(c.source)?.type === 'paper');

describe('claims', () => {
  it('the site carries claims, most of them from the papers', () => {
    expect(claims.length).toBeGreaterThan(150);
    expect(fromPapers.length).toBeGreaterThan(150);
  });

  it.each(claims.filter((c) => c.quote).map((c) => [c.name, c] as const))('%s: the quote states every number it claims', (_, c) => {
    for (const says of c.says) for (const key of keysOf(says)) expect(quoteStates(c.quote ?? '', key), `"${says}" is not in "${c.quote}"`).toBe(true);
  });

  it('every claim from a paper has its lines and quote', () => {
    expect(fromPapers.filter((c) => !c.lines?.length || !c.quote).map((c) => c.name)).toEqual([]);
  });
});

let quoteChecksRun = 0;
describe.skipIf(!seedsPresent)('claims against the seed papers (../shared/seeds)', () => {
  it.each(fromPapers.map((c) => [c.name, c] as const))('%s: the quote is at the cited line', (_, c) => {
    quoteChecksRun++;
    const source = sources.get(c.source);
    const seedFile = source?.type === 'paper' ? source.seedFile : '';
    expect(quoteAtLines(paperLines(seedFile), c.lines ?? [], c.quote ?? ''), `"${c.quote}" is not at lines ${c.lines?.join(', ')} of ${seedFile}`).toBe(true);
  });
});

// The one-line notice when the papers are absent is in seeds-notice.ts; when they are here, skipping is a failure.
it.runIf(existsSync(SEEDS))('with the seed papers here, every claim quote was checked against its paper', () => {
  expect(quoteChecksRun).toBe(fromPapers.length);
});
