/**
 * Pagefind 1.6 fills each word-index chunk to 20,000 word positions (not configurable), so a
 * reader's one-word query fetches a ~23 KB chunk, most of it other words. After indexing, the
 * portal splits the chunks into small ones, so a query fetches only a few KB of index.
 *
 * Only the grouping changes: each word's entry (pages and positions) is kept byte for byte, and
 * the chunk bounds are drawn the way Pagefind draws them, so Pagefind's own search reads the
 * result as it reads its own. A word is never split from the words it is the start of
 * ("exploit" and "exploitation"), because Pagefind matches longer forms only within the chunk
 * it loads for a word.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Encoder, decode } from 'cbor-x';

// Plain CBOR, as Pagefind's minicbor writes it: no cbor-x record extension, integers as integers.
const cbor = new Encoder({ useRecords: false, variableMapSize: true });
const encode = (value: unknown): Uint8Array => cbor.encode(value);

/** What Pagefind 1.x writes before the CBOR of an index or metadata file, once gunzipped. */
export const INDEX_SIGNATURE = 'pagefind_dcd';

/** A word's entry as Pagefind writes it: the word, then its pages (each with positions), then variants. */
export type PackedWord = [word: string, pages: [page: number, positions: number[], ...rest: unknown[]][], ...rest: unknown[]];

/** A chunk's entry in the metadata: the first and last word it may hold, and its file name. */
export type ChunkBounds = [from: string, to: string, hash: string];

/** About 2 KB gzipped on this site: small enough that a query's chunks cost less than a result's data. */
export const CHUNK_POSITIONS = 1500;

/** Each chunk adds about 9 bytes to the metadata every search loads, so a large site gets larger chunks, not more. */
export const MAX_CHUNKS = 1000;

/**
 * Two neighbouring words that share this many letters stay in one chunk. So a query of at least
 * this many letters finds, in the one chunk Pagefind loads for it, every word it starts and the
 * longest word that starts it, as it would in the whole index.
 */
export const MIN_STEM = 3;

/** The largest character: a chunk's upper bound ends with it, so every word with the bound's start sorts below it. */
const TOP = '\u{10FFFF}';

const isPackedWord = (value: unknown): value is PackedWord =>
  Array.isArray(value) && typeof value[0] === 'string' && Array.isArray(value[1]) && value[1].every((p) => Array.isArray(p) && Array.isArray(p[1]));

/** Decodes a gunzipped Pagefind index or metadata file; throws if it is not one, so a format change stops the build. */
export function decodePagefindFile(bytes: Uint8Array, what: string): unknown[] {
  const signature = new TextDecoder().decode(bytes.subarray(0, INDEX_SIGNATURE.length));
  if (signature !== INDEX_SIGNATURE) throw new Error(`${what} is not a Pagefind file (it does not start with "${INDEX_SIGNATURE}")`);
  const value: unknown = decode(bytes.subarray(INDEX_SIGNATURE.length));
  if (!Array.isArray(value)) throw new Error(`${what} is not a Pagefind file (its content is not a list)`);
  return value;
}

export function encodePagefindFile(value: unknown[]): Uint8Array {
  const body = encode(value);
  const out = new Uint8Array(INDEX_SIGNATURE.length + body.length);
  out.set(new TextEncoder().encode(INDEX_SIGNATURE));
  out.set(body, INDEX_SIGNATURE.length);
  return out;
}

/** The words of a decoded index chunk; throws if the chunk is not laid out as Pagefind 1.6 lays it out. */
export function chunkWords(chunk: unknown[], what: string): PackedWord[] {
  const words = chunk[0];
  if (chunk.length !== 1 || !Array.isArray(words) || !words.every(isPackedWord))
    throw new Error(`${what} is not a Pagefind 1.6 index chunk (a list of words with pages)`);
  return words;
}

/** How Pagefind sizes a word: one per page plus one per position. */
export const wordSize = (word: PackedWord): number => word[1].reduce((sum, page) => sum + page[1].length + 1, 0);

