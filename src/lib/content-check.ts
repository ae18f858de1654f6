/**
 * Validates every content file against the portal's schemas, outside Astro,
 * so an editor sees one plain line per problem before the build even starts.
 */
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { COLLECTION_NAMES, collectionFiles, entryIdFromPath, type CollectionName } from './collections.ts';
import { buildDate } from './build-date.ts';
import type { CheckedContent, CheckedEntry } from './checked-content.ts';
import { isWarning, toProblems, type ContentProblem } from './content-errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { describe } from './field-errors.ts';
import { CONTENT_FILES, contentDir, contentPath } from './folders.ts';
import { checkPartnership } from './partnership.ts';
import { parseEntries, runRules } from './rules/index.ts';
import { buildSiteMap, urlOf } from './rules/site-map.ts';
import { makeSchemas, type CollectionWithRefs, type EntryRef, type RefFactory } from './schemas.ts';

import type { LoadedEntry } from './entry.ts';

export type { LoadedEntry } from './entry.ts';
export type { CheckedContent, CheckedEntry } from './checked-content.ts';

export type KnownIds = Partial<Record<CollectionWithRefs, Set<string>>>;

const REF_HINTS: Record<CollectionWithRefs, string> = {
  areas: 'use one of',
  sources: 'use the name of a file in src/content/sources without .yaml',
  glossary: 'use an id from src/content/glossary.yaml',
  datasets: 'use the name of a file in src/content/datasets without its extension',
  services: 'use the name of a file in src/content/services without .yaml',
};

/** A reference that must name an entry that exists. */
export function checkingRef(known: KnownIds): RefFactory {
  return <C extends CollectionWithRefs>(collection: C) =>
    z
      .string({
        error: (issue) =>
          `${describe(issue.input)} is not an id — ${REF_HINTS[collection]}${collection === 'areas' ? ` ${[...(known.areas ?? [])].sort().join(', ')}` : ''}`,
      })
      .superRefine((id, ctx) => {
        const ids = known[collection];
        if (ids && !ids.has(id)) {
          const choices = ids.size <= 8 ? ` ${[...ids].sort().join(', ')}` : '';
          ctx.addIssue({
            code: 'custom',
            message: `"${id}" is not a known ${collection.replace(/s$/, '')} — ${REF_HINTS[collection]}${choices}`,
          });
        }
      })
      .transform((id): EntryRef<C> => ({ id, collection })) as unknown as z.ZodType<EntryRef<C>>;
}

/** Bigger than any real page: a file this size is a mistake (a pasted document, an export) and would slow every build. */
export const MAX_FILE_BYTES = 200 * 1024;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Reads one file into raw data, or reports why it cannot be read. */
export function loadFile(root: string, collection: CollectionName, absolute: string, id: string): { entries: LoadedEntry[]; problems: ContentProblem[] } {
  const file = relative(root, absolute);
  const bytes = readFileSync(absolute);
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      entries: [],
      problems: [
        {
          file,
          field: 'file-size',
          message: `is too large (${size(bytes.length)}, over the ${size(MAX_FILE_BYTES)} limit for one content file) — split it into smaller pages`,
        },
      ],
    };
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { entries: [], problems: [{ file, field: '(the whole file)', message: 'is not saved as UTF-8 text — save it again as UTF-8' }] };
  }
  if (source.trim() === '') {
    return { entries: [], problems: [{ file, field: '(the whole file)', message: 'is empty — copy a page made by npm run new and fill it in' }] };
  }
  const isMdx = absolute.endsWith('.mdx') || absolute.endsWith('.md');
  const split = isMdx ? splitFrontmatter(source) : { yaml: source, body: undefined, bodyLine: undefined };
  if (split.yaml === null) {
    return {
      entries: [],
      problems: [{ file, line: 1, field: 'frontmatter', message: 'is missing — start the file with a --- line, the fields, and another --- line' }],
    };
  }
  const lineOffset = isMdx ? 1 : 0;
  const doc = parseDocument(split.yaml, { prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      entries: [],
      problems: doc.errors.map((error) => ({
        file,
        line: (error.linePos?.[0]?.line ?? 0) + lineOffset || undefined,
        field: 'YAML',
        message: `cannot be read (${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}) — check indentation, colons and quotes on this line`,
      })),
    };
  }
  const data: unknown = doc.toJS();
  const fieldLines = new Map<string, number>();
  split.yaml.split('\n').forEach((line, index) => {
    const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
    if (key && !fieldLines.has(key)) fieldLines.set(key, index + 1 + lineOffset);
  });

  if (collection === 'glossary') {
    if (!Array.isArray(data)) {
      return { entries: [], problems: [{ file, field: '(the whole file)', message: 'must be a list of terms, each starting with "- id:"' }] };
    }
    const entries: LoadedEntry[] = [];
    const problems: ContentProblem[] = [];
    data.forEach((item: unknown, index) => {
      const itemId = (item as { id?: unknown } | null)?.id;
      if (typeof itemId !== 'string' || itemId === '') {
        problems.push({ file, field: `[${index + 1}].id`, message: 'is missing — give every term an id such as cse' });
        return;
      }
      entries.push({ collection, id: itemId, file: `${file} (${itemId})`, data: item, fieldLines: new Map() });
    });
    return { entries, problems };
  }
  return {
    entries: [{ collection, id, file, data, fieldLines, body: split.body, bodyLine: split.bodyLine }],
    problems: [],
  };
}

