// Why: two pages with one title confuse search and screen reader users; two files at one address means one is never seen.
import type { ContentProblem } from '../content-errors.ts';
import { FIXED_ROUTES, urlOf } from './site-map.ts';
import { problem, textField, type ParsedEntry, type Rule } from './types.ts';

const TITLED = new Set(['pages', 'levels', 'updates']);

const titleKey = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

function titleProblems(entry: ParsedEntry, all: readonly ParsedEntry[]): ContentProblem[] {
  const title = textField(entry, 'title');
  if (!TITLED.has(entry.collection) || !title?.trim()) return [];
  const others = all.filter((other) => other.file !== entry.file && TITLED.has(other.collection) && titleKey(textField(other, 'title') ?? '') === titleKey(title));
  if (others.length === 0) return [];
  const where = others.map((other) => other.file).join(' and ');
  return [problem(entry, 'duplicate-title', `"${title.trim()}" is also the title of ${where} — give each page its own title`, entry.fieldLines.get('title'))];
}

function urlProblems(entry: ParsedEntry, all: readonly ParsedEntry[]): ContentProblem[] {
  const url = urlOf(entry);
  if (!url) return [];
  if (FIXED_ROUTES.includes(url)) {
    return [problem(entry, 'duplicate-url', `${url} is already a page of the site — rename the file so its address is different`)];
  }
  const others = all.filter((other) => other.file !== entry.file && urlOf(other) === url);
  if (others.length === 0) return [];
  const what = entry.collection === 'levels' ? 'change level to a number no other level uses' : 'rename one of the files';
  return [problem(entry, 'duplicate-url', `${url} is also the address of ${others.map((other) => other.file).join(' and ')} — ${what}`, entry.collection === 'levels' ? entry.fieldLines.get('level') : undefined)];
}

export const duplicates: Rule = ({ checked, all }) => checked.flatMap((entry) => [...titleProblems(entry, all), ...urlProblems(entry, all)]);
