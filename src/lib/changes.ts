/**
 * What readers will see change between two versions of the content: pages,
 * amounts, dates, procedure steps, reading age, acronyms and links. Pure: it
 * is given the loaded entries of each version and returns a structured diff,
 * which `formatChanges` writes as plain words for a pull request reviewer.
 */
import { toString } from 'mdast-util-to-string';
import type { LoadedEntry } from './entry.ts';
import { formatDate, formatSourceDate } from './dates.ts';
import { fleschKincaid, plainText } from './readability.ts';
import { isOnSite, resolveLink } from './site-links.ts';
import { ENTITLEMENTS_PAGE } from './site-files.ts';
import { glossaryAcronyms, unexplained } from './rules/acronyms.ts';
import { parseEntries } from './rules/index.ts';
import { READING_GRADE_LIMIT } from './rules/reading-age.ts';
import { anchorsOf, buildSiteMap, urlOf } from './rules/site-map.ts';
import { descendants, isDraft, isForFamilies, textField, type ParsedEntry } from './rules/types.ts';

/** One version of the content: its entries and the files under public/. */
export interface ContentVersion {
  entries: readonly LoadedEntry[];
  publicFiles?: readonly string[];
}

/** Something a reader can find: its title and the address it is shown at. */
export interface Shown {
  title: string;
  url: string;
}

export type DateField = 'approved' | 'reviewDue' | 'checkedOn' | 'date';

export interface ChangeSummary {
  added: Shown[];
  removed: Shown[];
  retitled: { url: string; from: string; to: string }[];
  /** The same page at a new address: links to the old one from elsewhere stop working. */
  moved: { title: string; from: string; to: string }[];
  amounts: (Shown & { from?: number; to?: number })[];
  dates: (Shown & { field: DateField; from?: string; to?: string })[];
  /** "What changed" notes added to or removed from a page's list. */
  notes: (Shown & { date: string; summary: string; added: boolean })[];
  steps: (Shown & { added: string[]; removed: string[]; reordered?: { from: string[]; to: string[] } })[];
  readingAge: (Shown & { from: number; to: number; crossed?: 'above' | 'within' })[];
  acronyms: (Shown & { acronym: string })[];
  brokenLinks: (Shown & { link: string; missing: 'page' | 'section' })[];
}

/** Collections whose entries readers see, with a title to name them by. */
const SHOWN_COLLECTIONS = new Set(['pages', 'updates', 'levels', 'entitlements']);

const keyOf = (entry: LoadedEntry) => `${entry.collection}/${entry.id}`;
const record = (entry: LoadedEntry) => (entry.data ?? {}) as Record<string, unknown>;

/** Where a reader meets the entry: its own page, or the page that lists it. */
export function addressOf(entry: LoadedEntry): string | undefined {
  if (entry.collection === 'entitlements') return ENTITLEMENTS_PAGE;
  return urlOf(entry);
}

function shown(entry: LoadedEntry): Shown {
  return { title: textField(entry, 'title') ?? textField(entry, 'name') ?? entry.id, url: addressOf(entry) ?? '' };
}

/** Published entries by key; drafts are never shown, so they count as absent. */
function published(entries: readonly ParsedEntry[], collections?: ReadonlySet<string>): Map<string, ParsedEntry> {
  const found = new Map<string, ParsedEntry>();
  for (const entry of entries) if (!isDraft(entry) && (!collections || collections.has(entry.collection))) found.set(keyOf(entry), entry);
  return found;
}

/** Entries in both versions, in the head's order. */
function inBoth(base: Map<string, ParsedEntry>, head: Map<string, ParsedEntry>): [ParsedEntry, ParsedEntry][] {
  return [...head].flatMap(([key, after]) => {
    const before = base.get(key);
    return before ? [[before, after] as [ParsedEntry, ParsedEntry]] : [];
  });
}

const byUrlThenTitle = (a: Shown, b: Shown) => a.url.localeCompare(b.url) || a.title.localeCompare(b.title);

