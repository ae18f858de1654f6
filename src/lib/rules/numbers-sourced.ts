// Why: a family acts on the numbers a page gives (an age, an amount, a date), so each must be traceable to the
// paper line, law or public page that states it, at no more precision than that source gives.
// Limits: a number counts as traced when its page has a claim, a chart value or a cited source's own date or title
// that gives it, not each time it is written; whether the claim is about the same thing is for the reviewer. The
// quote's place in the paper is checked by tests/unit/claims.test.ts where the papers are present. Services are
// left out: each is checked against its own current public page (service-checked).
import type { ContentProblem } from '../content-errors.ts';
import { dateKeys, keysOf, numberKey, numbersIn, quoteStates, withoutDocumentParts, type NumberToken } from '../numbers-in-text.ts';
import { descendants, lineOf, problem, type ParsedEntry, type Rule } from './types.ts';

const CHECKED = new Set(['pages', 'entitlements', 'levels', 'updates', 'glossary', 'areas', 'datasets']);
/** Fields that are not prose: references, dates the schema checks, the evidence itself, and addresses. */
const NOT_PROSE = new Set([
  'claims',
  'sources',
  'source',
  'date',
  'approved',
  'reviewDue',
  'checkedOn',
  'page',
  'area',
  'areas',
  'services',
  'website',
  'kind',
  'audience',
  'lines',
  'quote',
  'value',
  'period',
  'asAt',
  'level',
  'unit',
  'chart',
  'owner',
  'draft',
  'showInSearch',
]);
/** Numbers the page shows from structured fields: ages and amounts. */
const SHOWN_NUMBERS = new Set(['ageFrom', 'ageTo', 'pounds']);

export interface SeenNumber {
  token: NumberToken;
  /** The field it is in, or "text" for the body. */
  where: string;
  line?: number;
  /** The text around it, for finding it in a paper. */
  context: string;
}

type Data = Record<string, unknown>;
export interface SourceData {
  seedFile?: string;
  type?: string;
  title?: string;
  date?: string;
  year?: number;
  published?: string;
  checkedOn?: string;
  gives?: { says?: unknown }[];
  covers?: string;
  reference?: string;
}
interface Claim {
  says?: unknown;
  source?: unknown;
  lines?: unknown;
  quote?: unknown;
  where?: unknown;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isDateString = (text: string) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) && text.length > 4;
const isAddressOrId = (text: string) => /^(https?:|mailto:|tel:|\/)/.test(text) || /^[a-z0-9]+(?:[-/][a-z0-9]+)+$/.test(text);
// "Level 3" names a level of need; the levels collection defines them.
const LEVEL_NAME = /\blevels?\s+(\d)(?:\s*(?:,|to|and|or|-|–)\s*(\d))*/gi;

