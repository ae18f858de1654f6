// Search helpers at their edges: exact outputs for the cases the mutation run (tests/mutation/equivalents.md) showed untested.
import { describe, expect, it } from 'vitest';
import { AUDIENCE_LISTS, areaLinks, kindLinks } from '../../src/lib/search/browse-links.ts';
import { expandEntry, parseAffixes, shardFiles, shardOf } from '../../src/lib/search/english-words.ts';
import { FRAGMENT_SIGNATURE, slimFragment } from '../../src/lib/search/fragments.ts';
import { hasFilters, pagefindFilters, readState, writeState } from '../../src/lib/search/query-state.ts';
import { contentTerms, mergeByCoverage, preferTitleMatches, titleTier } from '../../src/lib/search/query-terms.ts';
import { arrange, isBareTerm, isEveryday } from '../../src/lib/search/ranking.ts';
import { allowedEdits, closestWord, editDistance, looksLikeAcronym } from '../../src/lib/search/spelling.ts';
import { buildSynonymGroups, relatedWordsText, termPattern, weightedExpansions } from '../../src/lib/search/synonyms.ts';
import { countWords, mainText, vocabularyJson } from '../../src/lib/search/vocabulary.ts';

describe('synonym groups', () => {
  it('drops empty expansions, missing aliases, short and repeated terms, and groups of one', () => {
    expect(buildSynonymGroups([{ term: 'CSE' }, { term: 'PA', aliases: [' personal adviser ', 'PA', 'x'] }], [{ terms: ['grooming'] }])).toEqual([
      ['PA', 'personal adviser'],
    ]);
  });
  it('termPattern matches whole words, acronyms by case, and escapes what is not a letter', () => {
    expect(termPattern('CSE').flags).toBe('u');
    expect(termPattern('grooming').flags).toBe('iu');
    expect(termPattern('Pledge').flags).toBe('iu');
    expect(termPattern('PA').test('Ask a PA.')).toBe(true);
    expect(termPattern('PA').test('ask a pa')).toBe(false);
    expect(termPattern('PA').test('PAS')).toBe(false);
    expect(termPattern('grooming').test('GROOMING!')).toBe(true);
    expect(termPattern('a.b').test('a.b')).toBe(true);
    expect(termPattern('a.b').test('axb')).toBe(false);
  });
});

describe('weightedExpansions counts what termPattern matches', () => {
  it('counts each use, caps at five, keeps the larger weight of two groups and sorts by term', () => {
    const groups = [
      ['zeta', 'CSE', 'child sexual exploitation'],
      ['alpha', 'grooming'],
      ['alpha', 'online harm'],
    ];
    expect(weightedExpansions('CSE, CSE and child sexual exploitation. Grooming grooming grooming. Online harm.', groups)).toEqual([
      { term: 'alpha', count: 3 },
      { term: 'zeta', count: 3 },
    ]);
    expect(weightedExpansions('CSE CSE CSE CSE CSE CSE CSE', groups)).toEqual([
      { term: 'child sexual exploitation', count: 5 },
      { term: 'zeta', count: 5 },
    ]);
    expect(weightedExpansions('CSE CSE CSE', groups, 2)).toEqual([
      { term: 'child sexual exploitation', count: 2 },
      { term: 'zeta', count: 2 },
    ]);
  });
  it('acronyms by case, words and phrases in any case but written as one phrase', () => {
    const groups = [
      ['PA', 'adviser'],
      ['CSE', 'exploitation'],
      ['the PA', 'helper'],
      ['Pledge', 'promise'],
      ['child sexual exploitation', 'cse pathway'],
      ['CSE team', 'exploitation team'],
    ];
    expect(weightedExpansions('pa cse the pa pledge', groups)).toEqual([
      { term: 'helper', count: 1 },
      { term: 'promise', count: 1 },
    ]);
    expect(weightedExpansions('Child, sexual exploitation and child sexual health, then child sexual', groups)).toEqual([{ term: 'CSE', count: 1 }]);
    expect(weightedExpansions('CHILD SEXUAL EXPLOITATION', groups)).toEqual([
      { term: 'CSE', count: 1 },
      { term: 'cse pathway', count: 1 },
    ]);
  });
  it('a term of capitals and words is not an acronym, so it matches in any case', () => {
    expect(weightedExpansions('the cse team', [['CSE team', 'exploitation team']])).toEqual([{ term: 'exploitation team', count: 1 }]);
  });
  it('terms that start or end with a sign are counted by the pattern, every time', () => {
    const groups = [
      ['C++', 'cpp'],
      ['.net', 'dotnet'],
    ];
    for (let round = 0; round < 2; round++) {
      expect(weightedExpansions('Learn C++ and c++ or .NET', groups)).toEqual([
        { term: 'cpp', count: 2 },
        { term: 'dotnet', count: 1 },
      ]);
    }
    expect(weightedExpansions('nothing here', groups)).toEqual([]);
  });
  it('relatedWordsText repeats each phrase by its weight', () => {
    expect(relatedWordsText([])).toBe('');
    expect(
      relatedWordsText([
        { term: 'a b', count: 2 },
        { term: 'c', count: 1 },
      ]),
    ).toBe('a b, a b, c');
  });
});