/** Pages added, removed or retitled. */
export function pageChanges(base: Map<string, ParsedEntry>, head: Map<string, ParsedEntry>): Pick<ChangeSummary, 'added' | 'removed' | 'retitled' | 'moved'> {
  let added = [...head].filter(([key]) => !base.has(key)).map(([, entry]) => shown(entry));
  let removed = [...base].filter(([key]) => !head.has(key)).map(([, entry]) => shown(entry));
  // A page gone from one address and added at another with the same title has moved.
  const moved: ChangeSummary['moved'] = [];
  for (const gone of removed) {
    const now = added.find((page) => page.title === gone.title && page.url !== gone.url);
    if (!now) continue;
    moved.push({ title: gone.title, from: gone.url, to: now.url });
    added = added.filter((page) => page !== now);
  }
  removed = removed.filter((page) => !moved.some((move) => move.from === page.url && move.title === page.title));
  const retitled = inBoth(base, head)
    .map(([before, after]) => ({ url: shown(after).url, from: shown(before).title, to: shown(after).title }))
    .filter((change) => change.from !== change.to);
  return {
    added: added.sort(byUrlThenTitle),
    removed: removed.sort(byUrlThenTitle),
    retitled: retitled.sort((a, b) => a.url.localeCompare(b.url)),
    moved: moved.sort((a, b) => a.from.localeCompare(b.from)),
  };
}

const pounds = (entry: LoadedEntry): number | undefined => {
  const value = (record(entry).amount as { pounds?: unknown } | undefined)?.pounds;
  return typeof value === 'number' ? value : undefined;
};

/** Entitlement amounts that changed, appeared or went. */
export function amountChanges(pairs: readonly [ParsedEntry, ParsedEntry][]): ChangeSummary['amounts'] {
  return pairs
    .filter(([before]) => before.collection === 'entitlements')
    .flatMap(([before, after]) => {
      const from = pounds(before);
      const to = pounds(after);
      return from === to ? [] : [{ ...shown(after), ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }];
    });
}

const DATE_FIELDS: readonly DateField[] = ['date', 'approved', 'reviewDue', 'checkedOn'];

const dateValue = (entry: LoadedEntry, field: DateField): string | undefined => {
  const value = record(entry)[field];
  // YAML may hand over a Date object for an unquoted date.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
};

/** The dates readers are shown that moved, appeared or went. */
export function dateChanges(pairs: readonly [ParsedEntry, ParsedEntry][]): ChangeSummary['dates'] {
  return pairs.flatMap(([before, after]) =>
    DATE_FIELDS.flatMap((field) => {
      const from = dateValue(before, field);
      const to = dateValue(after, field);
      return from === to ? [] : [{ ...shown(after), field, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }];
    }),
  );
}

const notesOf = (entry: LoadedEntry): { date: string; summary: string }[] => {
  const changes = record(entry).changes;
  if (!Array.isArray(changes)) return [];
  return changes.flatMap((change: unknown) => {
    const item = (change ?? {}) as Record<string, unknown>;
    const date = item.date instanceof Date ? item.date.toISOString().slice(0, 10) : item.date;
    return typeof date === 'string' && typeof item.summary === 'string' ? [{ date, summary: item.summary }] : [];
  });
};

/** "What changed" notes added or taken away. */
export function noteChanges(pairs: readonly [ParsedEntry, ParsedEntry][]): ChangeSummary['notes'] {
  const key = (note: { date: string; summary: string }) => `${note.date} ${note.summary}`;
  return pairs.flatMap(([before, after]) => {
    const old = new Set(notesOf(before).map(key));
    const now = new Set(notesOf(after).map(key));
    return [
      ...notesOf(after)
        .filter((note) => !old.has(key(note)))
        .map((note) => ({ ...shown(after), ...note, added: true })),
      ...notesOf(before)
        .filter((note) => !now.has(key(note)))
        .map((note) => ({ ...shown(after), ...note, added: false })),
    ];
  });
}

const stepTitles = (entry: LoadedEntry): string[] => {
  const steps = record(entry).steps;
  return Array.isArray(steps)
    ? steps.flatMap((step: unknown) => (typeof (step as { title?: unknown } | null)?.title === 'string' ? [(step as { title: string }).title] : []))
    : [];
};

