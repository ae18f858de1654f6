// Search helpers: synonyms at index time, spelling help and URL state. Literal outputs.
import { describe, expect, it } from 'vitest';
import { pagefindFilters, readState, writeState } from '../../src/lib/search/query-state.ts';
import { closestWord, correctQuery, editDistance } from '../../src/lib/search/spelling.ts';
import { buildSynonymGroups, expansionsFor } from '../../src/lib/search/synonyms.ts';
import { countWords, mainText, vocabularyJson } from '../../src/lib/search/vocabulary.ts';

const groups = buildSynonymGroups(
  [
    { term: 'CSE', expansion: 'child sexual exploitation', aliases: [] },
    { term: 'PA', expansion: 'personal adviser', aliases: ['personal advisor'] },
  ],
  [{ terms: ['grooming', 'exploitation'] }],
);

describe('synonyms', () => {
  it('buildSynonymGroups(glossary, local) makes one group per entry', () => {
    expect(groups).toEqual([
      ['CSE', 'child sexual exploitation'],
      ['PA', 'personal adviser', 'personal advisor'],
      ['grooming', 'exploitation'],
    ]);
  });
  it('expansionsFor(text) adds the expansion to a page that uses the acronym, and the acronym to a page that spells it out', () => {
    expect(expansionsFor('Refer CSE concerns.', groups)).toEqual(['child sexual exploitation']);
    expect(expansionsFor('Ask your personal adviser.', groups)).toEqual(['PA', 'personal advisor']);
  });
  it('acronyms match case-sensitively and whole words only', () => {
    expect(expansionsFor('a papa and a spa', groups)).toEqual([]);
  });
  it('everyday words bring in the page words', () => {
    expect(expansionsFor('Signs of grooming', groups)).toEqual(['exploitation']);
  });
});

describe('spelling help', () => {
  const vocabulary = new Map([
    ['safeguarding', 40],
    ['exploitation', 30],
    ['threshold', 12],
    ['thresholds', 3],
    ['help', 90],
  ]);
  it('editDistance counts swaps as one edit', () => {
    expect(editDistance('safegaurding', 'safeguarding')).toBe(1);
    expect(editDistance('exploitaton', 'exploitation')).toBe(1);
    expect(editDistance('cat', 'dog')).toBe(3);
  });
  it('closestWord prefers fewer edits, then the more common word', () => {
    expect(closestWord('thresold', vocabulary)).toBe('threshold');
    expect(closestWord('help', vocabulary)).toBeNull();
    expect(closestWord('xyzzy', vocabulary)).toBeNull();
  });
  it('correctQuery fixes only the misspelt words', () => {
    expect(correctQuery('early hlep', vocabulary)).toBe('early help');
    expect(correctQuery('safegaurding thresold', vocabulary)).toBe('safeguarding threshold');
    expect(correctQuery('help', vocabulary)).toBeNull();
  });
});

describe('vocabulary', () => {
  it('mainText(html) reads only the main content', () => {
    expect(mainText('<header>Menu</header><main id="m"><h1>Early help</h1><svg><text>9</text></svg><p>For you &amp; me</p></main>')).toBe(
      'Early help For you & me',
    );
  });
  it('countWords and vocabularyJson give a sorted word list', () => {
    expect(vocabularyJson(countWords(['Help, help and more help', 'more']))).toBe('[["and",1],["help",3],["more",2]]');
  });
});

describe('search state in the URL', () => {
  it('round-trips the query and filters', () => {
    const state = readState('?q=early+help&area=Shropshire&kind=Guidance&kind=Procedure');
    expect(state).toEqual({ q: 'early help', filters: { area: ['Shropshire'], audience: [], kind: ['Guidance', 'Procedure'] } });
    expect(writeState(state)).toBe('?q=early+help&area=Shropshire&kind=Guidance&kind=Procedure');
  });
  it('an area filter also matches pages for all areas', () => {
    expect(pagefindFilters({ area: ['Shropshire'], audience: ['Families'], kind: [] })).toEqual({
      area: { any: ['Shropshire', 'All areas'] },
      audience: { any: ['Families'] },
    });
  });
});

