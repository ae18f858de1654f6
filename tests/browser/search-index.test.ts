// The built site's word index, split into small chunks (src/lib/search/index-chunks.ts), finds exactly
// what the whole index finds: every relevance query is run by Pagefind against the real split index and
// against the same index put back into one chunk, and the results must be the same pages in the same order.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/lib/search/english-words.ts';
import { MIN_STEM, chunkWords, decodePagefindFile, rechunkPagefindFolder, type ChunkBounds } from '../../src/lib/search/index-chunks.ts';
import { openSite, pagefindUrls, useSite, type Site } from './harness.ts';

const split = useSite();
let whole: Site | undefined;
let wholeRoot = '';

beforeAll(async () => {
  wholeRoot = mkdtempSync(join(tmpdir(), 'whole-index-'));
  cpSync('dist/pagefind', join(wholeRoot, 'pagefind'), { recursive: true });
  const counts = rechunkPagefindFolder(join(wholeRoot, 'pagefind'), Number.POSITIVE_INFINITY);
  expect(counts.after).toBe(1);
  writeFileSync(join(wholeRoot, 'index.html'), '<!doctype html><html lang="en"><title>Whole index</title></html>');
  whole = await openSite(wholeRoot);
});
afterAll(async () => {
  await whole?.close();
  rmSync(wholeRoot, { recursive: true, force: true });
});

const queries = [
  ...(JSON.parse(readFileSync('tests/search/relevance.json', 'utf8')) as { query: string }[]).map((c) => c.query),
  // Starts of words, which Pagefind matches to every longer form in the chunk it loads.
  'exploit',
  'safeguard',
  'help',
  'advis',
  'refer',
  'thresh',
];

describe('the split word index', () => {
  /** A real word: in the English word list or the site's own words, as the spelling help reads them. */
  const isKnownWord = (word: string) => {
    const w = word.toLowerCase();
    return readFileSync(`dist/search-words/${shardOf(w)}.txt`, 'utf8')
      .split('\n')
      .includes(w);
  };

  /**
   * Words of one or two letters ("a", "me", "PA") are left out: Pagefind matches every word they
   * start, and the split index has those only within one chunk (such words are ranked far down).
   * A misspelt word ("apprentiship") is the one other difference: the whole index matches it to
   * the one- or two-letter word it starts with ("a", on 85 pages); the split index matches nothing,
   * and the search page offers "Did you mean".
   */
  it(`finds the same pages, in the same order, as the whole index for all ${queries.length} queries`, async () => {
    const longWords = queries.map((q) =>
      q
        .split(/\s+/)
        .filter((w) => [...w].length >= MIN_STEM)
        .join(' '),
    );
    const fromSplit = await pagefindUrls(split, longWords, '/');
    const fromWhole = await pagefindUrls(whole!, longWords, '/');
    expect(fromSplit).toHaveLength(queries.length);
    expect(fromWhole.filter((urls) => urls.length > 0).length).toBeGreaterThan(queries.length * 0.9);
    const differences = longWords.filter((_, i) => JSON.stringify(fromSplit[i]) !== JSON.stringify(fromWhole[i]));
    const notMisspelt = differences.filter((q) => q.split(' ').every(isKnownWord));
    expect(notMisspelt).toEqual([]);
    expect(differences.length).toBeLessThanOrEqual(3);
  });

  /** Pagefind 1.6's choice of chunk for a word (pagefind_web's request_indexes), compared byte by byte as Rust compares strings. */
  const pagefindChunk = (bounds: ChunkBounds[], term: string): string | undefined => {
    const t = Buffer.from(term);
    const cut = (b: Buffer, n: number) => b.subarray(0, Math.min(n, b.length));
    const strict = bounds.find(([from, to]) => Buffer.compare(t, Buffer.from(from)) >= 0 && Buffer.compare(t, Buffer.from(to)) <= 0);
    if (strict) return strict[2];
    return bounds.find(([from, to]) => {
      const f = Buffer.from(from);
      const e = Buffer.from(to);
      return Buffer.compare(cut(t, f.length), cut(f, t.length)) >= 0 && Buffer.compare(cut(t, e.length), cut(e, t.length)) <= 0;
    })?.[2];
  };

  it('sends Pagefind to the chunk that holds each word, with every longer form beside it', () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { hash: string }> };
    const hash = entry.languages.en?.hash;
    const meta = decodePagefindFile(gunzipSync(readFileSync(`dist/pagefind/pagefind.${hash}.pf_meta`)), 'meta');
    const bounds = meta[2] as ChunkBounds[];
    expect(bounds.length).toBeGreaterThan(20);
    expect(readdirSync('dist/pagefind/index').sort()).toEqual(bounds.map((b) => `${b[2]}.pf_index`).sort());
    const chunkOf = new Map<string, string>();
    const all: string[] = [];
    for (const [, , name] of bounds) {
      const bytes = readFileSync(`dist/pagefind/index/${name}.pf_index`);
      // Small: only a chunk that is one word's own entry may be larger than 8 KB.
      const words = chunkWords(decodePagefindFile(gunzipSync(bytes), name), name);
      if (words.length > 1) expect(bytes.length, name).toBeLessThanOrEqual(8 * 1024);
      for (const [word] of words) {
        chunkOf.set(word, name);
        all.push(word);
      }
    }
    expect(all.length).toBeGreaterThan(1000);
    // In Pagefind's order (bytes, as Rust sorts), each word once.
    expect(all.map((w) => Buffer.from(w)).every((b, i, list) => i === 0 || Buffer.compare(list[i - 1]!, b) < 0)).toBe(true);
    const misplaced = all.filter((w) => pagefindChunk(bounds, w) !== chunkOf.get(w));
    expect(misplaced).toEqual([]);
    // A query that starts words ("advis") goes to the chunk of the first word it starts, which holds all the others.
    const starts = all.flatMap((w) => [...w].slice(MIN_STEM - 1, -1).map((_, i) => [...w].slice(0, MIN_STEM + i).join('')));
    expect(starts.length).toBeGreaterThan(all.length);
    const firstStarted = (t: string) => all.find((w) => w.startsWith(t))!;
    const startsApart = [...new Set(starts)].filter((t) => {
      const chunk = pagefindChunk(bounds, t);
      return chunk !== chunkOf.get(firstStarted(t)) || all.some((w) => w.startsWith(t) && chunkOf.get(w) !== chunk);
    });
    expect(startsApart).toEqual([]);
  });
});
