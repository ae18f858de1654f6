// The editor's config (src/lib/cms-config.ts) is generated from the schemas: these tests walk
// the schemas on their own and check every field of every editable collection reaches the
// form, with its description as the hint and the content check's words as its messages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  cmsConfig,
  cmsInputs,
  cmsPortalData,
  cmsSchemas,
  EDITABLE_COLLECTIONS,
  formFields,
  READ_ONLY_COLLECTIONS,
  schemaMessage,
  type CmsField,
} from '../../src/lib/cms-config.ts';
import { CMS_PATH } from '../../src/lib/cms-local.ts';
import { collectionFiles } from '../../src/lib/collections.ts';

const COLLECTION_FILES = collectionFiles();
import { checkFile, loadAll, schemaFor } from '../../src/lib/content-check.ts';
import { FIXED_ROUTES } from '../../src/lib/routes.ts';
import { makeSchemas, type RefFactory } from '../../src/lib/schemas.ts';

const inputs = cmsInputs(process.cwd());
const config = cmsConfig(inputs);
const plainRef = (() => z.string()) as unknown as RefFactory;
const schemas = makeSchemas(plainRef);

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; options?: z.ZodType[]; element?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every field path a schema has, e.g. changes.date, amount.pounds, contacts.number: walked here, not by the generator. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  switch (def.type) {
    case 'optional':
    case 'default':
      return schemaPaths(def.innerType!, prefix);
    case 'object':
      return Object.entries(def.shape!).flatMap(([name, field]) => [at(name), ...schemaPaths(field, at(name))]);
    case 'union':
      return [...new Set(def.options!.flatMap((option) => schemaPaths(option, prefix)))];
    case 'array':
      return schemaPaths(def.element!, prefix);
    default:
      return [];
  }
}

/** Every field path the form has; a list of variable types counts its type key (kind) as a field. */
function configPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    return [
      path,
      ...configPaths(field.fields ?? [], path),
      ...(field.types ? [`${path}.${field.typeKey}`, ...field.types.flatMap((type) => configPaths(type.fields ?? [], path))] : []),
    ];
  });
}

const collectionFields = (name: string): CmsField[] => {
  const collection = config.collections.find((c) => c.name === name);
  if (!collection) throw new Error(`no CMS collection ${name}`);
  return collection.fields ?? collection.files?.[0]?.fields[0]?.fields ?? [];
};

/** All fields of a collection, nested ones included, each with its path. */
const allFields = (fields: readonly CmsField[], prefix = ''): { path: string; field: CmsField }[] =>
  fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    return [{ path, field }, ...allFields(field.fields ?? [], path), ...(field.types ?? []).flatMap((type) => allFields(type.fields ?? [], path))];
  });