/** How many characters two words share at the start. */
export function sharedStart(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Groups words (in Pagefind's order) into chunks of about `target` positions. A chunk ends only
 * between words that share fewer than MIN_STEM characters, and never before a longer form of
 * the word before it ("ab", "abc").
 */
export function groupWords(words: PackedWord[], target = CHUNK_POSITIONS): PackedWord[][] {
  const chunks: PackedWord[][] = [];
  let chunk: PackedWord[] = [];
  let size = 0;
  for (const word of words) {
    const last = chunk[chunk.length - 1]?.[0];
    if (last !== undefined && size >= target && sharedStart(last, word[0]) < MIN_STEM && !word[0].startsWith(last)) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(word);
    size += wordSize(word);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Each chunk's from and to, for Pagefind's lookup (a query word goes to the first chunk with
 * from <= word <= to). Between two chunks, the bound falls where their last and first words part:
 * after "act…" and before "acu…", a chunk ends at "act" followed by the largest character and the
 * next starts at "acu". So every word is inside its own chunk's bounds (Pagefind's own trimmed bounds
 * leave a chunk's last words outside, for a fallback that can pick an earlier chunk), and a word that
 * is not in the index goes to the chunk of the words it shares the most with.
 */
export function chunkRanges(chunks: PackedWord[][]): [from: string, to: string][] {
  const ranges = chunks.map((c): [string, string] => [c[0]?.[0] ?? '', c[c.length - 1]?.[0] ?? '']);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const last = [...ranges[i]![1]];
    const first = [...ranges[i + 1]![0]];
    const shared = sharedStart(ranges[i]![1], ranges[i + 1]![0]);
    ranges[i]![1] = last.slice(0, shared + 1).join('') + TOP;
    ranges[i + 1]![0] = first.slice(0, shared + 1).join('');
  }
  return ranges;
}

/** Pagefind's file names: the language, then the start of a hash of the content, made longer on a clash. */
export function fileHash(bytes: Uint8Array, language: string, length: number, taken: { has(name: string): boolean }): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  for (let n = length; n <= hex.length; n++) {
    const name = `${language}_${hex.slice(0, n)}`;
    if (!taken.has(name)) return name;
  }
  throw new Error(`two index chunks have the same content (${language}_${hex})`);
}

export interface Rechunked {
  /** The new metadata file, gunzipped. */
  meta: Uint8Array;
  /** The new chunk files by name, gunzipped. */
  chunks: Map<string, Uint8Array>;
  /** The names of the chunks Pagefind wrote, now replaced. */
  replaced: string[];
}

/**
 * Splits a language's index into small chunks. `meta` is the gunzipped metadata; `readChunk` gives
 * a chunk's gunzipped bytes by name. Everything else in the metadata is kept as Pagefind wrote it.
 */
export function rechunkIndex(meta: Uint8Array, readChunk: (name: string) => Uint8Array, language: string, target = CHUNK_POSITIONS): Rechunked {
  const metadata = decodePagefindFile(meta, 'the index metadata');
  const bounds = metadata[2];
  const isBounds = (b: unknown): b is ChunkBounds => Array.isArray(b) && b.length === 3 && b.every((s) => typeof s === 'string');
  if (!Array.isArray(bounds) || !bounds.every(isBounds)) throw new Error('the index metadata has no list of chunks where Pagefind 1.6 puts it');
  const replaced = bounds.map((b) => b[2]);
  const words = replaced.flatMap((name) => chunkWords(decodePagefindFile(readChunk(name), `index chunk ${name}`), `index chunk ${name}`));
  const total = words.reduce((sum, w) => sum + wordSize(w), 0);
  const groups = groupWords(words, Math.max(target, Math.ceil(total / MAX_CHUNKS)));
  const chunks = new Map<string, Uint8Array>();
  const newBounds = chunkRanges(groups).map(([from, to], i): ChunkBounds => {
    const bytes = encodePagefindFile([groups[i]]);
    const name = fileHash(bytes, language, 7, chunks);
    chunks.set(name, bytes);
    return [from, to, name];
  });
  metadata[2] = newBounds;
  return { meta: encodePagefindFile(metadata), chunks, replaced };
}

export interface ChunkCounts {
  before: number;
  after: number;
  /** The largest new chunk, gzipped, in bytes. */
  largest: number;
}

/**
 * Splits the index in Pagefind's files (paths as Pagefind names them within its folder, contents gzipped,
 * as `getFiles()` gives them), in place: the chunks are replaced, and the metadata is renamed by its new
 * content, with the entry file pointing to it.
 */
export function rechunkFiles(files: Map<string, Uint8Array>, target = CHUNK_POSITIONS): ChunkCounts {
  const read = (path: string) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`Pagefind wrote no ${path}`);
    return bytes;
  };
  const entry = JSON.parse(new TextDecoder().decode(read('pagefind-entry.json'))) as { languages: Record<string, { hash: string }> };
  const counts: ChunkCounts = { before: 0, after: 0, largest: 0 };
  const chunkPath = (name: string) => `index/${name}.pf_index`;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${info.hash}.pf_meta`;
    const result = rechunkIndex(gunzipSync(read(metaPath)), (name) => gunzipSync(read(chunkPath(name))), language, target);
    for (const name of result.replaced) files.delete(chunkPath(name));
    for (const [name, bytes] of result.chunks) {
      const gzipped = gzipSync(bytes, { level: 9 });
      files.set(chunkPath(name), gzipped);
      counts.largest = Math.max(counts.largest, gzipped.length);
    }
    files.delete(metaPath);
    info.hash = fileHash(result.meta, language, 10, new Set());
    files.set(`pagefind.${info.hash}.pf_meta`, gzipSync(result.meta, { level: 9 }));
    counts.before += result.replaced.length;
    counts.after += result.chunks.size;
  }
  files.set('pagefind-entry.json', new TextEncoder().encode(JSON.stringify(entry)));
  return counts;
}

/** rechunkFiles on a Pagefind folder on disk. */
export function rechunkPagefindFolder(output: string, target = CHUNK_POSITIONS): ChunkCounts {
  const names = [
    'pagefind-entry.json',
    ...readdirSync(output).filter((n) => n.endsWith('.pf_meta')),
    ...readdirSync(join(output, 'index')).map((n) => `index/${n}`),
  ];
  const files = new Map(names.map((n) => [n, new Uint8Array(readFileSync(join(output, n)))]));
  const counts = rechunkFiles(files, target);
  for (const name of names) if (!files.has(name)) rmSync(join(output, name));
  for (const [name, bytes] of files) writeFileSync(join(output, name), bytes);
  return counts;
}
