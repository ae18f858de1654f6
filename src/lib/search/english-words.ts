/**
 * The English word list for spelling help, from the hunspell en-GB dictionary
 * (dictionary-en-gb): its stems expanded with their prefix and suffix rules, then
 * split into small shards by a hash of each word, so the browser fetches only the
 * one shard a word could be in.
 */

interface Affix {
  strip: string;
  add: string;
  condition: RegExp;
}
interface AffixGroup {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  rules: Affix[];
}

/** Prefix and suffix rules by flag, from a hunspell .aff file with one-character flags. */
export function parseAffixes(aff: string): Map<string, AffixGroup> {
  const groups = new Map<string, AffixGroup>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    const [kind, flag, a, b, c] = parts;
    if ((kind !== 'PFX' && kind !== 'SFX') || !flag || a === undefined || b === undefined) continue;
    const group = groups.get(flag);
    if (!group) {
      groups.set(flag, { kind, cross: a === 'Y', rules: [] });
      continue;
    }
    const cond = c ?? '.';
    const add = (b.split('/')[0] ?? '').replace(/^0$/, '');
    group.rules.push({ strip: a === '0' ? '' : a, add, condition: new RegExp(kind === 'SFX' ? `${cond}$` : `^${cond}`, 'u') });
  }
  return groups;
}

const applyRule = (word: string, kind: 'PFX' | 'SFX', rule: Affix): string | null => {
  if (!rule.condition.test(word)) return null;
  if (kind === 'SFX') return word.endsWith(rule.strip) ? word.slice(0, word.length - rule.strip.length) + rule.add : null;
  return word.startsWith(rule.strip) ? rule.add + word.slice(rule.strip.length) : null;
};

/** Every form of one dictionary line ("word/FLAGS"): the stem, each affix, and prefix with suffix where both allow it. */
export function expandEntry(entry: string, affixes: ReadonlyMap<string, AffixGroup>): string[] {
  const [stem = '', flags = ''] = entry.split('/');
  const forms = new Set<string>([stem]);
  const groups = [...flags].map((f) => affixes.get(f)).filter((g): g is AffixGroup => g !== undefined);
  const suffixed: string[] = [];
  for (const g of groups.filter((x) => x.kind === 'SFX')) {
    for (const rule of g.rules) {
      const form = applyRule(stem, 'SFX', rule);
      if (form) {
        forms.add(form);
        if (g.cross) suffixed.push(form);
      }
    }
  }
  for (const g of groups.filter((x) => x.kind === 'PFX')) {
    for (const rule of g.rules) {
      for (const base of g.cross ? [stem, ...suffixed] : [stem]) {
        const form = applyRule(base, 'PFX', rule);
        if (form) forms.add(form);
      }
    }
  }
  return [...forms];
}

/** Lower-case words of a hunspell dictionary (first line is the count), letters and apostrophes only. */
export function englishWords(aff: string, dic: string): Set<string> {
  const affixes = parseAffixes(aff);
  const words = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const entry = line.trim();
    if (!entry) continue;
    for (const form of expandEntry(entry, affixes)) {
      const lower = form.toLowerCase().replace(/’/g, "'");
      if (!/^[\p{L}][\p{L}']*$/u.test(lower)) continue;
      words.add(lower);
      // People type "dont" and "im" for "don't" and "I'm".
      if (lower.includes("'")) words.add(lower.replace(/'/g, ''));
    }
  }
  return words;
}

/** How many shards the word list is split into: about 1.2 KB gzipped each for the en-GB list. */
export const SHARDS = 512;

/** FNV-1a over the word's UTF-16 code units: the same shard at build time and in the browser. */
export function shardOf(word: string, shards = SHARDS): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

/** The shard files: index → sorted words, one a line. */
export function shardFiles(words: Iterable<string>, shards = SHARDS): string[] {
  const buckets: string[][] = Array.from({ length: shards }, () => []);
  for (const word of words) buckets[shardOf(word, shards)]?.push(word);
  return buckets.map((b) => b.sort().join('\n'));
}
