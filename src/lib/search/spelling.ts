/**
 * "Did you mean": suggests, for a word that is neither in the site's vocabulary nor
 * an English word, the closest word the site uses. Runs in the browser.
 */

/** A word typed in capitals or with a digit (CEOP, s47) is a name or an acronym: never "corrected". */
export const looksLikeAcronym = (typed: string) => /^[A-Z][A-Z0-9&]+s?$/.test(typed) || /\d/.test(typed);

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past `max`.
 * Kept by hand: leven counts a swap ("teh") as two edits and cannot stop early, and this runs per word in the browser.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Short words allow one edit, longer words two. */
export const allowedEdits = (word: string) => (word.length <= 4 ? 1 : 2);

/** The closest vocabulary word, preferring fewer edits, then more frequent words; null if none is close. */
export function closestWord(word: string, vocabulary: ReadonlyMap<string, number>): string | null {
  const lower = word.toLowerCase();
  if (vocabulary.has(lower) || lower.length < 3) return null;
  const max = allowedEdits(lower);
  let best: { word: string; distance: number; count: number } | null = null;
  for (const [candidate, count] of vocabulary) {
    const distance = editDistance(lower, candidate, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
  }
  return best?.word ?? null;
}

/** The query with each unknown word (or each of `only`, lower case) corrected, or null when nothing changed. */
export function correctQuery(query: string, vocabulary: ReadonlyMap<string, number>, only?: ReadonlySet<string>): string | null {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}'’-]+/gu, (word) => {
    const fix = only && !only.has(word.toLowerCase()) ? null : closestWord(word, vocabulary);
    if (fix) {
      changed = true;
      return fix;
    }
    return word;
  });
  return changed ? corrected : null;
}
