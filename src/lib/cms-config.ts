/**
 * The Decap CMS configuration served at /admin/config.yml, generated from the content
 * schemas at build time, so there is no second list of fields to keep in step:
 * - each collection's folder or file comes from collectionFiles() (src/content, or PORTAL_CONTENT);
 * - each field comes from walking the collection's zod schema (the one the content
 *   check uses, schemaFor), and its hint from the field's description;
 * - each form message comes from asking the schema what it says about a bad value,
 *   so the form refuses a value in the words of the content check.
 * cmsConfig is pure; cmsInputs reads the partnership, area and dataset ids it needs.
 */
import { z } from 'astro/zod';
import { collectionFiles, type CollectionName } from './collections.ts';
import { plainMessage, type IssueLike } from './content-errors.ts';
import { loadAll, schemaFor } from './content-check.ts';
import { loadPartnership } from './partnership.ts';
import { describe as describeValue } from './field-errors.ts';
import { AUDIENCE_LABELS, BASIS_LABELS, TOPIC_LABELS } from './labels.ts';
import { makeSchemas, type CollectionWithRefs, type EntryRef, type PartnershipData, type RefFactory } from './schemas.ts';
import { editorComponents, type EditorComponentContext } from './cms-editor-components.ts';
import { CMS_LOCAL_URL } from './cms-local.ts';
import type { CmsCollection, CmsConfig, CmsField } from './cms-types.ts';

export type { CmsCollection, CmsConfig, CmsField } from './cms-types.ts';

/** What the generator needs besides the schemas: read from the content by the caller. */
export interface CmsInputs {
  partnership: Pick<PartnershipData, 'siteName' | 'siteUrl' | 'cms'>;
  /** Area ids and names: areas are chosen from their collection (a select, because "all" is one of the choices). */
  areas: readonly { id: string; name: string }[];
  /** Dataset ids, for <DataExplainer id="…" />: datasets are not edited in the CMS. */
  datasets: readonly string[];
}

