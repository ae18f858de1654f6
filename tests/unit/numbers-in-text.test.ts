import { describe, expect, it } from 'vitest';
import { dateKeys, keysOf, numbersIn, quoteStates, withoutDocumentParts } from '../../src/lib/numbers-in-text.ts';

const keys = (text: string) => numbersIn(text).map((t) => t.key);

describe('numbersIn', () => {
  it('reads a date as one token at the precision written', () => {
    expect(keys('from 1 October 2024')).toEqual(['2024-10-01']);
    expect(keys('in September 2017')).toEqual(['2017-09']);
    expect(keys('on 24th November 2017')).toEqual(['2017-11-24']);
    expect(keys('in 2014')).toEqual(['2014']);
  });
  it('gives each day of "17 and 24 November 2016" its month and year', () => {
    expect(keys('17 and 24 November 2016')).toEqual(['2016-11-17', '2016-11-24']);
  });
  it('reads grouped and decimal numbers whole, and a financial year as two', () => {
    expect(keys('£3,000 and 13.45% and 10,000')).toEqual(['3000', '13.45', '10000']);
    expect(keys('in 2017/18')).toEqual(['2017', '18']);
  });
  it('leaves out phone numbers, but keysOf keeps what a claim says', () => {
    expect(keys('Call 0808 800 5000 or 999 now; 72 children')).toEqual(['72']);
    expect(keysOf('999')).toEqual(['999']);
  });
  it('drops the numbers of parts of documents, not quantities beside them', () => {
    expect(keys(withoutDocumentParts('section 23C(5A) and regulations 2 and 3 give £2,000'))).toEqual(['2000']);
    expect(keys(withoutDocumentParts('step 5 within 72 hours'))).toEqual(['72']);
  });
});

describe('quoteStates', () => {
  it('accepts a date at the same precision or finer, never coarser', () => {
    expect(quoteStates('in early September 2017 in Shrewsbury', '2017-09')).toBe(true);
    expect(quoteStates('on 1st September 2017', '2017-09')).toBe(true);
    expect(quoteStates('in September 2017', '2017-09-01')).toBe(false);
    expect(quoteStates('in September 2017', '2017')).toBe(true);
  });
  it('does not find a number inside a longer one', () => {
    expect(quoteStates('1,622 children', '622')).toBe(false);
    expect(quoteStates('622 children', '623')).toBe(false);
  });
  it('dateKeys gives each coarser precision', () => {
    expect(dateKeys('2017-11-29')).toEqual(['2017', '2017-11', '2017-11-29']);
    expect(dateKeys('2014')).toEqual(['2014']);
  });
});

describe('the numbers-sourced rule', async () => {
  const { numbersSourced } = await import('../../src/lib/rules/numbers-sourced.ts');
  const { parseMdx } = await import('../../src/lib/rules/parse-mdx.ts');
  const paper = {
    collection: 'sources',
    id: 'p',
    file: 'p.yaml',
    fieldLines: new Map(),
    valid: true,
    data: { type: 'paper', date: '2017-11-29', year: 2017, title: 'Paper', seedFile: 'x.txt' },
  } as const;
  const page = (body: string, claims: unknown[] = []) => ({
    collection: 'pages',
    id: 'a',
    file: 'a.mdx',
    fieldLines: new Map(),
    valid: true,
    body,
    tree: parseMdx(body, 1).tree,
    data: { kind: 'guidance', title: 'T', summary: 'S', sources: ['p'], claims },
  });
  const run = (entry: ReturnType<typeof page>, allowed?: Map<string, string[]>) =>
    numbersSourced({
      checked: [entry as never],
      all: [entry as never, paper as never],
      site: null as never,
      today: '2026-12-01',
      ci: true,
      untracedAllowed: allowed,
    });

  it('fails an untraced number and passes a claimed one', () => {
    expect(run(page('There were 417 carers.')).map((p) => p.message)[0]).toContain('"417" is not traced');
    expect(run(page('There were 417 carers.', [{ says: [417], source: 'p', lines: [3], quote: '417 foster carers' }]))).toEqual([]);
  });
  it("takes the cited paper's own date, but not a day the paper does not give", () => {
    expect(run(page('The paper of 29 November 2017 and November 2017.'))).toEqual([]);
    expect(run(page('On 1 November 2017.')).length).toBe(1);
  });
  it('makes a listed old number one warning, and a new one still an error', () => {
    const listed = run(page('There were 417 carers and 12 panels.'), new Map([['a.mdx', ['417']]]));
    expect(listed.filter((p) => p.severity !== 'warning').map((p) => p.message)).toEqual([expect.stringContaining('"12" is not traced')]);
    expect(listed.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual([expect.stringContaining('1 numbers on 1 pages')]);
  });
});
