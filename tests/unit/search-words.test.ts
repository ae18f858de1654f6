// Issue 14: spelling help only for words that are not words, and help before jargon.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishWords, expandEntry, parseAffixes, shardFiles, shardOf, SHARDS } from '../../src/lib/search/english-words.ts';
import { arrange, isBareTerm, isEveryday } from '../../src/lib/search/ranking.ts';
import { correctQuery, looksLikeAcronym } from '../../src/lib/search/spelling.ts';

const AFF = 'SFX S Y 2\nSFX S 0 s [^sxzhy]\nSFX S y ies [^aeiou]y\nPFX U Y 1\nPFX U 0 un .\n';

describe('English word list', () => {
  it('expands a stem with its suffix and prefix rules, and both together', () => {
    const affixes = parseAffixes(AFF);
    expect(expandEntry('happy/U', affixes).sort()).toEqual(['happy', 'unhappy']);
    expect(expandEntry('party/S', affixes).sort()).toEqual(['parties', 'party']);
    expect(expandEntry('lock/SU', affixes).sort()).toEqual(['lock', 'locks', 'unlock', 'unlocks']);
  });

  const real = englishWords(readFileSync('node_modules/dictionary-en-gb/index.aff', 'utf8'), readFileSync('node_modules/dictionary-en-gb/index.dic', 'utf8'));
  it.each(['sexting', 'bullying', 'universal', 'credit', 'grooming', 'colour', 'organisations', 'teenagers', 'nudes', 'vaping', "don't", 'dont'])(
    'knows the real word %s',
    (word) => {
      expect(real.has(word)).toBe(true);
    },
  );
  it.each(['hlep', 'exploitaton', 'thresold', 'bursery', 'socail'])('does not know the misspelling %s', (word) => {
    expect(real.has(word)).toBe(false);
  });

  it('puts each word in the shard the browser will fetch for it', () => {
    const files = shardFiles(['help', 'early', 'sexting']);
    expect(files).toHaveLength(SHARDS);
    for (const word of ['help', 'early', 'sexting']) expect(files[shardOf(word)]?.split('\n')).toContain(word);
  });
});

describe('spelling help', () => {
  it('leaves acronyms and names typed in capitals or with digits alone', () => {
    expect(looksLikeAcronym('CEOP')).toBe(true);
    expect(looksLikeAcronym('s47')).toBe(true);
    expect(looksLikeAcronym('ceop')).toBe(false);
  });
  it('corrects only the words it is told are not words', () => {
    const vocabulary = new Map([
      ['help', 9],
      ['setting', 3],
      ['early', 5],
    ]);
    expect(correctQuery('early hlep', vocabulary, new Set(['hlep']))).toBe('early help');
    expect(correctQuery('sexting help', vocabulary, new Set())).toBeNull();
  });
});

describe('help before jargon', () => {
  const groups = { help: new Set(['family']), reference: new Set(['glossary']) };
  const r = (...ids: string[]) => ids.map((id) => ({ id }));
  it('knows everyday words from terms', () => {
    expect(isEveryday('my son is being groomed')).toBe(true);
    expect(isEveryday('strategy discussion')).toBe(false);
    // "Parenting" is also a term (corporate parenting, parenting assessment): it says nothing about who is asking.
    expect(isEveryday('corporate parenting panel')).toBe(false);
    expect(isEveryday('help for parents')).toBe(true);
    expect(isBareTerm('DSL')).toBe(true);
  });
  it('everyday queries put help pages first', () => {
    expect(arrange(r('report', 'family'), 'my son is being groomed', groups).map((x) => x.id)).toEqual(['family', 'report']);
    expect(arrange(r('report', 'family'), 'strategy discussion', groups).map((x) => x.id)).toEqual(['report', 'family']);
  });
  it('the glossary is never first unless the query is a bare term, and a bare acronym has it in the first three', () => {
    expect(arrange(r('glossary', 'procedure'), 'make a referral', groups).map((x) => x.id)).toEqual(['procedure', 'glossary']);
    expect(arrange(r('glossary', 'procedure'), 'LAC', groups).map((x) => x.id)).toEqual(['glossary', 'procedure']);
    expect(arrange(r('a', 'b', 'c', 'd', 'glossary'), 'DSL', groups).map((x) => x.id)).toEqual(['a', 'b', 'glossary', 'c', 'd']);
  });
});
