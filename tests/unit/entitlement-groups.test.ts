// Which entitlements a care leaver sees for an age and an area: every band edge, ages inclusive.
import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS,
  amountKind,
  appliesAtAge,
  appliesInArea,
  bandBySlug,
  filterStatus,
  fitsFilter,
  forAreaAndBand,
  groupByAge,
  groupByTopic,
  overlaps,
  type EntitlementAreas,
} from '../../src/lib/entitlement-groups.ts';
import { AGE_BANDS as ROUTE_BANDS } from '../../src/lib/routes.ts';

type Topic = Parameters<typeof amountKind>[0]['topic'];
const item = (title: string, ageFrom: number, ageTo: number, areas: EntitlementAreas = 'all', topic: Topic = 'support') => ({
  title,
  ageFrom,
  ageTo,
  areas,
  topic,
});
const band = (slug: string) => {
  const found = bandBySlug(slug);
  if (!found) throw new Error(`no band ${slug}`);
  return found;
};
const titles = (items: readonly { title: string }[]) => items.map((i) => i.title);

describe('age bands', () => {
  it('are the route table bands, one list', () => {
    expect(AGE_BANDS).toBe(ROUTE_BANDS);
    expect(AGE_BANDS.map((b) => [b.slug, b.from, b.to])).toEqual([
      ['16-to-17', 16, 17],
      ['18-to-20', 18, 20],
      ['21-to-25', 21, 25],
    ]);
    expect(bandBySlug('26-to-30')).toBeUndefined();
  });
});

describe('appliesAtAge: both ends inclusive', () => {
  const staying = item('Staying put', 18, 21);
  it.each([
    [16, false],
    [17, false],
    [18, true],
    [20, true],
    [21, true],
    [22, false],
    [25, false],
  ])('18 to 21 at age %i: %s', (age, expected) => {
    expect(appliesAtAge(staying, age)).toBe(expected);
  });
  it('16 to 25 applies at 16 and at 25', () => {
    expect(appliesAtAge(item('PA', 16, 25), 16)).toBe(true);
    expect(appliesAtAge(item('PA', 16, 25), 25)).toBe(true);
  });
});

describe('every band edge, both ends inclusive, in the build and in the browser filter', () => {
  // Each range starts or ends on a band edge (16, 18, 21, 25); the year past each end is out.
  const ranges: [number, number][] = [
    [16, 17],
    [16, 25],
    [18, 20],
    [18, 21],
    [21, 25],
    [25, 25],
  ];
  it.each(ranges)('%i to %i: in at both ends, out one year past each', (from, to) => {
    const range = item('Edge', from, to);
    const markup = { ageFrom: from, ageTo: to, areas: 'all' };
    for (const [age, expected] of [
      [from - 1, false],
      [from, true],
      [to, true],
      [to + 1, false],
    ] as const) {
      expect([age, appliesAtAge(range, age)]).toEqual([age, expected]);
      expect([age, fitsFilter(markup, age, null)]).toEqual([age, expected]);
    }
  });
});

describe('overlaps: an item is in a band when any of its ages is', () => {
  it.each([
    ['ends at 17', item('a', 16, 17), ['16-to-17']],
    ['starts at 18', item('b', 18, 25), ['18-to-20', '21-to-25']],
    ['ends at 20', item('c', 18, 20), ['18-to-20']],
    ['ends at 21', item('d', 18, 21), ['18-to-20', '21-to-25']],
    ['starts at 21', item('e', 21, 25), ['21-to-25']],
    ['only at 25', item('f', 25, 25), ['21-to-25']],
    ['only at 17', item('g', 17, 17), ['16-to-17']],
    ['17 to 18', item('h', 17, 18), ['16-to-17', '18-to-20']],
  ])('%s', (_, it_, expected) => {
    expect(AGE_BANDS.filter((b) => overlaps(it_, b)).map((b) => b.slug)).toEqual(expected);
  });
});

describe('appliesInArea', () => {
  it('"all" applies in every area; a list only in its own areas', () => {
    expect(appliesInArea('all', 'worcestershire')).toBe(true);
    expect(appliesInArea([{ id: 'shropshire' }], 'shropshire')).toBe(true);
    expect(appliesInArea([{ id: 'shropshire' }], 'worcestershire')).toBe(false);
    expect(appliesInArea([{ id: 'shropshire' }, { id: 'telford-wrekin' }], 'telford-wrekin')).toBe(true);
    expect(appliesInArea([], 'shropshire')).toBe(false);
  });
});