/** Procedure steps added, removed or put in a different order, by step title. */
export function stepChanges(pairs: readonly [ParsedEntry, ParsedEntry][]): ChangeSummary['steps'] {
  return pairs.flatMap(([before, after]) => {
    const from = stepTitles(before);
    const to = stepTitles(after);
    const added = to.filter((title) => !from.includes(title));
    const removed = from.filter((title) => !to.includes(title));
    // Steps in both versions, each in its own version's order: a difference is a reorder.
    const keptFrom = from.filter((title) => to.includes(title));
    const keptTo = to.filter((title) => from.includes(title));
    const reordered = keptFrom.join('\n') === keptTo.join('\n') ? undefined : { from: keptFrom, to: keptTo };
    return added.length + removed.length === 0 && !reordered ? [] : [{ ...shown(after), added, removed, ...(reordered ? { reordered } : {}) }];
  });
}

/** The grade of a family page's body, as the reading-age rule measures it. */
export const gradeOf = (entry: LoadedEntry): number | undefined =>
  entry.body === undefined || (entry.collection !== 'pages' && entry.collection !== 'updates') ? undefined : fleschKincaid(plainText(entry.body)).grade;

/** Family pages whose reading grade moved by half a grade or more. */
export function readingAgeChanges(pairs: readonly [ParsedEntry, ParsedEntry][]): ChangeSummary['readingAge'] {
  return pairs.flatMap(([before, after]) => {
    if (!isForFamilies(after) && !isForFamilies(before)) return [];
    const from = gradeOf(before);
    const to = gradeOf(after);
    // Grades are rounded to tenths; compare in tenths so 0.5 is not lost to floating point.
    if (from === undefined || to === undefined || Math.abs(Math.round((to - from) * 10)) < 5) return [];
    const crossed =
      from <= READING_GRADE_LIMIT && to > READING_GRADE_LIMIT ? 'above' : from > READING_GRADE_LIMIT && to <= READING_GRADE_LIMIT ? 'within' : undefined;
    return [{ ...shown(after), from, to, ...(crossed ? { crossed } : {}) }];
  });
}

/** Acronyms each published page leaves unexplained, keyed by page and acronym. */
function unexplainedAcronyms(entries: readonly ParsedEntry[]): Map<string, Shown & { acronym: string }> {
  const known = glossaryAcronyms(entries);
  const found = new Map<string, Shown & { acronym: string }>();
  for (const entry of published(entries).values()) {
    for (const { acronym } of unexplained(entry, known)) found.set(`${keyOf(entry)} ${acronym}`, { ...shown(entry), acronym });
  }
  return found;
}

/** Acronyms now unexplained that were not before: new on the page, or their glossary entry went. */
export function acronymChanges(base: readonly ParsedEntry[], head: readonly ParsedEntry[]): ChangeSummary['acronyms'] {
  const before = unexplainedAcronyms(base);
  return [...unexplainedAcronyms(head)].filter(([key]) => !before.has(key)).map(([, value]) => value);
}

/** Links on published pages that go nowhere on this site, keyed by page and link. */
function brokenLinks(version: ContentVersion, entries: readonly ParsedEntry[]): Map<string, Shown & { link: string; missing: 'page' | 'section' }> {
  const { routes } = buildSiteMap(entries, version.publicFiles ?? []);
  const found = new Map<string, Shown & { link: string; missing: 'page' | 'section' }>();
  for (const entry of published(entries).values()) {
    if (!entry.tree) continue;
    const here = urlOf(entry) ?? '/';
    for (const node of descendants(entry.tree)) {
      if (node.type !== 'link' && node.type !== 'definition') continue;
      const link = node.url;
      // Other websites, mail and phone links are not ours to check; an empty link is the content check's to report.
      if (!isOnSite(link)) continue;
      const { path, fragment } = resolveLink(link, here);
      const ids = path === here ? new Set(anchorsOf(entry)) : routes.get(path);
      const missing = !ids ? 'page' : fragment && !ids.has(fragment) ? 'section' : undefined;
      if (missing) found.set(`${keyOf(entry)} ${link}`, { ...shown(entry), link, missing });
    }
  }
  return found;
}

/** Links that work in the base and not in the head, or are new and go nowhere. */
export function linkChanges(
  base: ContentVersion,
  baseParsed: readonly ParsedEntry[],
  head: ContentVersion,
  headParsed: readonly ParsedEntry[],
): ChangeSummary['brokenLinks'] {
  const before = brokenLinks(base, baseParsed);
  return [...brokenLinks(head, headParsed)].filter(([key]) => !before.has(key)).map(([, value]) => value);
}

