/** Checks that a chart's figure is stated by its quote, and that the quote is in the paper at the cited lines. */
import { numberKey, quoteStates } from './numbers-in-text.ts';

/** True when the quote contains the value as a whole number (1234 or 1,234; not part of a longer one), as claims are read. */
export const quoteStatesValue = (quote: string, value: number): boolean => quoteStates(quote, numberKey(String(value)));

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** True when the quote appears in the cited lines (1-based), joined by spaces, whitespace collapsed. */
export function quoteAtLines(paperLines: readonly string[], lines: readonly number[], quote: string): boolean {
  const text = squash(lines.map((n) => paperLines[n - 1] ?? '').join(' '));
  return text.includes(squash(quote));
}