describe('vocabulary edges', () => {
  it('mainText is empty without <main>, and turns tags, scripts and entities into single spaces', () => {
    expect(mainText('<p>no main</p>')).toBe('');
    expect(mainText('<main>a<script>var x = 1;\nlet y</script>b<br>c don&#39;t&nbsp;d &amp; e</main>')).toBe("a b c don't d & e");
  });
  it('countWords keeps inner apostrophes and hyphens, trims trailing ones, and skips texts with no words', () => {
    expect([...countWords(['a b', "don't word-- word' self-care"])]).toEqual([
      ["don't", 1],
      ['word', 2],
      ['self-care', 1],
    ]);
    expect(
      vocabularyJson(
        new Map([
          ['b', 1],
          ['c', 3],
          ['a', 2],
        ]),
      ),
    ).toBe('[["a",2],["b",1],["c",3]]');
  });
});

describe('search filters without JavaScript: exact links', () => {
  it('names every list and door', () => {
    expect(kindLinks()).toEqual([
      { label: "Procedures, on the practitioners' page", href: '/practitioners/' },
      { label: 'Everything care leavers can get', href: '/leaving-care/everything/' },
      { label: 'Levels of need', href: '/levels-of-need/' },
      { label: 'Facts and figures', href: '/facts-and-figures/' },
      { label: 'Board updates', href: '/updates/' },
      { label: 'Glossary', href: '/glossary/' },
      { label: 'Every page, A to Z', href: '/a-to-z/' },
    ]);
    expect(AUDIENCE_LISTS).toEqual({
      families: { label: 'Families and young people', href: '/families/' },
      'young-people': { label: 'Families and young people', href: '/families/' },
      practitioners: { label: 'Practitioners', href: '/practitioners/' },
    });
    expect(areaLinks([])).toEqual([{ label: 'Not sure which council: find your council', href: '/find-your-council/' }]);
  });
});

describe('result files: what is not a fragment', () => {
  const good = { url: '/a/', content: 'text', meta: {}, filters: {}, anchors: [] };
  it.each([
    ['null', null],
    ['a url that is not text', { ...good, url: 1 }],
    ['no content', { ...good, content: undefined }],
    ['no meta', { ...good, meta: undefined }],
    ['anchors that are not a list', { ...good, anchors: {} }],
  ])('%s', (_name, value) => {
    expect(() => slimFragment(FRAGMENT_SIGNATURE + JSON.stringify(value))).toThrow(new Error('not a Pagefind fragment (no url, content, meta or anchors)'));
  });
});