/** Loads every file of every collection in the content folder `dir` (src/content, or PORTAL_CONTENT) under `root`. */
export function loadAll(root: string, dir = contentDir()): { entries: LoadedEntry[]; problems: ContentProblem[] } {
  const entries: LoadedEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const [collection, where] of Object.entries(collectionFiles(dir)) as [CollectionName, ReturnType<typeof collectionFiles>[CollectionName]][]) {
    if ('file' in where) {
      const absolute = resolve(root, where.file);
      if (!existsSync(absolute)) continue;
      const loaded = loadFile(root, collection, absolute, '');
      entries.push(...loaded.entries);
      problems.push(...loaded.problems);
      continue;
    }
    const base = resolve(root, where.base);
    if (!existsSync(base)) continue;
    for (const relativePath of globSync(where.pattern, { cwd: base }).sort()) {
      const loaded = loadFile(root, collection, join(base, relativePath), entryIdFromPath(relativePath));
      entries.push(...loaded.entries);
      problems.push(...loaded.problems);
    }
  }
  return { entries, problems };
}

/** The schema each collection's entries are checked against. */
export function schemaFor(collection: CollectionName, schemas: ReturnType<typeof makeSchemas>): z.ZodType {
  switch (collection) {
    case 'pages':
      return schemas.page;
    case 'entitlements':
      return schemas.entitlement;
    case 'levels':
      return schemas.level;
    case 'updates':
      return schemas.update;
    case 'areas':
      return schemas.areaData;
    case 'sources':
      return schemas.source;
    case 'glossary':
      return schemas.glossary.extend({ id: z.string() });
    case 'datasets':
      return schemas.dataset;
    case 'services':
      return schemas.service;
  }
}

/** Validates loaded entries: one problem per wrong field, and the entries that passed, typed, by collection. */
export function validate(entries: readonly LoadedEntry[], known: KnownIds): { problems: ContentProblem[]; content: CheckedContent } {
  const schemas = makeSchemas(checkingRef(known));
  const problems: ContentProblem[] = [];
  const content = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Record<CollectionName, CheckedEntry[]>;
  for (const entry of entries) {
    const result = schemaFor(entry.collection, schemas).safeParse(entry.data);
    if (result.success) {
      content[entry.collection].push({ ...entry, data: result.data } as CheckedEntry);
      continue;
    }
    for (const problem of toProblems(entry.file, result.error.issues)) {
      const topField = problem.field.split(/[.[]/)[0] ?? '';
      problems.push({ ...problem, line: entry.fieldLines.get(topField) ?? problem.line });
    }
  }
  return { problems, content: content as unknown as CheckedContent };
}

/** Ids each collection holds, for checking references. */
export function knownIds(entries: readonly LoadedEntry[]): KnownIds {
  const known: KnownIds = { areas: new Set(), sources: new Set(), glossary: new Set(), datasets: new Set(), services: new Set() };
  for (const entry of entries) {
    const set = known[entry.collection as CollectionWithRefs];
    set?.add(entry.id);
  }
  return known;
}

/** What the rules need beyond the files: the day to check review dates against, and whether this is CI. */
export interface CheckOptions {
  /** YYYY-MM-DD; defaults to the build date (SOURCE_DATE_EPOCH or today). */
  today?: string;
  /** Defaults to the CI environment variable being "true". */
  ci?: boolean;
  /** The content folder under the root; defaults to src/content, or PORTAL_CONTENT. */
  contentDir?: string;
}

const withDefaults = (options: CheckOptions) => ({ today: options.today ?? buildDate(), ci: options.ci ?? process.env.CI === 'true' });

/** Files under public/, which the site serves at the same path. */
export function publicFiles(root: string): string[] {
  const base = join(root, 'public');
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => relative(base, join(item.parentPath, item.name)).split('\\').join('/'));
}