describe('the CMS config covers the schemas', () => {
  it('edits every collection but the datasets, which it says why it leaves out', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual([...EDITABLE_COLLECTIONS].sort());
    expect(Object.keys(COLLECTION_FILES).filter((name) => !(EDITABLE_COLLECTIONS as readonly string[]).includes(name))).toEqual(
      Object.keys(READ_ONLY_COLLECTIONS),
    );
  });

  it.each(EDITABLE_COLLECTIONS)('%s: every field of the schema is a field of the form, and no other', (name) => {
    const expected = schemaPaths(schemaFor(name, schemas)).sort();
    expect(expected.length).toBeGreaterThan(3);
    const form = configPaths(collectionFields(name));
    // The form adds only the page body and one text per area for a step's byArea (a record of area ids).
    const areaIds = inputs.areas.map((area) => area.id);
    const extra = form.filter((path) => !expected.includes(path) && path !== 'body' && !areaIds.some((id) => path === `steps.byArea.${id}`));
    expect(expected.filter((path) => !form.includes(path))).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('a field added to a schema reaches the form, or the build stops naming it', () => {
    const { update } = cmsSchemas();
    const added = formFields(update.extend({ meetingPlace: z.string().min(1).describe('Where the board met.') }), inputs);
    expect(added.find((field) => field.name === 'meetingPlace')).toMatchObject({ widget: 'string', hint: 'Where the board met.' });
    expect(() => formFields(update.extend({ happenedAt: z.date() }), inputs)).toThrow(/"happenedAt"/);
  });

  it('takes each hint from the schema description', () => {
    const title = collectionFields('pages').find((field) => field.name === 'title');
    expect(title?.hint).toBe(schemas.base.shape.title.description);
    const hinted = EDITABLE_COLLECTIONS.flatMap((name) => allFields(collectionFields(name))).filter(({ field }) => field.hint);
    expect(hinted.length).toBeGreaterThan(100);
  });

  it('offers areas, audiences, sources and services from their collections', () => {
    const update = collectionFields('updates');
    const areas = update.find((field) => field.name === 'areas');
    expect(areas?.options?.map((option) => option.value)).toEqual(['all', ...inputs.areas.map((area) => area.id)]);
    expect(areas?.multiple).toBe(true);
    expect(update.find((field) => field.name === 'audience')?.options?.map((option) => option.value)).toEqual(['families', 'young-people', 'practitioners']);
    expect(update.find((field) => field.name === 'sources')).toMatchObject({
      widget: 'relation',
      collection: 'sources',
      multiple: true,
      value_field: '{{slug}}',
    });
    const services = allFields(collectionFields('areas')).filter(({ path }) => path.startsWith('services.'));
    expect(services.length).toBe(5);
    expect(services.every(({ field }) => field.widget === 'relation' && field.collection === 'services')).toBe(true);
    // Relations point only at collections the editor has.
    const targets = EDITABLE_COLLECTIONS.flatMap((name) => allFields(collectionFields(name)))
      .filter(({ field }) => field.widget === 'relation')
      .map(({ field }) => field.collection);
    expect(targets.every((target) => (EDITABLE_COLLECTIONS as readonly (string | undefined)[]).includes(target))).toBe(true);
  });

  it('reads each folder from COLLECTION_FILES and edits page bodies as Markdown with the site components', () => {
    for (const collection of config.collections) {
      const where = COLLECTION_FILES[collection.name];
      if ('file' in where) expect(collection.files?.[0]?.file).toBe(where.file);
      else expect(collection.folder).toBe(where.base);
    }
    const body = collectionFields('pages').find((field) => field.name === 'body');
    expect(body).toMatchObject({ widget: 'markdown' });
    expect(body?.editor_components).toEqual(cmsPortalData(inputs, config).editorComponents.map((component) => component.id));
    expect(body?.buttons).not.toContain('heading-one');
  });
});

describe('the form speaks the words of the content check', () => {
  /** What the content check says about one field of an update file with these front matter lines. */
  function contentCheckSays(lines: string[], field: string): string | undefined {
    const dir = mkdtempSync(join(tmpdir(), 'portal-cms-message-'));
    try {
      const file = join(dir, 'bad.mdx');
      writeFileSync(file, ['---', ...lines, '---', '', 'Text.', ''].join('\n'));
      return checkFile(process.cwd(), 'updates', file).find((problem) => problem.field === field)?.message;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const good = ['kind: update', 'summary: A summary.', 'audience: [families]', 'areas: all', 'sources: [shropshire-2014-portfolio-holder]'];
  const update = collectionFields('updates');

  it('a date that is not a date: the message after the value', () => {
    const said = contentCheckSays([...good, 'title: A title', 'date: soon'], 'date');
    expect(said).toMatch(/^"soon" is not a date — /);
    expect(update.find((field) => field.name === 'date')?.pattern?.[1]).toBe(said?.replace(/^"soon" /, ''));
    const reviewDue = collectionFields('entitlements').find((field) => field.name === 'reviewDue');
    expect(reviewDue?.pattern?.[1]).toBe('is not a date — write it as 2027-03-31');
    expect(schemaMessage(schemas.base.shape.reviewDue, 'soon')).toBe(reviewDue?.pattern?.[1]);
  });

  it('an empty title: the message the form shows instead of Decap\'s "is required"', () => {
    const said = contentCheckSays([...good, 'title: ""', 'date: 2014-06'], 'title');
    expect(said).toBe('is empty — write a title');
    expect(update.find((field) => field.name === 'title')?.portal_empty).toBe(said);
  });

  it('every pattern accepts the values the content already has', () => {
    const { entries } = loadAll(process.cwd());
    let checked = 0;
    for (const name of EDITABLE_COLLECTIONS) {
      const patterned = collectionFields(name).filter((field) => field.pattern);
      for (const entry of entries.filter((e) => e.collection === name)) {
        for (const field of patterned) {
          const value = (entry.data as Record<string, unknown>)[field.name];
          if (value === undefined) continue;
          const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
          expect(new RegExp(field.pattern![0]).test(text), `${entry.file}: ${field.name}: ${text}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('backend and address', () => {
  it('edits only on your own computer until a repository is set', () => {
    const local = cmsConfig({ ...inputs, partnership: { ...inputs.partnership, cms: undefined } });
    expect(local.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(cmsPortalData(inputs, local).backendReady).toBe(false);
    expect(local.local_backend.url).toBe('http://127.0.0.1:8081/api/v1');
  });

  it('opens a pull request per change on GitHub once partnership.yaml names the repository', () => {
    const live = cmsConfig({
      ...inputs,
      partnership: { ...inputs.partnership, cms: { repository: 'owner/portal', branch: 'main', authUrl: 'https://sign-in.invalid' } },
    });
    expect(live.backend).toEqual({ name: 'github', repo: 'owner/portal', branch: 'main', base_url: 'https://sign-in.invalid' });
    expect(live.publish_mode).toBe('editorial_workflow');
    expect(cmsPortalData(inputs, live).backendReady).toBe(true);
  });

  it('is no reader address: no route, page or file of the site takes /admin/', () => {
    expect(FIXED_ROUTES.some((route) => route.startsWith(CMS_PATH))).toBe(false);
    const { entries } = loadAll(process.cwd());
    expect(entries.filter((entry) => entry.collection === 'pages' && `/${entry.id}/`.startsWith(CMS_PATH))).toEqual([]);
  });
});