describe('search state edges', () => {
  it('reads a missing query as empty and every facet', () => {
    expect(readState('?kind=guidance&audience=families')).toEqual({ q: '', filters: { area: [], audience: ['families'], kind: ['guidance'] } });
  });
  it('writes no empty query, and "?" only before something', () => {
    expect(writeState({ q: '', filters: { area: ['North'], audience: [], kind: [] } })).toBe('?area=North');
    expect(writeState({ q: 'help', filters: { area: [], audience: [], kind: [] } })).toBe('?q=help');
    expect(writeState({ q: '', filters: { area: [], audience: [], kind: [] } })).toBe('');
  });
  it('does not add "All areas" twice, and knows when a filter is on', () => {
    expect(pagefindFilters({ area: ['All areas'], audience: [], kind: [] })).toEqual({ area: { any: ['All areas'] } });
    expect(hasFilters({ q: 'x', filters: { area: [], audience: [], kind: [] } })).toBe(false);
    expect(hasFilters({ q: '', filters: { area: [], audience: [], kind: ['update'] } })).toBe(true);
    expect(hasFilters({ q: '', filters: { area: ['North'], audience: ['families'], kind: [] } })).toBe(true);
  });
});

describe('query words edges', () => {
  it('contentTerms of a query with no words is empty', () => {
    expect(contentTerms('?! …')).toEqual([]);
  });
  it('mergeByCoverage adds up the scores of each word and breaks ties on coverage by total score', () => {
    const merged = mergeByCoverage(
      [],
      [
        [
          { id: 'a', score: 1 },
          { id: 'b', score: 2 },
        ],
        [
          { id: 'a', score: 2 },
          { id: 'b', score: 0.5 },
          { id: 'c', score: 9 },
        ],
        [{ id: 'd', score: 1 }],
      ],
    );
    expect(merged.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(mergeByCoverage([], [[{ id: 'x', score: 1 }], [{ id: 'y', score: 3 }]]).map((m) => m.id)).toEqual(['y', 'x']);
  });
  it('titleTier trims, turns signs into single spaces, keeps numbers, and needs every word', () => {
    expect(titleTier(' Early help', 'early help')).toBe(0);
    expect(titleTier('Section 47 enquiries', 'section 47')).toBe(0);
    expect(titleTier('Early help: next steps', 'help next')).toBe(1);
    expect(titleTier('Early help/advice', 'help advice')).toBe(1);
    expect(titleTier('Early help', 'help grooming')).toBe(3);
    expect(titleTier('Session plan', 'plan sessions')).toBe(2);
  });
  it('preferTitleMatches keeps the order within a tier', () => {
    const results = [{ title: 'A' }, { title: 'B' }, { title: 'C' }, { title: 'grooming' }];
    expect(preferTitleMatches(results, 'grooming').map((r) => r.title)).toEqual(['grooming', 'A', 'B', 'C']);
    // A result without a title matches no query: it stays where Pagefind put it.
    expect(preferTitleMatches([{ title: 'Help' }, {}], 'here')).toEqual([{ title: 'Help' }, {}]);
  });
});

describe('ranking edges', () => {
  const ids = (...list: string[]) => list.map((id) => ({ id }));
  const groups = { help: new Set<string>(), reference: new Set(['g']) };
  it('a query with no words is neither everyday nor a bare term', () => {
    expect(isBareTerm('?')).toBe(false);
    expect(isEveryday('?')).toBe(false);
  });
  it('leaves a list of reference pages alone, and a bare word that is not an acronym', () => {
    expect(arrange(ids('g'), 'child sexual exploitation', { help: new Set(), reference: new Set(['g']) }).map((r) => r.id)).toEqual(['g']);
    expect(arrange(ids('a', 'b', 'c', 'd', 'g'), 'grooming', groups).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'g']);
  });
  it('a bare acronym typed with spaces around it still brings the glossary into the first three', () => {
    expect(arrange(ids('a', 'b', 'c', 'd', 'g'), ' CSE ', groups).map((r) => r.id)).toEqual(['a', 'b', 'g', 'c', 'd']);
  });
});

