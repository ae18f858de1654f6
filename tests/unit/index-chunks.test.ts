// Splitting Pagefind's word index into small chunks (src/lib/search/index-chunks.ts), on made-up indexes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  INDEX_SIGNATURE,
  MAX_CHUNKS,
  chunkRanges,
  chunkWords,
  decodePagefindFile,
  encodePagefindFile,
  fileHash,
  groupWords,
  rechunkIndex,
  sharedStart,
  wordSize,
  type PackedWord,
} from '../../src/lib/search/index-chunks.ts';

/** A word on page 0 with `size - 1` positions, so that wordSize gives `size`. */
const word = (text: string, size = 1): PackedWord => [text, [[0, Array.from({ length: size - 1 }, (_, i) => i + 1), []]], []];
const texts = (chunks: PackedWord[][]) => chunks.map((c) => c.map((w) => w[0]));

describe('the size of a word, counted as Pagefind counts it', () => {
  it('is one per page plus one per position', () => {
    const w: PackedWord = [
      'help',
      [
        [0, [1, 2, 3], []],
        [4, [5], []],
      ],
      [],
    ];
    expect(wordSize(w)).toBe(6);
    expect(wordSize(['none', [], []])).toBe(0);
  });
});

describe('grouping words into chunks', () => {
  it('ends a chunk once it reaches the target, not before', () => {
    const words = [word('apple', 2), word('bean', 2), word('carrot', 2)];
    expect(texts(groupWords(words, 2))).toEqual([['apple'], ['bean'], ['carrot']]);
    expect(texts(groupWords(words, 3))).toEqual([['apple', 'bean'], ['carrot']]);
    expect(texts(groupWords(words, 4))).toEqual([['apple', 'bean'], ['carrot']]);
    expect(texts(groupWords(words, 5))).toEqual([['apple', 'bean', 'carrot']]);
    expect(groupWords([], 5)).toEqual([]);
  });

  it('keeps every longer form of a word in its chunk, so Pagefind can match them', () => {
    const words = [word('help', 5), word('helper'), word('helpline'), word('hold'), word('hole'), word('home')];
    // "hold" and "hole" share three letters, so they stay together too; "home" shares two.
    expect(texts(groupWords(words, 1))).toEqual([['help', 'helper', 'helpline'], ['hold', 'hole'], ['home']]);
    expect(texts(groupWords([word('exploit'), word('exploitation'), word('extra')], 1))).toEqual([['exploit', 'exploitation'], ['extra']]);
  });

  it('splits words that share one or two letters, except before a longer form of the word ("ca", "care")', () => {
    expect(texts(groupWords([word('c', 5), word('care'), word('cat')], 1))).toEqual([['c', 'care'], ['cat']]);
    expect(texts(groupWords([word('ca', 5), word('care')], 1))).toEqual([['ca', 'care']]);
    expect(texts(groupWords([word('cab', 5), word('cat')], 1))).toEqual([['cab'], ['cat']]);
    expect(texts(groupWords([word('car', 5), word('cart')], 1))).toEqual([['car', 'cart']]);
  });
});

describe('chunk bounds', () => {
  it('counts the characters two words share at the start', () => {
    expect(sharedStart('apple', 'apricot')).toBe(2);
    expect(sharedStart('cat', 'dog')).toBe(0);
    expect(sharedStart('£88', '£9')).toBe(1);
    expect(sharedStart('ab', 'abc')).toBe(2);
    expect(sharedStart('', 'a')).toBe(0);
  });

  it('part where neighbouring words part, so every word is inside its own chunk', () => {
    const top = '\u{10FFFF}';
    const chunks = [
      [word('apple'), word('apricot')],
      [word('banana'), word('bandage')],
      [word('bank'), word('zebra')],
    ];
    expect(chunkRanges(chunks)).toEqual([
      ['apple', `a${top}`],
      ['b', `band${top}`],
      ['bank', 'zebra'],
    ]);
    expect(chunkRanges([[word('only')]])).toEqual([['only', 'only']]);
    expect(chunkRanges([[word('£88')], [word('£9')]])).toEqual([
      ['£88', `£8${top}`],
      ['£9', '£9'],
    ]);
  });
});

