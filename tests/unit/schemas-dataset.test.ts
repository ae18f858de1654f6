// The dataset and claim schemas at their boundaries: exact paths and messages, as the content check reports them.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeClaimSchema, makeGivesSchema } from '../../src/lib/claim-schema.ts';
import { makeDatasetSchema } from '../../src/lib/dataset-schema.ts';
import type { RefFactory } from '../../src/lib/refs.ts';

// References are checked elsewhere (checkingRef); here any id is accepted.
const ref = ((collection: string) => z.string().transform((id) => ({ id, collection }))) as unknown as RefFactory;
// Built inside each test, not when the file loads, so a mutation run sees each schema being made.
const dataset = () => makeDatasetSchema(ref);
const claim = () => makeClaimSchema(ref);
const gives = () => makeGivesSchema();

const point = (value: unknown, extra: Record<string, unknown> = {}) => ({ label: 'Mar 2020', value, lines: [1], quote: 'the words', ...extra });
const base = {
  title: 'Children looked after',
  question: 'How many?',
  takeaway: 'Numbers rose.',
  unit: 'count',
  chart: 'bar',
  area: 'all',
  asAt: '2022-06-28',
  source: 'a-paper',
  series: [{ name: 'Children', points: [point(399), point(622)] }],
};
const issues = (schema: () => z.ZodType, data: unknown) =>
  schema()
    .safeParse(data)
    .error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('dataset schema', () => {
  it('accepts a dataset with asAt or a period, and needs one of them', () => {
    expect(issues(dataset, base)).toEqual([]);
    expect(issues(dataset, { ...base, asAt: undefined, period: { from: '2017/18', to: '2022-06' } })).toEqual([]);
    expect(issues(dataset, { ...base, asAt: undefined })).toEqual([['period', 'is missing — add period (from, to) or asAt']]);
  });
  it('names a missing or wrong period, value, unit and chart form', () => {
    expect(
      issues(dataset, {
        ...base,
        unit: 'kg',
        chart: 'pie',
        asAt: undefined,
        period: { to: 2022 },
        series: [{ name: 'n', points: [point(undefined), point('7')] }],
      }),
    ).toEqual([
      ['unit', '"kg" is not a unit — use one of count, percent, pounds'],
      ['chart', '"pie" is not a chart form — use one of line, bar, stacked-bar, small-multiples, unit, part-to-whole'],
      ['period.from', 'is missing — add the first period'],
      ['period.to', '2022 is not text — write the last period'],
      ['series.0.points.0.value', 'is missing — add the number'],
      ['series.0.points.1.value', '"7" is not a number — write digits only, e.g. 622'],
    ]);
    expect(issues(dataset, { ...base, asAt: '2022-6' })).toEqual([
      ['asAt', '"2022-6" is not a period — write a year (2018), a financial year (2017/18), a month (2022-06) or a day (2022-06-28)'],
    ]);
  });
  it('percentages from 0 to 100 inclusive', () => {
    expect(issues(dataset, { ...base, unit: 'percent', series: [{ name: 'n', points: [point(0), point(100)] }] })).toEqual([]);
    expect(issues(dataset, { ...base, unit: 'percent', series: [{ name: 'n', points: [point(-0.5), point(100.5)] }] })).toEqual([
      ['series.0.points.0.value', '-0.5 is not a percentage — percentages must be between 0 and 100'],
      ['series.0.points.1.value', '100.5 is not a percentage — percentages must be between 0 and 100'],
    ]);
    expect(issues(dataset, { ...base, series: [{ name: 'n', points: [point(-0.5), point(100.5)] }] })).toEqual([]);
  });
  it('a total must equal the sum of the points', () => {
    const total = (value: number) => ({ value, lines: [2], quote: 'in all' });
    expect(issues(dataset, { ...base, series: [{ name: 'n', points: [point(0.1), point(0.2)], total: total(0.3) }] })).toEqual([]);
    expect(
      issues(dataset, {
        ...base,
        series: [
          { name: 'a', points: [point(1)] },
          { name: 'b', points: [point(399), point(622)], total: total(1020) },
        ],
      }),
    ).toEqual([
      [
        'series.1.total.value',
        '1020 does not equal the sum of the parts (1021) — check each figure against the paper, or explain the gap in notes and remove total',
      ],
    ]);
  });
  it('text lengths: title 3 to 90, question to 160, takeaway to 240', () => {
    expect(issues(dataset, { ...base, title: 'abc', question: 'q'.repeat(160), takeaway: 't'.repeat(240) })).toEqual([]);
    expect(issues(dataset, { ...base, title: 'ab', question: 'q'.repeat(161), takeaway: 't'.repeat(241) }).map(([path]) => path)).toEqual([
      'title',
      'question',
      'takeaway',
    ]);
    expect(issues(dataset, { ...base, title: 't'.repeat(91) }).map(([path]) => path)).toEqual(['title']);
  });
  it('evidence: positive whole line numbers and a quote of three characters at least', () => {
    expect(
      issues(dataset, { ...base, series: [{ name: 'n', points: [point(1, { lines: [], quote: 'abc' }), point(2, { lines: 201, quote: 'ab' })] }] }),
    ).toEqual([
      ['series.0.points.0.lines', 'must be a list of line numbers, e.g. [201]'],
      ['series.0.points.1.lines', 'must be a list of line numbers, e.g. [201]'],
      ['series.0.points.1.quote', 'is missing — copy the words from the paper that state this number'],
    ]);
  });
});

describe('claim schema', () => {
  it('accepts a claim with lines and a quote, or where', () => {
    expect(issues(claim, { says: [16, '£3,000'], source: 'a-law', where: 'abc' })).toEqual([]);
    expect(issues(claim, { says: [16], source: 'a-paper', lines: [201], quote: 'aged 16' })).toEqual([]);
  });
  it('names what is wrong with each field', () => {
    expect(issues(claim, { says: '16', source: 'p', lines: 201, quote: 16, where: 23 })).toEqual([
      ['says', '"16" is not a list — write the numbers the page shows, e.g. says: [16, 25]'],
      ['lines', 'must be a list of line numbers in the paper, e.g. [201]'],
      ['quote', 'must be text — copy the few words of the source that state the number'],
      ['where', 'must be text — say where in the law or page the number is'],
    ]);
    expect(issues(claim, { says: [], source: 'p', quote: 'q'.repeat(301), where: 'w'.repeat(201) })).toEqual([
      ['says', 'is empty — list the numbers this claim covers, e.g. says: [16, 25]'],
      ['quote', 'is too long — quote only the few words that state the number (300 characters at most)'],
      ['where', 'is too long — name the section or paragraph in 200 characters or fewer'],
    ]);
    expect(issues(claim, { says: [''], source: 'p', quote: 'q'.repeat(300), where: 'w'.repeat(200) }).map(([path]) => path)).toEqual(['says.0']);
  });
  it('a source gives numbers with where they are', () => {
    expect(issues(gives, { says: ['1 October 2024'], where: 'section 23C(7)' })).toEqual([]);
    expect(issues(gives, { says: [] })).toEqual([
      ['says', 'is empty — list the numbers this source gives'],
      ['where', 'is missing — say where in the law or page the number is, e.g. section 23C(7)'],
    ]);
    expect(issues(gives, { says: [1], where: 'w'.repeat(201) })).toEqual([['where', 'is too long — name the section or paragraph in 200 characters or fewer']]);
  });
});
