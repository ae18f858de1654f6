/**
 * The numbers a reader sees in a run of text, so each can be traced to where it comes from.
 *
 * A date ("29 November 2017", "September 2017") is one fact, read as one token at the
 * precision written, so "1 September 2017" claims a day and "September 2017" only a month.
 * Phone numbers are left out: the phone-number rule traces them to a service.
 */
import { findPhoneNumbers } from './phone-numbers.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// "17 and 24 November 2016": the first day takes the month and year of the second.
const DAY_LIST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|,|or)\s*(?=\d{1,2}(?:st|nd|rd|th)?\s+(${MONTHS.join('|')})\s+(\d{4})\b)`, 'gi');
const DATE = new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${MONTHS.join('|')})\s+(\d{4})\b`, 'gi');
// 1,234 and 13.45 are one number; "2017/18" is two (2017 and 18).
const NUMBER = /(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)/g;

export interface NumberToken {
  /** What is compared: "3000", "13.45", or a date at its precision, "2017-09" or "2017-11-29". */
  key: string;
  /** As the reader sees it, for messages: "3,000", "September 2017". */
  text: string;
  /** A date token: its precision. */
  date?: 'month' | 'day';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "1,234.5" → "1234.5": the same number however it is grouped. */
export const numberKey = (text: string) => text.replace(/,/g, '');

/** The key of a date written in words, or undefined. */
function dateKey(day: string | undefined, month: string, year: string): string {
  const m = MONTHS.indexOf(month.toLowerCase()) + 1;
  return day ? `${year}-${pad(m)}-${pad(Number(day))}` : `${year}-${pad(m)}`;
}

/** The numbers and dates in `text`, in order; without phone numbers unless `phones` is set. */
export function numbersIn(text: string, { phones = false } = {}): NumberToken[] {
  let rest = text;
  if (!phones) for (const phone of findPhoneNumbers(text)) rest = rest.replace(phone.text, ' ');
  const tokens: NumberToken[] = [];
  rest = rest.replace(DAY_LIST, (whole, day: string, month: string, year: string) => {
    tokens.push({ key: dateKey(day, month, year), text: `${day} ${month} ${year}`, date: 'day' });
    return ' ';
  });
  rest = rest.replace(DATE, (whole, day: string | undefined, month: string, year: string) => {
    tokens.push({ key: dateKey(day, month, year), text: whole, date: day ? 'day' : 'month' });
    return ' ';
  });
  for (const match of rest.matchAll(NUMBER)) {
    // "£255k" is £255,000: papers write thousands of pounds that way.
    const thousands = rest[(match.index ?? 0) - 1] === '£' && /^k\b/i.test(rest.slice((match.index ?? 0) + match[0].length));
    tokens.push({ key: thousands ? String(Number(numberKey(match[0])) * 1000) : numberKey(match[0]), text: thousands ? `£${match[0]}k` : match[0] });
  }
  return tokens;
}

// "section 23C(5A)", "regulations 2 and 3", "s47", "step 5", "WCAG 2.2": these name a part of a document, not a quantity.
const DOCUMENT_PART =
  /\b(?:sections?|s\.?(?=\s?\d)|regulations?|schedule|paragraphs?|steps?|recommendations?|WCAG|version|article)\s*\d+[A-Z]{0,3}(?:\.\d+)?(?:\(\w+\))*(?:\s*(?:,|and|or|to)\s*\d+[A-Z]{0,3}(?:\(\w+\))*)*/gi;

// Names with a number in them, and the denominators of rates ("8 in every 100", "69 per 10,000"), not quantities.
const NAMES = /\bcovid[- ]19\b|(?<=\b(?:in|out of) every )100\b|(?<=\bper )10,000\b/gi;

/** Text without the names of parts of documents, whose numbers are references, not facts to trace, and names like Covid-19. */
export const withoutDocumentParts = (text: string) => text.replace(DOCUMENT_PART, ' ').replace(NAMES, ' ');

/** The keys a claim's `says` value stands for: a number, or text such as "3,000", "2017/18" or "1 October 2024". */
export function keysOf(says: string | number): string[] {
  // What a claim says is read as written: "999" there is the number, not a phone number to drop.
  return numbersIn(String(says), { phones: true }).map((token) => token.key);
}

/** The keys an ISO or partial date (2017, 2017-11, 2017-11-29) covers: itself and each coarser precision. */
export function dateKeys(value: string): string[] {
  const [year, month, day] = value.split('-');
  if (!year) return [];
  return [year, ...(month ? [`${year}-${month}`] : []), ...(month && day ? [`${year}-${month}-${day}`] : [])];
}

/** True when `quote` states the token: the number itself, or the date at the same precision or finer. */
export function quoteStates(quote: string, key: string): boolean {
  return numbersIn(quote).some((token) => token.key === key || (/^\d{4}(-\d{2})?$/.test(key) && token.date !== undefined && token.key.startsWith(`${key}-`)));
}