describe('query words', () => {
  it('contentTerms drops words that carry no meaning', async () => {
    const { contentTerms } = await import('../../src/lib/search/query-terms.ts');
    expect(contentTerms('someone is grooming my son')).toEqual(['grooming', 'son']);
    expect(contentTerms('what is it')).toEqual(['what', 'is', 'it']);
  });
  it('mergeByCoverage ranks pages matching more words first, after the strict matches', async () => {
    const { mergeByCoverage } = await import('../../src/lib/search/query-terms.ts');
    const a = { id: 'a', score: 1 };
    const b = { id: 'b', score: 5 };
    const c = { id: 'c', score: 2 };
    expect(mergeByCoverage([a], [[a, b], [a, c], [c]]).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });
  it('preferTitleMatches orders by how well the title matches, keeping the order within each tier', async () => {
    const { preferTitleMatches, titleTier } = await import('../../src/lib/search/query-terms.ts');
    expect(titleTier('Early help: getting help early', 'early help')).toBe(0);
    expect(titleTier('Shropshire: front door, early help', 'early help')).toBe(1);
    expect(titleTier('Help early', 'early help')).toBe(2);
    expect(titleTier('Shropshire', 'early help')).toBe(3);
    const results = [
      { title: 'Shropshire: front door, early help' },
      { title: 'Early help for practitioners' },
      { title: 'Shropshire' },
      { title: 'Early help: getting help early' },
    ];
    expect(preferTitleMatches(results, 'early help').map((r) => r.title)).toEqual([
      'Early help for practitioners',
      'Early help: getting help early',
      'Shropshire: front door, early help',
      'Shropshire',
    ]);
  });
});

describe('A to Z', () => {
  it('byLetter groups titles by first letter, A to Z, numbers first', async () => {
    const { byLetter, letterUrl } = await import('../../src/lib/a-to-z.ts');
    const groups = byLetter([{ title: 'Leaving care' }, { title: 'early help' }, { title: 'Exploitation' }, { title: '999' }]);
    expect(groups.map((g) => [g.letter, g.pages.map((p) => p.title)])).toEqual([
      ['0-9', ['999']],
      ['E', ['early help', 'Exploitation']],
      ['L', ['Leaving care']],
    ]);
    expect(letterUrl('0-9')).toBe('/a-to-z/0-9/');
  });
});

describe('result files', () => {
  it('slimFragment keeps what a result shows and drops the page text and headings', async () => {
    const { slimFragment } = await import('../../src/lib/search/fragments.ts');
    const fragment = {
      url: '/early-help/',
      content: 'Early help is support for families. '.repeat(50),
      word_count: 300,
      filters: { kind: ['Guidance'] },
      meta: { title: 'Early help', summary: 'Help before things get worse.' },
      anchors: [{ element: 'h2', id: 'who', text: 'Who', location: 12 }],
    };
    expect(JSON.parse(slimFragment(`pagefind_dcd${JSON.stringify(fragment)}`).slice('pagefind_dcd'.length))).toEqual({ ...fragment, content: '', anchors: [] });
  });
  it('slimFragment stops the build on anything that is not a Pagefind fragment', async () => {
    const { slimFragment } = await import('../../src/lib/search/fragments.ts');
    expect(() => slimFragment('{"url":"/"}')).toThrow('not a Pagefind fragment (it does not start with "pagefind_dcd")');
    expect(() => slimFragment('pagefind_dcd{"url":"/","content":""}')).toThrow('not a Pagefind fragment (no url, content, meta or anchors)');
  });
});

describe('search filters without JavaScript', () => {
  it("lead to each area's page, the two doors and the lists of each kind, then the A to Z", async () => {
    const { AUDIENCE_LISTS, areaLinks, distinctLinks, kindLinks } = await import('../../src/lib/search/browse-links.ts');
    expect(areaLinks([{ name: 'North', page: 'areas/north' }])).toEqual([
      { label: 'North', href: '/areas/north/' },
      { label: 'Not sure which council: find your council', href: '/find-your-council/' },
    ]);
    expect(distinctLinks(Object.values(AUDIENCE_LISTS)).map((l) => l.href)).toEqual(['/families/', '/practitioners/']);
    expect(kindLinks().map((l) => l.href)).toEqual([
      '/practitioners/',
      '/leaving-care/everything/',
      '/levels-of-need/',
      '/facts-and-figures/',
      '/updates/',
      '/glossary/',
      '/a-to-z/',
    ]);
  });
});