/** Every number the reader sees in an entry's fields, with the field it is in. */
function* fieldNumbers(value: unknown, path: string, key: string): Generator<{ path: string; tokens: NumberToken[]; context: string }> {
  if (NOT_PROSE.has(key)) return;
  if (typeof value === 'number' && SHOWN_NUMBERS.has(key))
    yield { path, tokens: [{ key: numberKey(String(value)), text: String(value) }], context: `${key} ${value}` };
  else if (typeof value === 'string' && !isDateString(value) && !isAddressOrId(value))
    yield { path, tokens: numbersIn(withoutLevelNames(value)), context: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* fieldNumbers(item, `${path}[${i + 1}]`, key);
  else if (typeof value === 'object' && value !== null) for (const [k, item] of Object.entries(value)) yield* fieldNumbers(item, path ? `${path}.${k}` : k, k);
}

const withoutLevelNames = (text: string) => withoutDocumentParts(text.replace(LEVEL_NAME, ' '));

/** The sources an entry cites anywhere: its list, a step's list, a single source field, its claims. */
export function citedSources(data: Data): string[] {
  const ids = [...asList(data.sources), data.source, ...asList(data.steps).flatMap((step) => asList((step as Data).sources))];
  for (const nested of ['frontDoor', 'inspection']) ids.push((data[nested] as Data | undefined)?.source);
  for (const claim of asList(data.claims)) ids.push((claim as Claim).source);
  return ids.filter((id): id is string => typeof id === 'string');
}

/** Keys a source gives by itself: its dates at each precision, and numbers in its title ("Children Act 1989"). */
function sourceKeys(source: SourceData | undefined): string[] {
  if (!source) return [];
  const dates = [source.date, source.published, source.checkedOn].filter((d): d is string => typeof d === 'string').flatMap(dateKeys);
  // For a law or public page, `covers` says what it gives the site, checked on the day it was read.
  const described = source.type === 'paper' ? [] : numbersIn(withoutDocumentParts(`${source.covers ?? ''} ${source.reference ?? ''}`)).map((t) => t.key);
  const given = asList(source.gives).flatMap((g) => asList((g as { says?: unknown }).says).flatMap((says) => keysOf(says as string | number)));
  return [...dates, ...described, ...given, ...(source.year ? [String(source.year)] : []), ...numbersIn(source.title ?? '').map((t) => t.key)];
}

/** The values a dataset charts, with the numbers in its labels: the chart is their evidence. */
function datasetKeys(data: Data): string[] {
  const keys: string[] = [];
  for (const series of asList(data.series) as Data[]) {
    keys.push(...numbersIn(String(series.name ?? '')).map((t) => t.key));
    const total = series.total as Data | undefined;
    if (typeof total?.value === 'number') keys.push(numberKey(String(total.value)));
    for (const point of asList(series.points) as Data[]) {
      if (typeof point.value === 'number') keys.push(numberKey(String(point.value)));
      keys.push(...numbersIn(String(point.label ?? '')).map((t) => t.key));
    }
  }
  return keys;
}

/** The datasets a page embeds with <DataExplainer id="…" />. */
function embeddedDatasets(entry: ParsedEntry): string[] {
  if (!entry.tree) return [];
  const ids: string[] = [];
  for (const node of descendants(entry.tree)) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'DataExplainer') {
      for (const attribute of node.attributes)
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') ids.push(attribute.value);
    }
  }
  return ids;
}

/** Every number the reader sees in an entry, fields first, then the body. */
export function seenNumbers(entry: ParsedEntry): SeenNumber[] {
  const seen: SeenNumber[] = [];
  for (const { path, tokens, context } of fieldNumbers(entry.data, '', '')) {
    for (const token of tokens) seen.push({ token, where: path, line: entry.fieldLines.get(path.split(/[.[]/)[0] ?? ''), context });
  }
  if (entry.tree) {
    for (const node of descendants(entry.tree)) {
      if (node.type === 'text')
        for (const token of numbersIn(withoutLevelNames(node.value))) seen.push({ token, where: 'text', line: lineOf(node), context: node.value });
    }
  }
  return seen;
}

/** What traces numbers on the site: the sources by id and the datasets. */
export interface Evidence {
  sources: Map<string, SourceData>;
  datasets: readonly ParsedEntry[];
}

export const evidenceFrom = (all: readonly ParsedEntry[]): Evidence => ({
  sources: new Map(all.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data as SourceData])),
  datasets: all.filter((e) => e.collection === 'datasets'),
});

/** The keys an entry's claims, cited sources and charts cover. */
export function coveredKeys(entry: ParsedEntry, { sources, datasets }: Evidence): Set<string> {
  const data = entry.data as Data;
  const covered = new Set<string>();
  for (const claim of asList(data.claims))
    for (const says of asList((claim as Claim).says)) for (const key of keysOf(says as string | number)) covered.add(key);
  for (const id of citedSources(data)) for (const key of sourceKeys(sources.get(id))) covered.add(key);
  const charted =
    entry.collection === 'datasets' ? [entry] : datasets.filter((d) => (d.data as Data).page === entry.id || embeddedDatasets(entry).includes(d.id));
  for (const dataset of charted) for (const key of datasetKeys(dataset.data as Data)) covered.add(key);
  // A level's own number names it.
  if (entry.collection === 'levels') covered.add(String(data.level));
  return covered;
}

