/** Label placement: keep direct labels from overlapping. */

/**
 * Pushes positions apart so neighbours are at least `gap` apart, keeping order and
 * staying within [min, max]. Used for line-end labels.
 */
export function spreadLabels(positions: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const placed = order.map((o) => o.p);
  for (let k = 1; k < placed.length; k++) {
    placed[k] = Math.max(placed[k] ?? 0, (placed[k - 1] ?? 0) + gap);
  }
  const overflow = (placed.at(-1) ?? 0) - max;
  if (overflow > 0) for (let k = 0; k < placed.length; k++) placed[k] = (placed[k] ?? 0) - overflow;
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k] ?? 0, min + k * gap);
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => {
    out[o.i] = placed[k] ?? o.p;
  });
  return out;
}

/**
 * Which of a row of labels (centre x, width) can be shown without touching the
 * last one kept. The first and last are always kept.
 */
export function thinLabels(items: readonly { x: number; width: number }[], padding = 4): boolean[] {
  const keep = items.map(() => false);
  if (items.length === 0) return keep;
  keep[0] = true;
  const lastIndex = items.length - 1;
  let lastRight = (items[0]?.x ?? 0) + (items[0]?.width ?? 0) / 2;
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    const left = item.x - item.width / 2;
    const fitsBeforeEnd = i === lastIndex || left + item.width + padding <= (items[lastIndex]?.x ?? 0) - (items[lastIndex]?.width ?? 0) / 2;
    if (left >= lastRight + padding && fitsBeforeEnd) {
      keep[i] = true;
      lastRight = item.x + item.width / 2;
    }
  }
  keep[lastIndex] = true;
  return keep;
}

/** A rough text width in SVG units for the chart's system font, for placement only. */
export const textWidth = (text: string, fontSize = 12) => Math.round(text.length * fontSize * 0.56);

/** Splits text into lines of at most `max` characters, breaking at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && `${current} ${word}`.length > max) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}