describe('spelling edges', () => {
  it('an acronym is capitals from start to end', () => {
    expect(looksLikeAcronym('xCSE')).toBe(false);
    expect(looksLikeAcronym('CSEx')).toBe(false);
    expect(looksLikeAcronym('CSEs')).toBe(true);
  });
  it('editDistance: lengths, empty words, swaps and early stops', () => {
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('ab', 'abcd')).toBe(2);
    expect(editDistance('a', 'abcd', 1)).toBe(2);
    expect(editDistance('ab', 'ca')).toBe(2);
    expect(editDistance('ab', 'bc')).toBe(2);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
  it('allowedEdits: one up to four letters, then two', () => {
    expect([allowedEdits('abc'), allowedEdits('abcd'), allowedEdits('abcde')]).toEqual([1, 1, 2]);
  });
  it('closestWord: three letters at least, fewer edits first, then the more frequent, then the first', () => {
    expect(closestWord('abd', new Map([['abc', 1]]))).toBe('abc');
    expect(closestWord('ab', new Map([['ac', 1]]))).toBeNull();
    expect(
      closestWord(
        'cax',
        new Map([
          ['cat', 5],
          ['cap', 1],
        ]),
      ),
    ).toBe('cat');
    expect(
      closestWord(
        'cax',
        new Map([
          ['cap', 1],
          ['cat', 5],
        ]),
      ),
    ).toBe('cat');
    expect(
      closestWord(
        'cax',
        new Map([
          ['cap', 1],
          ['cat', 1],
        ]),
      ),
    ).toBe('cap');
    expect(
      closestWord(
        'helps',
        new Map([
          ['hxlpx', 9],
          ['help', 1],
        ]),
      ),
    ).toBe('help');
    expect(
      closestWord(
        'helps',
        new Map([
          ['help', 1],
          ['hxlpx', 9],
        ]),
      ),
    ).toBe('help');
  });
});

describe('English word list edges', () => {
  it('parseAffixes reads only PFX and SFX lines, with any spacing, and a lone 0 as nothing', () => {
    const affixes = parseAffixes('TRY e s i\nSFX\nSFX A\nSFX A Y\n  SFX  B   N  2\nSFX B y 0 y\nSFX B 0 x0 .\nSFX B 0 s\nPFX C Y 1\nPFX C 0 0x .\n\n');
    expect([...affixes.keys()]).toEqual(['B', 'C']);
    expect(affixes.get('B')?.kind).toBe('SFX');
    expect(affixes.get('B')?.cross).toBe(false);
    expect(affixes.get('B')?.rules.map((r) => [r.strip, r.add, r.condition.source])).toEqual([
      ['y', '', 'y$'],
      ['', 'x0', '.$'],
      ['', 's', '.$'],
    ]);
    // Unicode mode, so a condition may name any letter.
    expect(affixes.get('B')?.rules.every((r) => r.condition.flags === 'u')).toBe(true);
    expect(affixes.get('C')?.rules.map((r) => [r.strip, r.add, r.condition.source])).toEqual([['', '0x', '^.']]);
  });
  it('expandEntry applies conditions and strips at the right end, skips unknown flags, and crosses only where allowed', () => {
    const affixes = parseAffixes(
      ['SFX D N 1', 'SFX D 0 ed [^e]', 'PFX H N 1', 'PFX H 0 re h', 'PFX P Y 1', 'PFX P ab x ab', 'SFX S Y 1', 'SFX S 0 s .', 'PFX U Y 1', 'PFX U 0 un .'].join(
        '\n',
      ),
    );
    expect(expandEntry('care/D', affixes)).toEqual(['care']);
    expect(expandEntry('happy/DHQ', affixes)).toEqual(['happy', 'happyed', 'rehappy']);
    expect(expandEntry('sad/H', affixes)).toEqual(['sad']);
    expect(expandEntry('abc/P', affixes)).toEqual(['abc', 'xc']);
    expect(expandEntry('cab/P', affixes)).toEqual(['cab']);
    expect(expandEntry('hop/HS', affixes)).toEqual(['hop', 'hops', 'rehop']);
    // Both cross: the prefix also goes on the suffixed form; a suffix that does not cross gets no prefix.
    expect(expandEntry('lock/SU', affixes)).toEqual(['lock', 'locks', 'unlock', 'unlocks']);
    expect(expandEntry('lock/DU', affixes)).toEqual(['lock', 'locked', 'unlock']);
  });
  it('shardOf is 32-bit FNV-1a, and each shard is sorted, one word a line', () => {
    expect(shardOf('', 2 ** 32)).toBe(0x811c9dc5);
    expect(shardOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(shardOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(shardFiles(['b', 'a'], 1)).toEqual(['a\nb']);
    expect(shardFiles([], 2)).toEqual(['', '']);
  });
});