/** Parses bodies the way the content check does; a body that does not parse simply has no tree. */
const parsed = (version: ContentVersion) => parseEntries(version.entries, new Set()).parsed;

/** Everything readers will see change from `base` to `head`. */
export function diffContent(base: ContentVersion, head: ContentVersion): ChangeSummary {
  const baseParsed = parsed(base);
  const headParsed = parsed(head);
  const baseShown = published(baseParsed, SHOWN_COLLECTIONS);
  const headShown = published(headParsed, SHOWN_COLLECTIONS);
  const pairs = inBoth(baseShown, headShown);
  // Services have no page of their own but show the day their details were checked.
  const services = inBoth(published(baseParsed, new Set(['services'])), published(headParsed, new Set(['services'])));
  return {
    ...pageChanges(baseShown, headShown),
    amounts: amountChanges(pairs),
    dates: dateChanges([...pairs, ...services]),
    notes: noteChanges(pairs),
    steps: stepChanges(pairs),
    readingAge: readingAgeChanges(pairs),
    acronyms: acronymChanges(baseParsed, headParsed),
    brokenLinks: linkChanges(base, baseParsed, head, headParsed),
  };
}

const money = (value: number | undefined) => (value === undefined ? 'no amount' : `£${value.toLocaleString('en-GB')}`);
const where = (item: Shown) => (item.url ? `${item.title} (${item.url})` : item.title);
const quoted = (titles: readonly string[]) => titles.map((title) => `“${title}”`).join(', ');

const DATE_NAMES: Record<DateField, string> = {
  date: 'Date',
  approved: 'Approval date',
  reviewDue: 'Review date',
  checkedOn: 'Date last checked',
};

