// Decap CMS formats (CMS.registerCustomFormat) that write back into the text they read.
// Decap's own YAML writer rewrites a whole file on the first edit: fields reordered, lists
// unfolded, long lines wrapped, comments dropped. These formats change only the fields that
// changed, so every other line stays byte for byte and a pull request shows only the edit.
// - yamlFileFormat: one YAML map per file (entitlements, levels, areas, services, sources);
// - frontmatterFormat: MDX files, YAML front matter between --- lines, then the body;
// - yamlListFormat: one YAML list of items with ids (the glossary), which Decap cannot edit
//   at the top level, so it is handed over as { terms: [...] }.
// Plain JavaScript; `yaml` is passed in (the editor loads its browser build, the unit tests
// tests/unit/cms-formats.test.ts the package), so both run this same code.

/** Where each entry keeps the text it was read from, for writing back. Decap keeps fields it does not know. */
export const SOURCE_KEY = '_portalSource';

const WRITE = { lineWidth: 0, flowCollectionPadding: false };

/** Numbers and the same digits as text compare equal: the form edits "25" where the file says 25. */
function same(a, b) {
  const plain = (value) => JSON.stringify(value, (_key, v) => (typeof v === 'number' ? String(v) : v));
  return plain(a) === plain(b);
}

/** A value the form leaves behind for an optional field nobody filled in. */
const isBlank = (value) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isBlank));

const withoutBlanks = (value) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => !isBlank(v))
          .map(([k, v]) => [k, withoutBlanks(v)]),
      )
    : Array.isArray(value)
      ? value.map(withoutBlanks)
      : value;

/** A YAML node for a value; lists of words on one line, as the files write them: [a, b]. */
function createNode(yaml, doc, value) {
  const node = doc.createNode(withoutBlanks(value));
  yaml.visit(node, { Seq: (_key, seq) => void (seq.items.every((item) => yaml.isScalar(item)) && (seq.flow = true)) });
  return node;
}

const lineStart = (text, at) => text.lastIndexOf('\n', at - 1) + 1;
const nextLine = (text, at) => {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end + 1;
};
/** The end of a node's own text: without the blank lines and comments after it. */
const trimmedEnd = (text, start, end) => start + text.slice(start, end).trimEnd().length;

/** A value as YAML text, written as the files write it. */
function valueText(yaml, value) {
  const doc = new yaml.Document();
  doc.contents = createNode(yaml, doc, value);
  return doc.toString(WRITE);
}

/** `key: value` as YAML text, its later lines indented to sit under a map at `column`. */
function pairText(yaml, key, value) {
  const doc = new yaml.Document({});
  doc.contents.set(key, createNode(yaml, doc, value));
  return doc.toString(WRITE).trimEnd();
}
const indent = (text, column) => text.replace(/\n/g, `\n${' '.repeat(column)}`);

/**
 * The edits that make the YAML map `map` (parsed from `text`) hold `data`: changed fields
 * rewritten in place, emptied ones removed, new ones added at the end. A field the file leaves
 * out and the form holds at its default (draft: false) is not added.
 */
function mapEdits(yaml, text, map, data, defaults = {}) {
  const column = map.range[0] - lineStart(text, map.range[0]);
  const edits = [];
  const present = new Set();
  let last = map.range[0];
  for (const pair of map.items) {
    const key = yaml.isScalar(pair.key) ? pair.key.value : String(pair.key);
    present.add(key);
    const start = pair.key.range[0];
    const end = trimmedEnd(text, start, (pair.value ?? pair.key).range[1]);
    last = Math.max(last, end);
    const before = pair.value && typeof pair.value.toJSON === 'function' ? pair.value.toJSON() : (pair.value ?? null);
    const after = data[key];
    if (isBlank(after)) {
      if (!isBlank(before)) edits.push({ start: lineStart(text, start), end: nextLine(text, end), text: '' });
    } else if (!same(before, after)) {
      edits.push({ start, end, text: indent(pairText(yaml, key, after), column) });
    }
  }
  const added = Object.entries(data)
    .filter(([key, value]) => key !== SOURCE_KEY && !present.has(key) && !isBlank(value) && !(key in defaults && same(defaults[key], value)))
    .map(([key, value]) => `\n${' '.repeat(column)}${indent(pairText(yaml, key, value), column)}`)
    .join('');
  if (added) edits.push({ start: last, end: last, text: added });
  return edits;
}

const apply = (text, edits) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((out, edit) => out.slice(0, edit.start) + edit.text + out.slice(edit.end), text);

/** A new file's fields: in the form's order, without the values the schema would default to anyway. */
function newFields(fields, { order = [], defaults = {} }) {
  const rank = (key) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([key, value]) => !(key in defaults && same(defaults[key], value)))
      .sort(([a], [b]) => rank(a) - rank(b)),
  );
}

