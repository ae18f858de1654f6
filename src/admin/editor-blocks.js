// Turns the component descriptions of src/lib/cms-editor-components.ts into Decap CMS
// editor components: the pattern that finds a component in a page's Markdown, and how
// to read its attributes and write it back exactly as the pages write it:
//   <Callout kind="info" title="Which council do I ask?">
//
//   Ask the council that looked after you.
//
//   </Callout>
// Plain JavaScript with no imports, so the editor page loads it as it is and the unit
// tests (tests/unit/cms-editor-blocks.test.ts) run the very same code.

const ATTRIBUTES = String.raw`((?:\s+[A-Za-z]+(?:="[^"]*")?)*)`;

/** The regular expression that finds one component at the start of a Markdown block. */
export function blockPattern(spec) {
  const open = `^<${spec.id}${ATTRIBUTES}\\s*`;
  return spec.children ? new RegExp(`${open}>\\n([\\s\\S]*?)\\n</${spec.id}>`) : new RegExp(`${open}/>`);
}

/** The attributes written in a match: name="value" as text, a bare name as true. */
export function readAttributes(text) {
  const data = {};
  for (const [, name, value] of text.matchAll(/\s+([A-Za-z]+)(?:="([^"]*)")?/g)) data[name] = value ?? true;
  return data;
}

/** MDX attribute strings have no escapes: a straight double quote would end the value. */
const attributeText = (value) => String(value).replace(/"/g, '”');

/** The component as MDX, attributes in the order they are described. Empty attributes are left out. */
export function writeBlock(spec, data) {
  const attributes = spec.attributes
    .map((attribute) => {
      const value = data[attribute.name];
      if (attribute.flag) return value === true || value === 'true' ? ` ${attribute.name}` : '';
      return value === undefined || value === null || value === '' ? '' : ` ${attribute.name}="${attributeText(value)}"`;
    })
    .join('');
  if (!spec.children) return `<${spec.id}${attributes} />`;
  return `<${spec.id}${attributes}>\n\n${String(data.children ?? '').trim()}\n\n</${spec.id}>`;
}

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** One Decap editor component (CMS.registerEditorComponent's argument) for one description. */
export function editorComponent(spec) {
  const fields = [...spec.attributes.map((attribute) => attribute.field)];
  if (spec.children)
    fields.push({
      name: 'children',
      label: 'Text',
      widget: 'markdown',
      buttons: ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list'],
      editor_components: [],
    });
  return {
    id: spec.id,
    label: spec.label,
    fields,
    pattern: blockPattern(spec),
    fromBlock(match) {
      const data = readAttributes(match[1] ?? '');
      if (spec.children) data.children = (match[2] ?? '').replace(/^\n+|\n+$/g, '');
      return data;
    },
    toBlock(data) {
      return writeBlock(spec, data);
    },
    toPreview(data) {
      const title = data.title ? `: ${escapeHtml(data.title)}` : '';
      return `<div class="portal-block"><strong>${escapeHtml(spec.preview)}${title}</strong>${spec.children ? `<p>${escapeHtml(data.children ?? '')}</p>` : ''}</div>`;
    },
  };
}
