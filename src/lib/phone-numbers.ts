/**
 * Finding UK phone numbers in text, so every number on the site can be a tap-to-call
 * link and every number can be traced to a service entry.
 *
 * Long numbers (0808 800 5000, 01952 385385) are always phone numbers. Short ones
 * (999, 101, 111) are also counts in statistics ("101 children"), so they are
 * numbers to call only after a word such as "call" or "on", or when they stand alone.
 */

// Spaces may be non-breaking: numbers are shown with them, so a number never wraps across lines.
const LONG = String.raw`0\d{2,4}[ \u00a0]?\d{3}[ \u00a0]?\d{3,4}|0800[ \u00a0]1111|1800[01](?:[ \u00a0]\d{3,4})+`;
const SHORT = String.raw`999|101|111`;
const CUE = String.raw`(?:call|dial|ring|phone|text|textphone|on|number|or|then)\s+(?:the\s+police\s+on\s+)?`;

/** Long numbers anywhere; short numbers after a cue word (the cue is not part of the match). */
const IN_TEXT = new RegExp(
  String.raw`(?<![\d£.,])(?:${LONG})(?![\d])|(?<=\b${CUE}(?:\*\*)?)(?:${SHORT})(?![\d,.]\d)(?!\s*(?:children|cases|people|young|families|contacts|referrals|%|per cent))`,
  'gi',
);
// Alone in an element ("**999**"), a long number or 999 is a number to call; a lone 101 may be a count in a table.
const STANDALONE = new RegExp(String.raw`^\s*(?:999|${LONG})\s*$`);

export interface FoundNumber {
  /** The number as written, e.g. "0808 800 5000". */
  text: string;
  index: number;
}

/** The phone numbers in a run of text, in order. */
export function findPhoneNumbers(text: string): FoundNumber[] {
  if (STANDALONE.test(text)) return [{ text: text.trim(), index: text.indexOf(text.trim()) }];
  return [...text.matchAll(IN_TEXT)].map((match) => ({ text: match[0], index: match.index }));
}

/** Digits only, so "0808 800 5000" and "08088005000" compare equal. */
export const digitsOf = (number: string) => number.replace(/\D/g, '');

/** The number as shown in a link: its spaces non-breaking, so it never wraps. */
export const displayNumber = (number: string) => number.replace(/ /g, '\u00a0');

/** The tel: address for a number as written. */
export const telHref = (number: string) => `tel:${digitsOf(number)}`;

export type TextPart = { kind: 'text'; text: string } | { kind: 'phone'; text: string; href: string };

/** Splits text into plain runs and phone numbers, for rendering numbers as links. */
export function splitPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const found of findPhoneNumbers(text)) {
    if (found.index > at) parts.push({ kind: 'text', text: text.slice(at, found.index) });
    parts.push({ kind: 'phone', text: displayNumber(found.text), href: telHref(found.text) });
    at = found.index + found.text.length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}
