// The editor at /admin/: Decap CMS (decap-cms.js, served from this site) with the portal's
// additions, then started. Everything it knows about the content comes from files the
// build generates from the schemas: config.yml (collections and fields) and
// portal-cms.json (the MDX components, the glossary's format).
import * as yaml from './vendor/yaml/index.js';
import { editorComponent } from './editor-blocks.js';
import { frontmatterFormat, yamlFileFormat, yamlListFormat } from './yaml-formats.js';

const CMS = window.CMS;
const portal = await (await fetch(new URL('portal-cms.json', import.meta.url))).json();

/** Deep merge of locale phrases: ours win. */
const merge = (base, extra) =>
  Object.fromEntries(
    [...new Set([...Object.keys(base), ...Object.keys(extra)])].map((key) => [
      key,
      typeof extra[key] === 'object' && typeof base[key] === 'object' ? merge(base[key], extra[key]) : (extra[key] ?? base[key]),
    ]),
  );

// A pattern's message is the content check's own words ("is not a date — write it as 2027-03-31"),
// so the form says "Review due is not a date — write it as 2027-03-31", not "didn't match the pattern".
CMS.registerLocale('en', merge(CMS.getLocale('en'), { editor: { editorControlPane: { widget: { regexPattern: '%{fieldLabel} %{pattern}' } } } }));

const isBlank = (value) => value === undefined || value === null || String(value).trim() === '';

/**
 * Text fields left empty say what the content check says ("Title is empty — write a title"),
 * from the field's portal_empty. Decap checks "required" before it asks the control, so for
 * these fields the control reports a blank value itself, and Decap's generic "is required" stays quiet.
 */
function withEmptyMessage(Control) {
  return class extends Control {
    // Decap calls these detached from the control, so they are bound here.
    emptyMessage = () => {
      const field = this.props.field;
      return field.get('portal_empty') && !field.get('pattern') ? `${field.get('label', field.get('name'))} ${field.get('portal_empty')}` : null;
    };
    getValidateValue = () => (this.emptyMessage() && isBlank(this.props.value) ? ' ' : this.props.value);
    isValid = () => {
      const message = this.emptyMessage();
      if (message && isBlank(this.props.value)) return { error: { type: 'CUSTOM', message } };
      return typeof super.isValid === 'function' ? super.isValid() : true;
    };
  };
}
for (const name of ['string', 'text']) {
  const widget = CMS.getWidget(name);
  CMS.registerWidget(name, withEmptyMessage(widget.control), widget.preview, widget.schema);
}

// Each collection's files are written back field by field, so a pull request shows only what changed.
const FORMATS = {
  yaml: (f) => yamlFileFormat(yaml, f),
  frontmatter: (f) => frontmatterFormat(yaml, f),
  'yaml-list': (f) => yamlListFormat(yaml, f.listField, f),
};
for (const format of portal.formats) CMS.registerCustomFormat(format.name, format.extension, FORMATS[format.kind](format));

// The MDX components pages may use, as blocks in the Markdown editor (the + button).
for (const spec of portal.editorComponents) CMS.registerEditorComponent(editorComponent(spec));

const isLocal = ['127.0.0.1', 'localhost'].includes(location.hostname);
if (!portal.backendReady && !isLocal) {
  // Without a repository in partnership.yaml (cms) the editor can only write files on a computer running npm run admin.
  const main = document.createElement('main');
  const heading = document.createElement('h1');
  const text = document.createElement('p');
  heading.textContent = 'The editor is not set up for this site yet';
  text.textContent = portal.notReadyMessage;
  main.append(heading, text);
  document.body.replaceChildren(main);
} else {
  CMS.init();
}