/** The numbers an entry shows that nothing traces, once each, in the order a reader meets them. */
export function untracedNumbers(entry: ParsedEntry, evidence: Evidence): SeenNumber[] {
  if (!CHECKED.has(entry.collection) || !entry.valid) return [];
  const covered = coveredKeys(entry, evidence);
  const reported = new Set<string>();
  return seenNumbers(entry).filter(({ token }) => {
    // A date is covered at its precision: a source's year alone does not cover a day in it.
    if (covered.has(token.key) || reported.has(token.key)) return false;
    reported.add(token.key);
    return true;
  });
}

const claimFix = (token: NumberToken) =>
  `add a claim to the file's claims list: says: ["${token.text}"], source: the paper's id, lines: [its line], quote: the paper's words that state it (for a law or public page, where: instead of lines) — or remove the number`;

/** Problems with the claims themselves: a paper claim needs its line and quote, and the quote must state each number. */
function claimProblems(entry: ParsedEntry, sources: Map<string, SourceData>): ContentProblem[] {
  const found: ContentProblem[] = [];
  const line = entry.fieldLines.get('claims');
  for (const [i, raw] of asList((entry.data as Data).claims).entries()) {
    const claim = raw as Claim;
    const at = `claims[${i + 1}]`;
    const source = typeof claim.source === 'string' ? sources.get(claim.source) : undefined;
    if (!source) continue; // the schema reports a missing or unknown source
    const quote = typeof claim.quote === 'string' ? claim.quote : undefined;
    if (source.type === 'paper' && (!quote || !Array.isArray(claim.lines))) {
      found.push(
        problem(
          entry,
          'numbers-sourced',
          `${at}: a claim from a paper needs lines and quote — give the paper's line numbers and copy the few words that state the number`,
          line,
        ),
      );
      continue;
    }
    if (!quote && typeof claim.where !== 'string') {
      found.push(
        problem(
          entry,
          'numbers-sourced',
          `${at}: says where the number comes from in neither a quote nor where — copy the words that state it, or write where: "section 23C"`,
          line,
        ),
      );
      continue;
    }
    if (!quote) continue;
    for (const says of asList(claim.says)) {
      for (const key of keysOf(says as string | number)) {
        if (quoteStates(quote, key)) continue;
        const coarser = /^\d{4}-\d{2}-\d{2}$/.test(key) && quoteStates(quote, key.slice(0, 7));
        found.push(
          problem(
            entry,
            'numbers-sourced',
            coarser
              ? `${at}: "${says}" gives a day, but the quote gives only the month — write the month on the page, as the source does`
              : `${at}: the quote does not state "${says}" — copy the words of the source that give this number`,
            line,
          ),
        );
      }
    }
  }
  return found;
}

export const numbersSourced: Rule = ({ checked, all, untracedAllowed = new Map(), untracedFile: LIST = 'src/content/untraced-numbers.yaml' }) => {
  const evidence = evidenceFrom(all);
  let listed = 0;
  const listedFiles = new Set<string>();
  const found = checked.flatMap((entry) => {
    if (!CHECKED.has(entry.collection) || !entry.valid) return [];
    const allowed = new Set((untracedAllowed.get(entry.file) ?? []).flatMap((text: string) => keysOf(text)));
    const untraced = untracedNumbers(entry, evidence);
    const fresh = untraced.filter(({ token }) => !allowed.has(token.key));
    listed += untraced.length - fresh.length;
    if (untraced.length > fresh.length) listedFiles.add(entry.file);
    const stale = [...allowed].filter((key) => !untraced.some(({ token }) => token.key === key));
    return [
      ...claimProblems(entry, evidence.sources),
      ...fresh.map(({ token, where, line }) =>
        problem(entry, 'numbers-sourced', `${where === 'text' ? '' : `${where}: `}"${token.text}" is not traced to a source — ${claimFix(token)}`, line),
      ),
      ...(stale.length
        ? [problem({ file: LIST }, 'numbers-sourced', `${entry.file}: ${stale.join(', ')} now traced or gone — remove from the list`, undefined, 'warning')]
        : []),
    ];
  });
  // The old numbers still to trace are one line, not hundreds: the list file names them.
  if (listed)
    found.push(
      problem(
        { file: LIST },
        'numbers-sourced',
        `${listed} numbers on ${listedFiles.size} pages, shown before claims were required, are not yet traced — add claims (npm run claims) and shorten the list`,
        undefined,
        'warning',
      ),
    );
  return found;
};
