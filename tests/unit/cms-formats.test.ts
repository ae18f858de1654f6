// The formats the editor reads and writes files with (src/admin/yaml-formats.js, the same
// file the editor page loads), on the real content: unchanged entries are written back byte
// for byte, and an edit changes only the lines of the fields it touched.
import { globSync, readFileSync } from 'node:fs';
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { frontmatterFormat, SOURCE_KEY, yamlFileFormat, yamlListFormat } from '../../src/admin/yaml-formats.js';
import { cmsConfig, cmsInputs, formatsOf } from '../../src/lib/cms-config.ts';
import { collectionFiles } from '../../src/lib/collections.ts';

const COLLECTION_FILES = collectionFiles();

const config = cmsConfig(cmsInputs(process.cwd()));
const formats = new Map(formatsOf(config).map((format) => [format.name, format]));
const optionsOf = (collection: string) => {
  const format = formats.get(`portal-${collection}`);
  if (!format) throw new Error(`no format for ${collection}`);
  return format;
};

/** What Decap hands back when nothing was edited: the same data, through JSON (Immutable.js and back). */
const roundTrip = (data: unknown) => JSON.parse(JSON.stringify(data)) as Record<string, unknown>;

/** Lines of `after` that are not in `before`, and the other way round. */
function changedLines(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

const yamlCollections = ['entitlements', 'levels', 'areas', 'services', 'sources'] as const;
const mdxCollections = ['pages', 'updates'] as const;
const filesOf = (collection: keyof typeof COLLECTION_FILES) => {
  const where = COLLECTION_FILES[collection];
  return 'file' in where ? [where.file] : globSync(`${where.base}/${where.pattern}`).sort();
};

describe('every content file survives the editor unchanged', () => {
  it.each(yamlCollections)('%s (YAML)', (collection) => {
    const files = filesOf(collection);
    expect(files.length).toBeGreaterThan(2);
    const format = yamlFileFormat(yaml, optionsOf(collection));
    const changed = files.filter((file) => {
      const source = readFileSync(file, 'utf8');
      return format.toFile(roundTrip(format.fromFile(source))) !== source;
    });
    expect(changed).toEqual([]);
  });

  it.each(mdxCollections)('%s (MDX)', (collection) => {
    const files = filesOf(collection);
    expect(files.length).toBeGreaterThan(5);
    const format = frontmatterFormat(yaml, optionsOf(collection));
    const changed = files.filter((file) => {
      const source = readFileSync(file, 'utf8');
      return format.toFile(roundTrip(format.fromFile(source))) !== source;
    });
    expect(changed).toEqual([]);
  });

  it('the glossary (one list)', () => {
    const source = readFileSync(COLLECTION_FILES.glossary.file, 'utf8');
    const format = yamlListFormat(yaml, 'terms', optionsOf('glossary'));
    const data = format.fromFile(source) as { terms: unknown[] };
    expect(data.terms.length).toBeGreaterThan(50);
    expect(format.toFile(roundTrip(data))).toBe(source);
  });
});

describe('an edit changes only what it changes', () => {
  it("an entitlement's review date: one line", () => {
    const source = readFileSync('src/content/entitlements/corporate-parenting.yaml', 'utf8');
    const format = yamlFileFormat(yaml, optionsOf('entitlements'));
    const data = roundTrip(format.fromFile(source));
    // The form holds defaults and empty optional groups the file leaves out.
    const after = format.toFile({
      ...data,
      reviewDue: '2027-06-30',
      draft: false,
      showInSearch: true,
      amount: { pounds: null, per: '', year: '' },
      claims: [],
    });
    expect(changedLines(source, after)).toEqual({ removed: ['reviewDue: 2027-05-23'], added: ['reviewDue: 2027-06-30'] });
  });

  it('areas: "All areas" is picked from the list and written back as all', () => {
    const source = readFileSync('src/content/entitlements/corporate-parenting.yaml', 'utf8');
    const format = yamlFileFormat(yaml, optionsOf('entitlements'));
    const data = format.fromFile(source);
    expect(data.areas).toEqual(['all']);
    const [area] = cmsInputs(process.cwd()).areas;
    const one = format.toFile({ ...roundTrip(data), areas: [area!.id] });
    expect(changedLines(source, one)).toEqual({ removed: ['areas: all'], added: [`areas: [${area!.id}]`] });
    expect(format.toFile({ ...roundTrip(data), areas: ['all', area!.id] })).toBe(source);
  });

  it('a page: a new title and a longer body; the rest of the front matter untouched', () => {
    const file = 'src/content/pages/leaving-care.mdx';
    const source = readFileSync(file, 'utf8');
    const format = frontmatterFormat(yaml, optionsOf('pages'));
    const data = roundTrip(format.fromFile(source));
    const after = format.toFile({ ...data, title: 'A new title', body: `${String(data.body).trimEnd()}\n\nOne more paragraph.\n` });
    const { removed, added } = changedLines(source, after);
    expect(removed.filter((line) => line.startsWith('title:'))).toHaveLength(1);
    expect(added).toEqual(expect.arrayContaining(['title: A new title', 'One more paragraph.']));
    expect(after.startsWith('---\n')).toBe(true);
    expect(after.split('---\n')[1]?.split('\n').length).toBe(source.split('---\n')[1]?.split('\n').length);
  });

  it("a new board update: fields in the form's order, defaults left out, kind written", () => {
    const format = frontmatterFormat(yaml, optionsOf('updates'));
    const text = format.toFile({
      draft: false,
      title: 'T',
      sources: ['s'],
      kind: 'update',
      areas: ['all'],
      audience: ['families'],
      date: '2014-06',
      summary: 'S',
      claims: [],
      body: 'Text.',
    });
    expect(text).toBe('---\nkind: update\ntitle: T\nsummary: S\ndate: 2014-06\naudience: [families]\nareas: all\nsources: [s]\n---\n\nText.\n');
  });

  it('the glossary: one changed term, one removed, one added at the end; comments and headings kept', () => {
    const source = readFileSync(COLLECTION_FILES.glossary.file, 'utf8');
    const format = yamlListFormat(yaml, 'terms', optionsOf('glossary'));
    const terms = roundTrip(format.fromFile(source)).terms as Record<string, unknown>[];
    const [first, second, ...rest] = terms;
    const after = format.toFile({
      terms: [
        { ...first, meaning: 'Changed meaning.' },
        ...rest,
        { term: 'ZZ', id: 'zz', kind: 'acronym', meaning: 'A test term.', sources: ['s'], aliases: [], claims: [] },
      ],
    });
    const parsed = yaml.parse(after) as Record<string, unknown>[];
    expect(parsed.map((term) => term.id)).toEqual([first!.id, ...rest.map((term) => term.id), 'zz']);
    expect(parsed[0]?.meaning).toBe('Changed meaning.');
    expect(after.match(/^#.*$/gm)).toEqual(source.match(/^#.*$/gm));
    expect(after.trimEnd().endsWith('- id: zz\n  term: ZZ\n  meaning: A test term.\n  kind: acronym\n  sources: [s]')).toBe(true);
    const { removed } = changedLines(source, after);
    expect(removed.some((line) => line === `- id: ${String(second!.id)}`)).toBe(true);
    expect(removed.filter((line) => line.startsWith('- id:'))).toHaveLength(1);
  });

  it('keeps the text it read out of the file', () => {
    const format = yamlFileFormat(yaml, optionsOf('levels'));
    const source = readFileSync('src/content/levels/level-1.yaml', 'utf8');
    const data = format.fromFile(source);
    expect(data[SOURCE_KEY]).toBe(source);
    expect(format.toFile({ ...roundTrip(data), name: 'Changed' })).not.toContain(SOURCE_KEY);
  });
});