/** Writes `data` into the YAML text `source` (a map at the top), or as a new file without one. */
function writeMap(yaml, source, data, options) {
  const fields = Object.fromEntries(Object.entries(data).filter(([key]) => key !== SOURCE_KEY));
  if (typeof source !== 'string') return valueText(yaml, newFields(fields, options));
  const doc = yaml.parseDocument(source);
  if (!yaml.isMap(doc.contents)) return valueText(yaml, newFields(fields, options));
  return apply(source, mapEdits(yaml, source, doc.contents, fields, options.defaults));
}

/**
 * Fields written as the word all or a list of ids (areas: all, areas: [north]): the form picks
 * "All areas" from the list like any area, so it gets ["all"], and the file gets all back.
 */
function allToList(data, { allOrList = [], allValue = 'all' }) {
  const out = { ...data };
  for (const name of allOrList) if (out[name] === allValue) out[name] = [allValue];
  return out;
}
function listToAll(data, { allOrList = [], allValue = 'all' }) {
  const out = { ...data };
  for (const name of allOrList) if (Array.isArray(out[name]) && out[name].includes(allValue)) out[name] = allValue;
  return out;
}

/**
 * One YAML map per file. Options: `order`, the fields in the form's order (a new file's order);
 * `defaults`, the field defaults a file may leave out (a new file and an edit do not add them);
 * `allOrList`, the fields written as all or a list (with `allValue`).
 */
export function yamlFileFormat(yaml, options = {}) {
  return {
    fromFile(content) {
      return allToList({ ...(yaml.parse(content) ?? {}), [SOURCE_KEY]: content }, options);
    },
    toFile(data) {
      return writeMap(yaml, data[SOURCE_KEY], listToAll(data, options), options);
    },
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** MDX: YAML front matter between --- lines, then the body (the field named body). Options as yamlFileFormat. */
export function frontmatterFormat(yaml, options = {}) {
  return {
    fromFile(content) {
      const match = FRONTMATTER.exec(content);
      const front = match ? match[1] : '';
      const body = match ? content.slice(match[0].length) : content;
      return allToList({ ...(yaml.parse(front) ?? {}), body: body.replace(/^\r?\n/, ''), [SOURCE_KEY]: content }, options);
    },
    toFile(data) {
      const { body = '', ...fields } = listToAll(data, options);
      const source = data[SOURCE_KEY];
      const match = typeof source === 'string' ? FRONTMATTER.exec(source) : null;
      const front = writeMap(yaml, match ? `${match[1]}\n` : undefined, fields, options).replace(/\n*$/, '\n');
      const oldBody = match ? source.slice(match[0].length) : undefined;
      // An untouched body keeps its exact text; an edited one follows one blank line, as the pages do.
      const text = oldBody !== undefined && oldBody.replace(/^\r?\n/, '') === body ? oldBody : `\n${String(body).trim()}\n`;
      return `---\n${front}---\n${text}`;
    },
  };
}

/** One YAML list of items with ids, handed to Decap as { [listField]: [...] }. New items go at the end. */
export function yamlListFormat(yaml, listField, options = {}) {
  /** The text last read. One file uses this format, so it is the file being written. */
  let source = null;
  return {
    fromFile(content) {
      source = content;
      return { [listField]: yaml.parse(content) ?? [] };
    },
    toFile(data) {
      const items = data[listField] ?? [];
      if (source === null)
        return valueText(
          yaml,
          items.map((item) => newFields(item, options)),
        );
      const doc = yaml.parseDocument(source);
      const nodes = yaml.isSeq(doc.contents) ? doc.contents.items : [];
      const byId = new Map(nodes.map((node) => [yaml.isMap(node) ? node.get('id') : undefined, node]));
      const kept = new Set();
      const edits = [];
      let added = '';
      for (const item of items) {
        const node = byId.get(item.id);
        if (node) {
          kept.add(node);
          edits.push(...mapEdits(yaml, source, node, item));
        } else {
          added += `\n- ${indent(valueText(yaml, newFields(item, options)).trimEnd(), 2)}\n`;
        }
      }
      for (const node of nodes) {
        if (kept.has(node)) continue;
        // A deleted item: its lines from the "- ", and the blank line that separated it from the next.
        const after = nextLine(source, trimmedEnd(source, node.range[0], node.range[1]));
        edits.push({ start: lineStart(source, node.range[0]), end: source[after] === '\n' ? after + 1 : after, text: '' });
      }
      const out = apply(source, edits);
      return added ? `${out.trimEnd()}\n${added}` : out;
    },
  };
}
