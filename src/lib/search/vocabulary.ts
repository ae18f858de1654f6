/** The site's vocabulary for spelling help: lower-case words with how often they occur. */

/** Visible text of the indexed part of a page: inside <main>, without tags, scripts or ignored blocks. */
export function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&rsquo;/g, "'")
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[\p{L}][\p{L}'’-]{2,}/gu) ?? []) {
      const clean = word.replace(/['’-]+$/, '');
      counts.set(clean, (counts.get(clean) ?? 0) + 1);
    }
  }
  return counts;
}

/** Sorted [word, count] pairs, so the file is the same for the same site. */
export function vocabularyJson(counts: ReadonlyMap<string, number>): string {
  return JSON.stringify([...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
