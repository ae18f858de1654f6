/** Checks that a chart's figure is stated by its quote, and that the quote is in the paper at the cited lines. */

/** The ways a paper may print a number: 1234, 1,234, 13.45. */
export function numberForms(value: number): string[] {
  const plain = String(value);
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return [...new Set([plain, fraction ? `${grouped}.${fraction}` : grouped])];
}

/** True when the quote contains the value as a whole number (not as part of a longer one). */
export function quoteStatesValue(quote: string, value: number): boolean {
  return numberForms(value).some((form) => {
    const escaped = form.replace(/[.]/g, '\\.');
    return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(quote);
  });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** True when the quote appears in the cited lines (1-based), joined by spaces, whitespace collapsed. */
export function quoteAtLines(paperLines: readonly string[], lines: readonly number[], quote: string): boolean {
  const text = squash(lines.map((n) => paperLines[n - 1] ?? '').join(' '));
  return text.includes(squash(quote));
}