/** The ids and names the form offers as choices, read from the content under `root`. */
export function cmsInputs(root: string): CmsInputs {
  const { entries } = loadAll(root);
  const areas = entries
    .filter((entry) => entry.collection === 'areas')
    .map((entry) => ({ id: entry.id, name: String((entry.data as { name?: unknown }).name ?? entry.id) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const datasets = entries
    .filter((entry) => entry.collection === 'datasets')
    .map((entry) => entry.id)
    .sort();
  return { partnership: loadPartnership(root), areas, datasets };
}

/** The collections the CMS edits, in the order the editor lists them. */
export const EDITABLE_COLLECTIONS = [
  'updates',
  'pages',
  'entitlements',
  'levels',
  'areas',
  'services',
  'sources',
  'glossary',
] as const satisfies readonly CollectionName[];
export type EditableCollection = (typeof EDITABLE_COLLECTIONS)[number];

/**
 * Left out of the CMS, and why. Each chart value carries the paper's line and the words that
 * state it, checked against the papers by tests/unit/dataset-figures.test.ts: a form would make
 * it easy to change a number without the evidence, and the papers are not where the CMS runs.
 */
export const READ_ONLY_COLLECTIONS = { datasets: 'charts: every value is checked against the papers, which the CMS cannot open' } as const satisfies Partial<
  Record<CollectionName, string>
>;

/**
 * Each collection is read and written by a format of src/admin/yaml-formats.js, which changes only
 * the fields that changed (Decap's own writer rewrites the whole file). The glossary is one YAML
 * list, which Decap cannot edit at the top level: its format hands it over as { terms: [...] }.
 */
export type FormatKind = 'yaml' | 'frontmatter' | 'yaml-list';
export const formatName = (collection: EditableCollection) => `portal-${collection}`;
export const GLOSSARY_LIST_FIELD = 'terms';

/** Fields written as "all" or a list of area ids: the form picks from a list, and the editor writes "all" back as text. */
export const ALL_OR_LIST_VALUE = 'all';

const COLLECTION_TEXT: Record<EditableCollection, { label: string; singular: string; description: string }> = {
  updates: { label: 'Board updates', singular: 'board update', description: 'Dated news from the board papers, newest first on /updates/.' },
  pages: { label: 'Pages', singular: 'page', description: "Guidance, procedures and area pages. The file's place in the folder is the page's address." },
  entitlements: { label: 'Care leaver entitlements', singular: 'entitlement', description: 'What care leavers can get (the Pledge), one entry each.' },
  levels: { label: 'Levels of need', singular: 'level of need', description: 'The four levels of need of the threshold guidance.' },
  areas: { label: 'Areas', singular: 'area', description: 'Each partnership area, its front door and its services.' },
  services: { label: 'Services and contact details', singular: 'service', description: 'Every phone number, web form and email a reader is sent to.' },
  sources: { label: 'Sources', singular: 'source', description: 'The papers, laws and public pages the content relies on.' },
  glossary: { label: 'Glossary', singular: 'glossary', description: 'What words and abbreviations mean.' },
};

/** How each collection names its entries, and how a new entry's file is named. */
const COLLECTION_SHAPE: Partial<Record<EditableCollection, Pick<CmsCollection, 'slug' | 'identifier_field' | 'summary' | 'nested'>>> = {
  // Updates are named by their date, as the files already are: 2017-09-shropshire-care-leavers-pledge-approved.mdx.
  updates: { slug: '{{fields.date}}-{{slug}}', summary: '{{date}} — {{title}}' },
  pages: { nested: { depth: 4 }, summary: '{{title}}' },
  levels: { summary: 'Level {{level}}: {{name}}' },
  areas: { identifier_field: 'name' },
  services: { identifier_field: 'name' },
};

/** Everything a field needs to know about where it sits. */
interface WalkContext {
  inputs: CmsInputs;
  refOf: (schema: z.ZodType) => CollectionWithRefs | undefined;
}

const refs = z.registry<{ collection: CollectionWithRefs }>();

/** A reference that remembers which collection it points to, so the walker can offer that collection's entries. */
const markingRef: RefFactory = <C extends CollectionWithRefs>(collection: C) => {
  const schema = z.string();
  refs.add(schema, { collection });
  return schema as unknown as z.ZodType<EntryRef<C>>;
};

type AnyZod = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
const defOf = (schema: z.ZodType) => (schema as AnyZod)._zod.def;

/** "reviewDue" → "Review due". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const OPTION_LABELS: Record<string, string> = { ...AUDIENCE_LABELS, ...BASIS_LABELS, ...TOPIC_LABELS };

/** A schema without its optional and default wrappers, with what they said. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown; description?: string } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  let description = schema.description;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default') {
      optional = true;
      if (def.type === 'default') defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      inner = def.innerType as z.ZodType;
      description ??= inner.description;
    } else return { inner, optional, defaultValue, description };
  }
}

/**
 * What the content check says about `value` in this field, without the value itself:
 * `"soon" is not a date — write it as 2027-03-31` becomes `is not a date — write it as 2027-03-31`,
 * because the form shows it after the field's label.
 */
export function schemaMessage(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0] as IssueLike | undefined;
  if (!issue) return undefined;
  const message = plainMessage({ ...issue, input: value });
  const shown = `${describeValue(value)} `;
  return message.startsWith(shown) ? message.slice(shown.length) : message;
}

/** The regular expression a text field must match, if its schema gives one without flags Decap cannot pass. */
function patternOf(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema) as { pattern?: unknown } | undefined;
  if (typeof meta?.pattern === 'string') return meta.pattern;
  const def = defOf(schema);
  const direct = def.pattern instanceof RegExp ? [def.pattern] : [];
  const checks = ((def.checks as { _zod: { def: { check: string; pattern?: RegExp } } }[] | undefined) ?? [])
    .map((check) => check._zod.def.pattern)
    .filter((p): p is RegExp => p instanceof RegExp);
  const pattern = [...direct, ...checks].find((p) => p.flags === '');
  return pattern?.source;
}

/** The first check of `kind` on a schema (lengths, bounds). */
function checkOf(schema: z.ZodType, kind: string): Record<string, unknown> | undefined {
  const checks = (defOf(schema).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [];
  return checks.map((check) => check._zod.def).find((def) => def.check === kind);
}

/** A value no pattern here accepts, to ask the schema for its message. */
const NOT_A_VALUE = '?';

function textField(base: CmsField, schema: z.ZodType, required: boolean): CmsField {
  const pattern = patternOf(schema);
  const max = checkOf(schema, 'max_length')?.maximum;
  const field: CmsField = { ...base, widget: typeof max === 'number' && max > 200 ? 'text' : 'string' };
  if (pattern) {
    const message = schemaMessage(schema, NOT_A_VALUE);
    if (message) field.pattern = [pattern, message];
  } else if (required) {
    // Decap's own "is required" would not match the content check; src/admin/portal-cms.js shows this instead.
    const empty = schemaMessage(schema, '');
    if (empty) field.portal_empty = empty;
  }
  return field;
}

function dateField(base: CmsField, schema: z.ZodType): CmsField {
  const pattern = patternOf(schema);
  const message = schemaMessage(schema, NOT_A_VALUE);
  // A native date picker, written back as 2027-03-31: the format the schema checks.
  return {
    ...base,
    widget: 'datetime',
    date_format: 'YYYY-MM-DD',
    time_format: false,
    format: 'YYYY-MM-DD',
    ...(pattern && message ? { pattern: [pattern, message] as [string, string] } : {}),
  };
}

function numberField(base: CmsField, schema: z.ZodType): CmsField {
  const isInt = checkOf(schema, 'number_format')?.format === 'safeint';
  const min = checkOf(schema, 'greater_than');
  const max = checkOf(schema, 'less_than');
  return {
    ...base,
    widget: 'number',
    value_type: isInt ? 'int' : 'float',
    ...(typeof min?.value === 'number' && min.inclusive ? { min: min.value } : {}),
    ...(typeof max?.value === 'number' && max.inclusive ? { max: max.value } : {}),
  };
}

/** A choice from another collection: a relation widget, or a select for areas ("all" is a choice too). */
function refField(base: CmsField, collection: CollectionWithRefs, ctx: WalkContext, { multiple, withAll }: { multiple: boolean; withAll: boolean }): CmsField {
  if (collection === 'areas' || collection === 'datasets') {
    const entries =
      collection === 'areas' ? ctx.inputs.areas.map((a) => ({ label: a.name, value: a.id })) : ctx.inputs.datasets.map((id) => ({ label: id, value: id }));
    const options = [...(withAll ? [{ label: 'All areas', value: ALL_OR_LIST_VALUE }] : []), ...entries];
    return { ...base, widget: 'select', options, ...(multiple ? { multiple: true } : {}) };
  }
  const searchField = collection === 'services' ? 'name' : collection === 'glossary' ? `${GLOSSARY_LIST_FIELD}.*.term` : 'title';
  return {
    ...base,
    widget: 'relation',
    collection,
    ...(collection === 'glossary' ? { file: 'glossary', value_field: `${GLOSSARY_LIST_FIELD}.*.id` } : { value_field: '{{slug}}' }),
    search_fields: [searchField],
    display_fields: [searchField],
    ...(multiple ? { multiple: true } : {}),
  };
}

/** The enum values of a schema, or undefined. */
const enumValues = (schema: z.ZodType): string[] | undefined => {
  const def = defOf(schema);
  return def.type === 'enum' ? Object.values(def.entries as Record<string, string>) : undefined;
};

const optionsOf = (values: readonly string[]) => values.map((value) => ({ label: OPTION_LABELS[value] ?? value, value }));

/** One Decap field for one schema field. */
export function fieldFor(name: string, schema: z.ZodType, ctx: WalkContext, forceOptional = false): CmsField {
  const { inner, optional, defaultValue, description } = unwrap(schema);
  const required = !optional && !forceOptional;
  const base: CmsField = {
    name,
    label: labelOf(name),
    widget: 'string',
    ...(required ? {} : { required: false }),
    ...(description ? { hint: description } : {}),
    ...(defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) ? { default: defaultValue } : {}),
  };
  const def = defOf(inner);
  const meta = z.globalRegistry.get(inner) as { format?: string } | undefined;
  const ref = ctx.refOf(inner);
  if (ref) return refField(base, ref, ctx, { multiple: false, withAll: false });
  if (meta?.format === 'date') return dateField(base, inner);
  switch (def.type) {
    case 'pipe':
      // A preprocessed value (a partial date): the form edits what the schema finally checks.
      return textField(base, inner, required);
    case 'string':
      return textField(base, inner, required);
    case 'number':
      return numberField(base, inner);
    case 'boolean':
      return { ...base, widget: 'boolean', ...(base.default === undefined ? { default: false } : {}) };
    case 'enum':
      return { ...base, widget: 'select', options: optionsOf(enumValues(inner) ?? []) };
    case 'literal': {
      // A fixed kind (kind: update): written for the editor, never asked.
      const [value] = def.values as unknown[];
      return { ...base, widget: 'hidden', default: base.default ?? value };
    }
    case 'array':
      return arrayField(base, def.element as z.ZodType, inner, ctx);
    case 'object': {
      // Decap checks an optional group's fields even when the group is left empty, so inside
      // one (an entitlement's amount) they are optional too; the content check still wants them all.
      const fields = objectFields(inner, ctx).map((field) => (required ? field : withoutRequired(field, name)));
      return { ...base, widget: 'object', collapsed: !required, fields };
    }
    case 'record':
      // Keys are area ids (a procedure step's byArea): one optional text per area.
      return {
        ...base,
        widget: 'object',
        collapsed: true,
        fields: ctx.inputs.areas.map((area) => ({ name: area.id, label: area.name, widget: 'text', required: false })),
      };
    case 'union':
      return unionField(base, inner, ctx);
    default:
      throw new Error(`src/lib/cms-config.ts: no CMS field for the ${def.type} schema of "${name}" — add a case to fieldFor`);
  }
}

/** A field of an optional group: optional in the form, and its hint says when it is needed. */
function withoutRequired(field: CmsField, group: string): CmsField {
  if (field.required === false) return field;
  const { portal_empty: _empty, ...rest } = field;
  const needed = `Needed when ${labelOf(group).toLowerCase()} is given.`;
  return { ...rest, required: false, hint: rest.hint ? `${rest.hint} ${needed}` : needed };
}

function arrayField(base: CmsField, element: z.ZodType, array: z.ZodType, ctx: WalkContext): CmsField {
  const min = checkOf(array, 'min_length')?.minimum;
  const limits = typeof min === 'number' && min > 0 ? { min } : {};
  const { inner } = unwrap(element);
  const ref = ctx.refOf(inner);
  if (ref) return { ...refField(base, ref, ctx, { multiple: true, withAll: false }), ...limits };
  const values = enumValues(inner);
  if (values) return { ...base, widget: 'select', multiple: true, options: optionsOf(values), ...limits };
  const def = defOf(inner);
  if (def.type === 'object') {
    const fields = objectFields(inner, ctx);
    // Each item is listed by its first field that reads as words (a change's date, a claim's source).
    const named = fields.find((f) => ['string', 'text', 'datetime', 'relation', 'select'].includes(f.widget) && !f.multiple) ?? fields[0];
    return { ...base, widget: 'list', collapsed: true, ...(named ? { summary: `{{fields.${named.name}}}` } : {}), fields, ...limits };
  }
  if (def.type === 'union' && typeof def.discriminator === 'string') {
    // Variable types: each kind of item (a phone number, a web page …) has its own fields.
    const key = def.discriminator;
    const types = (def.options as z.ZodType[]).map((option) => {
      const shape = (option as z.ZodObject).shape as Record<string, z.ZodType>;
      const kind = String((defOf(unwrap(shape[key]!).inner).values as unknown[])[0]);
      return {
        name: kind,
        label: labelOf(kind),
        widget: 'object',
        fields: Object.entries(shape)
          .filter(([n]) => n !== key)
          .map(([n, s]) => fieldFor(n, s, ctx)),
      };
    });
    return { ...base, widget: 'list', typeKey: key, types, ...limits };
  }
  // Numbers (a claim's lines: [201]) or words (its says: [16, "£3,000"]): one line each.
  const item =
    def.type === 'number' ? numberField({ name: 'item', label: base.label, widget: 'number' }, inner) : { name: 'item', label: base.label, widget: 'string' };
  return { ...base, widget: 'list', field: item, ...limits };
}

/** "all" or a list of area ids becomes a choice of areas with "All areas" among them. */
function unionField(base: CmsField, union: z.ZodType, ctx: WalkContext): CmsField {
  const options = defOf(union).options as z.ZodType[];
  const isAll = (option: z.ZodType) => defOf(option).type === 'literal' && (defOf(option).values as unknown[]).includes(ALL_OR_LIST_VALUE);
  const rest = options.filter((option) => !isAll(option));
  if (rest.length === options.length - 1 && rest.length === 1) {
    const other = unwrap(rest[0]!).inner;
    const ref = ctx.refOf(other);
    if (ref) return refField(base, ref, ctx, { multiple: false, withAll: true });
    const otherDef = defOf(other);
    if (otherDef.type === 'array') {
      const element = ctx.refOf(unwrap(otherDef.element as z.ZodType).inner);
      const min = checkOf(other, 'min_length')?.minimum;
      if (element) return { ...refField(base, element, ctx, { multiple: true, withAll: true }), ...(typeof min === 'number' && min > 0 ? { min } : {}) };
    }
  }
  const kinds = options.map((option) => defOf(option).type);
  if (kinds.every((kind) => kind === 'number' || kind === 'string')) return { ...base, widget: 'string' };
  throw new Error(`src/lib/cms-config.ts: no CMS field for the union of ${kinds.join(', ')} in "${base.name}" — add a case to unionField`);
}

/**
 * The fields of an object, or of a discriminated union of objects (pages by kind, sources by type):
 * every option's fields once, in order; a field not every option has is optional and says which have it.
 */
export function objectFields(schema: z.ZodType, ctx: WalkContext): CmsField[] {
  const def = defOf(schema);
  if (def.type === 'object')
    return Object.entries((schema as z.ZodObject).shape as Record<string, z.ZodType>).map(([name, field]) => fieldFor(name, field, ctx));
  if (def.type === 'union' && typeof def.discriminator === 'string') {
    const key = def.discriminator;
    const options = def.options as z.ZodObject[];
    const kindOf = (option: z.ZodObject) => String((defOf(unwrap(option.shape[key] as z.ZodType).inner).values as unknown[])[0]);
    const kinds = options.map(kindOf);
    // The kind first, as the files write it: it says which of the other fields apply.
    const names = [...new Set([key, ...options.flatMap((option) => Object.keys(option.shape))])];
    return names.map((name) => {
      if (name === key) {
        return {
          name,
          label: labelOf(name),
          widget: 'select',
          options: optionsOf(kinds),
          ...(options[0]?.shape[key]?.description ? { hint: options[0].shape[key].description } : {}),
        };
      }
      const having = options.filter((option) => name in option.shape);
      const field = fieldFor(name, having[0]!.shape[name] as z.ZodType, ctx, having.length < options.length);
      if (having.length === options.length) return field;
      const only = `Only for ${key} ${having.map(kindOf).join(' or ')}.`;
      return { ...field, hint: field.hint ? `${field.hint} ${only}` : only };
    });
  }
  throw new Error(`src/lib/cms-config.ts: a collection's schema must be an object or a discriminated union of objects, not ${def.type}`);
}

/** The page body: Markdown, with the site's components as editor blocks and no first-level heading. */
const bodyField = (components: string[]): CmsField => ({
  name: 'body',
  label: 'Body',
  widget: 'markdown',
  hint: 'Headings start at level 2: the title is the only main heading. Use the + button for the site’s boxes (emergency numbers, callouts, “not in the papers”).',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: components,
  modes: ['rich_text', 'raw'],
});

/** The backend: GitHub with one pull request per change once the repository is set, else only the local one. */
function backendOf(cms: CmsInputs['partnership']['cms']): CmsConfig['backend'] {
  if (!cms) return { name: 'proxy', proxy_url: CMS_LOCAL_URL, branch: 'main' };
  return { name: 'github', repo: cms.repository, branch: cms.branch, ...(cms.authUrl ? { base_url: cms.authUrl } : {}) };
}

const contextOf = (inputs: CmsInputs): WalkContext => ({ inputs, refOf: (schema) => refs.get(schema)?.collection });

/** The schemas with references the walker recognises, for building a collection's fields. */
export const cmsSchemas = () => makeSchemas(markingRef);

/** The form fields of one schema (an object or a discriminated union of objects) made with cmsSchemas(). */
export const formFields = (schema: z.ZodType, inputs: CmsInputs): CmsField[] => objectFields(schema, contextOf(inputs));

/** The whole configuration, as Decap reads it from config.yml. */
export function cmsConfig(inputs: CmsInputs): CmsConfig {
  const schemas = cmsSchemas();
  const ctx = contextOf(inputs);
  const componentContext: EditorComponentContext = { datasets: inputs.datasets };
  const components = editorComponents(componentContext).map((component) => component.id);
  const collections = EDITABLE_COLLECTIONS.map((name): CmsCollection => {
    const text = COLLECTION_TEXT[name];
    const fields = objectFields(schemaFor(name, schemas), ctx);
    const common = { name, label: text.label, label_singular: text.singular, description: text.description };
    const where = collectionFiles()[name];
    if ('file' in where) {
      // The glossary: one file holding a list, edited as one list field (src/admin/portal-cms.js wraps it).
      return {
        ...common,
        files: [
          {
            name,
            label: text.label,
            file: where.file,
            format: formatName(name),
            fields: [{ name: GLOSSARY_LIST_FIELD, label: 'Terms', widget: 'list', collapsed: true, summary: '{{fields.term}}', fields: idFirst(fields) }],
          },
        ],
      };
    }
    const extension = where.pattern.split('.').at(-1) ?? 'yaml';
    const isMdx = extension === 'mdx';
    return {
      ...common,
      folder: where.base,
      extension,
      format: formatName(name),
      create: true,
      ...COLLECTION_SHAPE[name],
      fields: isMdx ? [...fields, bodyField(components)] : fields,
    };
  });
  return {
    backend: backendOf(inputs.partnership.cms),
    local_backend: { url: CMS_LOCAL_URL, allowed_hosts: ['127.0.0.1', 'localhost'] },
    publish_mode: 'editorial_workflow',
    // Uploads are not offered (no image button); Decap still needs a folder named.
    media_folder: 'public/images',
    public_folder: '/images',
    ...(inputs.partnership.siteUrl ? { site_url: inputs.partnership.siteUrl } : {}),
    locale: 'en',
    show_preview_links: false,
    search: true,
    collections,
  };
}

/** The glossary's terms are found by id, so it comes first. */
const idFirst = (fields: CmsField[]) => [...fields.filter((f) => f.name === 'id'), ...fields.filter((f) => f.name !== 'id')];

/** Top-level fields offering "All areas" among the areas: the files write that choice as the word all. */
const allOrListOf = (fields: readonly CmsField[]) =>
  fields.filter((field) => field.multiple && field.options?.some((option) => option.value === ALL_OR_LIST_VALUE)).map((field) => field.name);

/** How src/admin/portal-cms.js registers each collection's format (src/admin/yaml-formats.js) and what it needs to know. */
export function formatsOf(config: CmsConfig) {
  return config.collections.map((collection) => {
    // The glossary's fields are those of its one list's items.
    const fields = collection.fields ?? collection.files?.[0]?.fields[0]?.fields ?? [];
    const kind: FormatKind = collection.files ? 'yaml-list' : collection.extension === 'mdx' ? 'frontmatter' : 'yaml';
    const extension = collection.files ? 'yaml' : (collection.extension ?? 'yaml');
    // A fixed kind (hidden) is always written, as the files and npm run new write it.
    const defaults = Object.fromEntries(
      fields.filter((field) => field.default !== undefined && field.widget !== 'hidden').map((field) => [field.name, field.default]),
    );
    return {
      name: formatName(collection.name as EditableCollection),
      kind,
      extension,
      order: fields.map((field) => field.name),
      defaults,
      allOrList: allOrListOf(fields),
      allValue: ALL_OR_LIST_VALUE,
      ...(collection.files ? { listField: GLOSSARY_LIST_FIELD } : {}),
    };
  });
}

/** What src/admin/portal-cms.js needs beyond config.yml, written as /admin/portal-cms.json. */
export function cmsPortalData(inputs: CmsInputs, config: CmsConfig = cmsConfig(inputs)) {
  return {
    editorComponents: editorComponents({ datasets: inputs.datasets }),
    formats: formatsOf(config),
    backendReady: config.backend.name === 'github',
    notReadyMessage:
      'Add the repository to src/content/partnership.yaml (cms: { repository: owner/name }) to edit on this site. Meanwhile, edit on your own computer with npm run admin: see CONTRIBUTING.md.',
  };
}