const shownDate = (field: DateField, value: string | undefined) => {
  if (value === undefined) return 'none';
  if (field === 'date') return formatSourceDate(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
};

/**
 * One plain line per change, grouped under headings; headings with nothing under them are left out.
 * With `onePage`, lines leave out the page's title and address: a page's own history says them once.
 */
export function changeLines(summary: ChangeSummary, { onePage = false } = {}): { heading: string; lines: string[] }[] {
  const at = (item: Shown) => (onePage ? '' : `${where(item)} `);
  const sections = [
    {
      heading: 'Pages',
      lines: [
        ...summary.added.map((page) => `Page added: ${where(page)}`),
        ...summary.removed.map((page) => `Page removed: ${where(page)}`),
        ...summary.retitled.map((page) => `Page retitled: ${page.from} → ${page.to}${onePage ? '' : ` (${page.url})`}`),
        ...summary.moved.map((page) => `Page moved: ${page.title} ${page.from} → ${page.to}`),
      ],
    },
    { heading: 'Amounts', lines: summary.amounts.map((item) => `Amount changed: ${item.title} ${money(item.from)} → ${money(item.to)} (${item.url})`) },
    {
      heading: 'Dates',
      lines: [
        ...summary.dates.map((item) => `${DATE_NAMES[item.field]} changed: ${at(item)}${shownDate(item.field, item.from)} → ${shownDate(item.field, item.to)}`),
        ...summary.notes.map((note) => `“What changed” note ${note.added ? 'added' : 'removed'}: ${at(note)}${formatDate(note.date)}: ${note.summary}`),
      ],
    },
    {
      heading: 'Procedure steps',
      lines: summary.steps.flatMap((item) => [
        ...item.added.map((title) => `Step added: ${at(item)}“${title}”`),
        ...item.removed.map((title) => `Step removed: ${at(item)}“${title}”`),
        ...(item.reordered ? [`Steps reordered: ${at(item)}${quoted(item.reordered.from)} → ${quoted(item.reordered.to)}`] : []),
      ]),
    },
    {
      heading: 'Reading age',
      lines: summary.readingAge.map((item) => {
        const crossed =
          item.crossed === 'above'
            ? `, now above grade ${READING_GRADE_LIMIT}, the limit for families`
            : item.crossed === 'within'
              ? `, now within grade ${READING_GRADE_LIMIT}, the limit for families`
              : '';
        return `Reading age ${item.to > item.from ? 'harder' : 'easier'}: ${at(item)}grade ${item.from.toFixed(1)} → ${item.to.toFixed(1)}${crossed}`;
      }),
    },
    { heading: 'Acronyms', lines: summary.acronyms.map((item) => `New acronym with no glossary entry: “${item.acronym}” on ${where(item)}`) },
    {
      heading: 'Links',
      lines: summary.brokenLinks.map(
        (item) =>
          `Link now broken: ${where(item)} links to ${item.link}, ${item.missing === 'page' ? 'which is not a page on the site' : 'a section that is not on that page'}`,
      ),
    },
  ];
  return sections.filter((section) => section.lines.length > 0);
}

/** The summary as Markdown for a pull request comment. `compared` says what was compared, e.g. "main (1a2b3c4) with this branch". */
export function formatChanges(summary: ChangeSummary, compared: string): string {
  const sections = changeLines(summary);
  const body =
    sections.length === 0
      ? ['Nothing readers see has changed.']
      : sections.flatMap((section) => ['', `### ${section.heading}`, '', ...section.lines.map((line) => `- ${line}`)]);
  return [`## What readers will see change`, '', `Compared ${compared}.`, ...(sections.length === 0 ? [''] : []), ...body, ''].join('\n');
}

/** The headings of a body's sections (level 2), in order. */
const sectionTitles = (entry: ParsedEntry): string[] =>
  entry.tree ? [...descendants(entry.tree)].flatMap((node) => (node.type === 'heading' && node.depth === 2 ? [toString(node)] : [])) : [];

const refIds = (entry: LoadedEntry, field: string): string[] => {
  const value = record(entry)[field];
  return Array.isArray(value) ? value.map(String).sort() : typeof value === 'string' ? [value] : [];
};

/**
 * What changed from one version of a page to the next, one plain sentence each, for the
 * page's own history: title, summary, audience, dates, "What changed" notes, steps, reading
 * age, sections, wording and sources. `before` is undefined for the first version.
 */
export function versionChanges(before: LoadedEntry | undefined, after: LoadedEntry): string[] {
  if (!before) return ['First published.'];
  // Entries parsed already (they have their tree) are not parsed again: a site's history compares many.
  const [old, now] = [before, after].map((entry) =>
    'tree' in entry && entry.tree ? (entry as ParsedEntry) : (parseEntries([entry], new Set()).parsed[0] as ParsedEntry),
  ) as [ParsedEntry, ParsedEntry];
  const pairs: [ParsedEntry, ParsedEntry][] = [[old, now]];
  const titles = { from: shown(old).title, to: shown(now).title };
  const summary: ChangeSummary = {
    added: [],
    removed: [],
    moved: [],
    retitled: titles.from === titles.to ? [] : [{ url: shown(now).url, ...titles }],
    amounts: [],
    dates: dateChanges(pairs),
    notes: noteChanges(pairs),
    steps: stepChanges(pairs),
    readingAge: readingAgeChanges(pairs),
    acronyms: [],
    brokenLinks: [],
  };
  const lines = changeLines(summary, { onePage: true }).flatMap((section) => section.lines);
  if (textField(old, 'summary') !== textField(now, 'summary'))
    lines.splice(summary.retitled.length, 0, `Summary changed: “${textField(now, 'summary') ?? ''}”`);
  if (refIds(old, 'audience').join() !== refIds(now, 'audience').join())
    lines.push(`Written for changed: ${refIds(old, 'audience').join(', ')} → ${refIds(now, 'audience').join(', ')}`);
  const [sectionsBefore, sectionsAfter] = [sectionTitles(old), sectionTitles(now)];
  lines.push(...sectionsAfter.filter((title) => !sectionsBefore.includes(title)).map((title) => `Section added: “${title}”`));
  lines.push(...sectionsBefore.filter((title) => !sectionsAfter.includes(title)).map((title) => `Section removed: “${title}”`));
  if (plainText(old.body ?? '') !== plainText(now.body ?? '')) lines.push('Wording changed.');
  if (refIds(old, 'sources').join() !== refIds(now, 'sources').join()) lines.push('Sources changed.');
  return lines.length > 0 ? lines : ['Nothing readers see changed (only how the file is written).'];
}