describe('forAreaAndBand', () => {
  const items = [
    item('National 16 to 25', 16, 25),
    item('Staying put', 18, 21, 'all', 'housing'),
    item('Shropshire lodgings', 18, 21, [{ id: 'shropshire' }], 'housing'),
    item('Worcestershire team', 16, 25, [{ id: 'worcestershire' }]),
    item('Shropshire under 18', 16, 17, [{ id: 'shropshire' }], 'money'),
  ];
  it('Shropshire 18 to 20: national and Shropshire items overlapping 18 to 20, none from Worcestershire', () => {
    expect(titles(forAreaAndBand(items, 'shropshire', band('18-to-20')))).toEqual(['National 16 to 25', 'Shropshire lodgings', 'Staying put']);
  });
  it('Shropshire 16 to 17: items ending at 17 are in, items starting at 18 are out', () => {
    expect(titles(forAreaAndBand(items, 'shropshire', band('16-to-17')))).toEqual(['National 16 to 25', 'Shropshire under 18']);
  });
  it('Shropshire 21 to 25: items ending at 21 are in (inclusive)', () => {
    expect(titles(forAreaAndBand(items, 'shropshire', band('21-to-25')))).toEqual(['National 16 to 25', 'Shropshire lodgings', 'Staying put']);
  });
  it('Worcestershire 18 to 20: its own items and national ones, no Shropshire ones', () => {
    expect(titles(forAreaAndBand(items, 'worcestershire', band('18-to-20')))).toEqual(['National 16 to 25', 'Worcestershire team', 'Staying put']);
  });
  it('an area with no local items gets only national ones', () => {
    expect(titles(forAreaAndBand(items, 'telford-wrekin', band('18-to-20')))).toEqual(['National 16 to 25', 'Staying put']);
  });
});

describe('grouping for the full list', () => {
  const items = [item('Zed', 16, 25, 'all', 'money'), item('Alpha', 18, 21, 'all', 'money'), item('Beta', 16, 17, 'all', 'support')];
  it('groupByTopic: topics in fixed order, titles A to Z, each item once', () => {
    expect(groupByTopic(items).map((g) => [g.topic, titles(g.items)])).toEqual([
      ['support', ['Beta']],
      ['money', ['Alpha', 'Zed']],
    ]);
  });
  it('groupByAge: an item in every band it overlaps, empty bands left out', () => {
    expect(groupByAge(items).map((g) => [g.band.slug, titles(g.items)])).toEqual([
      ['16-to-17', ['Beta', 'Zed']],
      ['18-to-20', ['Alpha', 'Zed']],
      ['21-to-25', ['Alpha', 'Zed']],
    ]);
    expect(groupByAge([item('Only 16', 16, 16)]).map((g) => g.band.slug)).toEqual(['16-to-17']);
  });
});

describe('the browser filter', () => {
  const shropOnly = { ageFrom: 16, ageTo: 25, areas: 'shropshire' };
  const twoAreas = { ageFrom: 18, ageTo: 21, areas: 'shropshire telford-wrekin' };
  const national = { ageFrom: 18, ageTo: 25, areas: 'all' };
  it('matches age (inclusive) and area from the markup', () => {
    expect(fitsFilter(shropOnly, 25, 'shropshire')).toBe(true);
    expect(fitsFilter(shropOnly, 18, 'worcestershire')).toBe(false);
    expect(fitsFilter(twoAreas, 21, 'telford-wrekin')).toBe(true);
    expect(fitsFilter(twoAreas, 22, 'telford-wrekin')).toBe(false);
    expect(fitsFilter(twoAreas, 17, null)).toBe(false);
    expect(fitsFilter(national, 18, 'worcestershire')).toBe(true);
    expect(fitsFilter(national, 17, 'worcestershire')).toBe(false);
    expect(fitsFilter(shropOnly, null, null)).toBe(true);
  });
  it('says what it shows', () => {
    expect(filterStatus(17, 18, 'Shropshire')).toBe('Showing 17 things you can get at 18 in Shropshire.');
    expect(filterStatus(1, 25, null)).toBe('Showing 1 thing you can get at 25.');
    expect(filterStatus(9, null, 'Telford & Wrekin')).toBe('Showing 9 things you can get in Telford & Wrekin.');
    expect(filterStatus(19, null, null)).toBe('Showing everything.');
  });
});

describe('amountKind', () => {
  it('shows an amount when known, "no amount" only for money, nothing otherwise', () => {
    expect(amountKind({ topic: 'money', amount: { pounds: 3000 } })).toBe('amount');
    expect(amountKind({ topic: 'education', amount: { pounds: 2000 } })).toBe('amount');
    expect(amountKind({ topic: 'money' })).toBe('unknown');
    expect(amountKind({ topic: 'rights' })).toBe('none');
    expect(amountKind({ topic: 'support' })).toBe('none');
  });
});