describe('reading and writing Pagefind files', () => {
  it('writes the signature, then the content, and reads it back', () => {
    const value = ['1.6.0', [['en_1', 5, '']], [['a', 'z', 'en_2']]];
    const bytes = encodePagefindFile(value);
    expect(new TextDecoder().decode(bytes.subarray(0, INDEX_SIGNATURE.length))).toBe('pagefind_dcd');
    expect(decodePagefindFile(bytes, 'x')).toEqual(value);
  });

  it('stops the build when a file is not what Pagefind 1.6 writes, naming the file', () => {
    expect(() => decodePagefindFile(new TextEncoder().encode('{"json":true}'), 'index chunk en_1')).toThrow(
      'index chunk en_1 is not a Pagefind file (it does not start with "pagefind_dcd")',
    );
    const notAList = encodePagefindFile([]);
    notAList[INDEX_SIGNATURE.length] = 0x01; // the CBOR integer 1 instead of a list
    expect(() => decodePagefindFile(notAList, 'the index metadata')).toThrow('the index metadata is not a Pagefind file (its content is not a list)');
    expect(() => chunkWords([[word('a')], []], 'index chunk en_2')).toThrow('index chunk en_2 is not a Pagefind 1.6 index chunk');
    expect(() => chunkWords([[['a', 'not pages']]], 'index chunk en_3')).toThrow('index chunk en_3 is not a Pagefind 1.6 index chunk');
    expect(() => chunkWords([[['a', [[0, 'not positions']]]]], 'c')).toThrow('c is not a Pagefind 1.6 index chunk');
    expect(() => chunkWords([[[7, []]]], 'c')).toThrow('c is not a Pagefind 1.6 index chunk');
    expect(() => chunkWords(['words'], 'c')).toThrow('c is not a Pagefind 1.6 index chunk');
    expect(chunkWords([[word('a')]], 'c')).toEqual([word('a')]);
  });
});

describe('file names', () => {
  it('are the language and the start of a hash of the content, longer when the short one is taken', () => {
    const bytes = new TextEncoder().encode('words');
    const hex = createHash('sha256').update(bytes).digest('hex');
    expect(fileHash(bytes, 'en', 7, new Set())).toBe(`en_${hex.slice(0, 7)}`);
    expect(fileHash(bytes, 'cy', 10, new Set())).toBe(`cy_${hex.slice(0, 10)}`);
    expect(fileHash(bytes, 'en', 7, new Set([`en_${hex.slice(0, 7)}`]))).toBe(`en_${hex.slice(0, 8)}`);
    const all = new Set(Array.from({ length: hex.length + 1 }, (_, n) => `en_${hex.slice(0, n)}`));
    expect(() => fileHash(bytes, 'en', 7, all)).toThrow('two index chunks have the same content');
  });
});

describe('splitting a whole index', () => {
  const original = {
    en_a: [[word('apple', 3), word('apples'), word('bean', 3)]],
    en_b: [[word('carrot', 3), word('date', 3)]],
  };
  const meta = [
    '1.6.0',
    [['page1', 10, '']],
    [
      ['apple', 'bea', 'en_a'],
      ['c', 'date', 'en_b'],
    ],
    [['area', 'en_f']],
    [],
    ['title'],
  ];
  const read = (name: string) => encodePagefindFile(original[name as keyof typeof original]);

  it('regroups the words in order, renames the chunks by content and keeps the rest of the metadata', () => {
    const result = rechunkIndex(encodePagefindFile(meta), read, 'en', 3);
    expect(result.replaced).toEqual(['en_a', 'en_b']);
    const newMeta = decodePagefindFile(result.meta, 'meta');
    expect(newMeta.filter((_, i) => i !== 2)).toEqual(meta.filter((_, i) => i !== 2));
    const bounds = newMeta[2] as [string, string, string][];
    const top = '\u{10FFFF}';
    expect(bounds.map(([from, to]) => [from, to])).toEqual([
      ['apple', `a${top}`],
      ['b', `b${top}`],
      ['c', `c${top}`],
      ['d', 'date'],
    ]);
    expect([...result.chunks.keys()]).toEqual(bounds.map((b) => b[2]));
    const chunks = bounds.map(([, , name]) => chunkWords(decodePagefindFile(result.chunks.get(name)!, name), name));
    expect(texts(chunks)).toEqual([['apple', 'apples'], ['bean'], ['carrot'], ['date']]);
    expect(chunks.flat()).toEqual([...original.en_a[0]!, ...original.en_b[0]!]);
    for (const [name, bytes] of result.chunks) expect(name).toBe(fileHash(bytes, 'en', 7, new Set()));
  });

  it(`makes chunks larger rather than more than ${MAX_CHUNKS}, as each one costs every search a few bytes`, () => {
    // Three-letter words in order ("aaa", "aab" …): neighbours share at most two letters, so any may end a chunk.
    const letters = (i: number) => [676, 26, 1].map((d) => String.fromCharCode(97 + (Math.floor(i / d) % 26))).join('');
    const many = Array.from({ length: 2001 }, (_, i) => word(letters(i)));
    const result = rechunkIndex(encodePagefindFile(['1.6.0', [], [['w', 'w', 'en_m']]]), () => encodePagefindFile([many]), 'en', 1);
    // 2,001 positions over at most 1,000 chunks: at least 3 positions each, so 667 chunks.
    expect(result.chunks.size).toBe(667);
  });

  it('refuses metadata without a chunk list where Pagefind 1.6 puts it', () => {
    expect(() => rechunkIndex(encodePagefindFile(['1.6.0', [], 'chunks']), read, 'en')).toThrow(
      'the index metadata has no list of chunks where Pagefind 1.6 puts it',
    );
    expect(() => rechunkIndex(encodePagefindFile(['1.6.0', [], [['a', 'b']]]), read, 'en')).toThrow('no list of chunks');
    expect(() => rechunkIndex(encodePagefindFile(['1.6.0', [], [['a', 'b', 3]]]), read, 'en')).toThrow('no list of chunks');
  });
});
