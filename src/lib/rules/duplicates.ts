// Why: two pages with one title confuse search and screen reader users; two files at one address means one is never seen.
import type { ContentProblem } from '../content-errors.ts';
import { FIXED_ROUTES, HISTORY_PREFIX } from '../routes.ts';
import { urlOf } from './site-map.ts';
import { problem, textField, type ParsedEntry, type Rule } from './types.ts';

const TITLED = new Set(['pages', 'levels', 'updates']);

const titleKey = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/** Entries by a key, built once per run so the rule stays linear as the site grows. */
function groupBy(all: readonly ParsedEntry[], key: (entry: ParsedEntry) => string | undefined): Map<string, ParsedEntry[]> {
  const groups = new Map<string, ParsedEntry[]>();
  for (const entry of all) {
    const k = key(entry);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), entry]);
  }
  return groups;
}

const titleOf = (entry: ParsedEntry) => {
  const title = textField(entry, 'title');
  return TITLED.has(entry.collection) && title?.trim() ? titleKey(title) : undefined;
};

function titleProblems(entry: ParsedEntry, byTitle: Map<string, ParsedEntry[]>): ContentProblem[] {
  const title = textField(entry, 'title');
  const key = titleOf(entry);
  if (!key || !title) return [];
  const others = (byTitle.get(key) ?? []).filter((other) => other.file !== entry.file);
  if (others.length === 0) return [];
  const where = others.map((other) => other.file).join(' and ');
  return [problem(entry, 'duplicate-title', `"${title.trim()}" is also the title of ${where} — give each page its own title`, entry.fieldLines.get('title'))];
}

function urlProblems(entry: ParsedEntry, byUrl: Map<string, ParsedEntry[]>): ContentProblem[] {
  const url = urlOf(entry);
  if (!url) return [];
  if (FIXED_ROUTES.includes(url)) {
    return [problem(entry, 'duplicate-url', `${url} is already a page of the site — rename the file so its address is different`)];
  }
  if (url.startsWith(HISTORY_PREFIX)) {
    return [problem(entry, 'duplicate-url', `${url} is under ${HISTORY_PREFIX}, where page histories live — move the file out of the history folder`)];
  }
  const others = (byUrl.get(url) ?? []).filter((other) => other.file !== entry.file);
  if (others.length === 0) return [];
  const what = entry.collection === 'levels' ? 'change level to a number no other level uses' : 'rename one of the files';
  return [
    problem(
      entry,
      'duplicate-url',
      `${url} is also the address of ${others.map((other) => other.file).join(' and ')} — ${what}`,
      entry.collection === 'levels' ? entry.fieldLines.get('level') : undefined,
    ),
  ];
}

export const duplicates: Rule = ({ checked, all }) => {
  const byTitle = groupBy(all, titleOf);
  const byUrl = groupBy(all, (entry) => urlOf(entry) ?? undefined);
  return checked.flatMap((entry) => [...titleProblems(entry, byTitle), ...urlProblems(entry, byUrl)]);
};
