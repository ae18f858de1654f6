// Every charted number is exact: its quote states it, and (where the seed papers
// are present, as in CI) the quote is in the paper at the cited line.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check.ts';
import { quoteAtLines, quoteStatesValue } from '../../src/lib/figure-check.ts';
import { paperLines, SEEDS, seedsPresent } from './seeds.ts';

// Checked and typed by the content checker: each file read once.
const { content } = loadContent(process.cwd());
const datasets = content.datasets;
const seedFiles = new Map(content.sources.flatMap((e) => (e.data.type === 'paper' ? [[e.id, e.data.seedFile] as const] : [])));

const evidence = datasets.flatMap(({ id, data }) =>
  data.series.flatMap((s) => [
    ...s.points.map((p) => ({ dataset: id, source: data.source.id, where: `${s.name} / ${p.label}`, ...p })),
    ...(s.total ? [{ dataset: id, source: data.source.id, where: `${s.name} / total`, ...s.total }] : []),
  ]),
);

describe('chart figures', () => {
  it('there are at least eight datasets with evidence', () => {
    expect(datasets.length).toBeGreaterThanOrEqual(8);
    expect(evidence.length).toBeGreaterThan(40);
  });

  it.each(evidence.map((e) => [`${e.dataset}: ${e.where}`, e] as const))('%s: the quote states the value', (_, e) => {
    expect(quoteStatesValue(e.quote, e.value), `${e.value} is not in "${e.quote}"`).toBe(true);
  });

  it('quoteStatesValue rejects a typo and a number inside a longer one', () => {
    expect(quoteStatesValue('622 children were looked after', 623)).toBe(false);
    expect(quoteStatesValue('1,622 children', 622)).toBe(false);
    expect(quoteStatesValue('1,622 children', 1622)).toBe(true);
    expect(quoteStatesValue('13.45% of assessments', 13.45)).toBe(true);
  });
});

let quoteChecksRun = 0;
describe.skipIf(!seedsPresent)('chart figures against the seed papers (../shared/seeds)', () => {
  it.each(evidence.map((e) => [`${e.dataset}: ${e.where}`, e] as const))('%s: the quote is at the cited line', (_, e) => {
    quoteChecksRun++;
    const seedFile = seedFiles.get(e.source);
    expect(seedFile, `source ${e.source} has no seedFile`).toBeTruthy();
    expect(quoteAtLines(paperLines(seedFile ?? ''), e.lines, e.quote), `"${e.quote}" is not at lines ${e.lines.join(', ')} of ${seedFile}`).toBe(true);
  });
});

// The one-line notice when the papers are absent is in seeds-notice.ts; when they are here, skipping is a failure.
it.runIf(existsSync(SEEDS))('with the seed papers here, every quote was checked against its paper', () => {
  expect(quoteChecksRun).toBeGreaterThan(0);
  expect(quoteChecksRun).toBe(evidence.length);
});