/** The list of numbers not yet traced to a source, by file: shrinks as claims are added. In the content folder `dir`. */
export const untracedFile = (dir = contentDir()) => contentPath(CONTENT_FILES.untraced, dir);

function untracedAllowed(root: string, dir: string): Map<string, string[]> {
  const path = resolve(root, untracedFile(dir));
  if (!existsSync(path)) return new Map();
  const data = (parseDocument(readFileSync(path, 'utf8')).toJS() ?? {}) as Record<string, unknown>;
  return new Map(Object.entries(data).map(([file, numbers]) => [file, Array.isArray(numbers) ? numbers.map(String) : []]));
}

/** Rule problems in file order, then line order, so one file's problems read top to bottom. */
const byFileAndLine = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/** Schema problems, then rule problems, for `checked` against the whole site `all`; and the checked entries that passed. */
function problemsOf(
  root: string,
  checked: readonly LoadedEntry[],
  all: readonly LoadedEntry[],
  known: KnownIds,
  options: CheckOptions,
): { problems: ContentProblem[]; content: CheckedContent } {
  const { problems: schemaProblems, content } = validate(checked, known);
  const invalid = new Set(schemaProblems.map((problem) => problem.file));
  const parsedChecked = parseEntries(checked, invalid);
  const others = parseEntries(
    all.filter((entry) => !checked.includes(entry)),
    new Set(),
  ).parsed;
  const ruleProblems = runRules({
    checked: parsedChecked.parsed,
    all: [...others, ...parsedChecked.parsed],
    site: buildSiteMap([...others, ...parsedChecked.parsed], publicFiles(root)),
    untracedAllowed: untracedAllowed(root, options.contentDir ?? contentDir()),
    untracedFile: untracedFile(options.contentDir ?? contentDir()),
    ...withDefaults(options),
  });
  return { problems: [...schemaProblems, ...[...parsedChecked.problems, ...ruleProblems].sort(byFileAndLine)], content };
}

export interface CheckResult {
  /** Every file as read, valid or not: what the rules see. */
  entries: LoadedEntry[];
  /** The entries that passed their schema, typed, by collection: what scripts and tests use. */
  content: CheckedContent;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/** Everything wrong with the content under `root`: errors stop the build, warnings do not. Each file is read once. */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const dir = options.contentDir ?? contentDir();
  const { entries, problems: loadProblems } = loadAll(root, dir);
  const checked = problemsOf(root, entries, entries, knownIds(entries), { ...options, contentDir: dir });
  const found = [...loadProblems, ...checkPartnership(root, dir).problems, ...checked.problems];
  return { entries, content: checked.content, problems: found.filter((problem) => !isWarning(problem)), warnings: found.filter(isWarning) };
}

/**
 * The content under `root` read and validated, without the content rules: for scripts that run
 * after the check has passed (the search index), so each file is read once per script.
 */
export function loadContent(root: string, dir = contentDir()): { content: CheckedContent; problems: ContentProblem[] } {
  const { entries, problems } = loadAll(root, dir);
  const validated = validate(entries, knownIds(entries));
  return { content: validated.content, problems: [...problems, ...validated.problems] };
}

/**
 * Checks one file as if it were in `collection`, against the real content under `root`:
 * every error and warning, schemas and rules. The file stands in for any real entry
 * at the same address, so a level 1 file is checked as level 1.
 */
export function checkFile(root: string, collection: CollectionName, path: string, options: CheckOptions = {}): ContentProblem[] {
  const real = loadAll(root, options.contentDir ?? contentDir()).entries;
  const id = entryIdFromPath(path.split('/').at(-1) ?? path);
  const loaded = loadFile(root, collection, path, id);
  const addresses = new Set(loaded.entries.map((entry) => urlOf(entry)).filter(Boolean));
  const site = [...real.filter((entry) => !addresses.has(urlOf(entry))), ...loaded.entries];
  return [...loaded.problems, ...problemsOf(root, loaded.entries, site, knownIds(real), options).problems];
}
