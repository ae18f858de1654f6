/**
 * The MDX components content may use (src/lib/mdx-allowed.ts), described for the CMS's
 * Markdown editor: what each attribute is and whether it wraps Markdown. The `satisfies`
 * makes the type check fail when a component is allowed but not described here.
 * src/admin/editor-blocks.js turns each description into a Decap editor component
 * (the pattern that finds it in a page, and how to write it back).
 */
import { AREA_TASKS } from './routes.ts';
import { CALLOUT_KINDS, MDX_COMPONENT_NAMES, type MdxComponentName } from './mdx-allowed.ts';
import type { CmsField } from './cms-types.ts';

/** One attribute as written in MDX: name="value", or a bare name for true. */
export interface ComponentAttribute {
  name: string;
  /** A bare attribute (compact) rather than name="value". */
  flag?: boolean;
  field: CmsField;
}

export interface EditorComponentSpec {
  id: MdxComponentName;
  label: string;
  attributes: ComponentAttribute[];
  /** The component wraps Markdown, edited as a field named children. */
  children: boolean;
  /** What the editor's preview shows in place of the component. */
  preview: string;
}

export interface EditorComponentContext {
  /** Dataset ids, the charts <DataExplainer id="…" /> may show. */
  datasets: readonly string[];
}

const text = (name: string, label: string, hint: string, required = true): CmsField => ({
  name,
  label,
  widget: 'string',
  hint,
  ...(required ? {} : { required: false }),
});
const select = (
  name: string,
  label: string,
  values: readonly string[],
  hint: string,
  defaultValue?: string,
  labels: Record<string, string> = {},
): CmsField => ({
  name,
  label,
  widget: 'select',
  options: values.map((value) => ({ label: labels[value] ?? value, value })),
  hint,
  ...(defaultValue ? { default: defaultValue } : {}),
});

type Described = Omit<EditorComponentSpec, 'id'>;

function describeComponents(context: EditorComponentContext): Record<MdxComponentName, Described> {
  return {
    Emergency: { label: 'Emergency numbers box', attributes: [], children: false, preview: 'The emergency numbers box (999, 101, Childline …)' },
    Callout: {
      label: 'Callout box',
      attributes: [
        {
          name: 'kind',
          field: select('kind', 'Kind', CALLOUT_KINDS, 'important for what readers must not miss; info for a helpful aside; warning for a risk.', 'info'),
        },
        { name: 'title', field: text('title', 'Title', 'A short heading for the box.', false) },
      ],
      children: true,
      preview: 'A callout box',
    },
    NotInPapers: { label: '“The papers do not say” box', attributes: [], children: true, preview: 'The papers do not say …' },
    ContactCard: {
      label: 'Contact card for a service',
      attributes: [
        {
          name: 'service',
          field: {
            name: 'service',
            label: 'Service',
            widget: 'relation',
            collection: 'services',
            value_field: '{{slug}}',
            search_fields: ['name'],
            display_fields: ['name'],
            hint: 'The service whose phone numbers, web forms and hours the card shows.',
          },
        },
        {
          name: 'compact',
          flag: true,
          field: {
            name: 'compact',
            label: 'Compact',
            widget: 'boolean',
            default: false,
            required: false,
            hint: 'Only the name, the ways to reach it and when it was checked.',
          },
        },
      ],
      children: false,
      preview: 'A contact card',
    },
    DataExplainer: {
      label: 'Chart (data explainer)',
      attributes: [{ name: 'id', field: select('id', 'Chart', context.datasets, 'One of the charts in src/content/datasets.') }],
      children: false,
      preview: 'A chart with its table and source',
    },
    AreaChooser: {
      label: 'Choose your area',
      attributes: [
        {
          name: 'task',
          field: select(
            'task',
            'Task',
            Object.keys(AREA_TASKS),
            'Which answer the area links lead to.',
            undefined,
            Object.fromEntries(Object.entries(AREA_TASKS).map(([key, task]) => [key, task.title])),
          ),
        },
        { name: 'question', field: text('question', 'Question', 'The question above the links; "Where does the child live?" if left empty.', false) },
      ],
      children: false,
      preview: 'Links to each area',
    },
    EntitlementList: { label: 'Every care leaver entitlement', attributes: [], children: false, preview: 'Every entitlement, by topic' },
    EntitlementsByAge: { label: 'Entitlements by age', attributes: [], children: false, preview: 'Each age band and what it brings' },
    LeavingCareChooser: { label: 'Choose area and age (leaving care)', attributes: [], children: false, preview: 'Area and age band links' },
    LevelsOverview: { label: 'The four levels of need', attributes: [], children: false, preview: 'The four levels of need' },
  };
}

/** Every allowed component, in the order of MDX_COMPONENT_NAMES. */
export function editorComponents(context: EditorComponentContext): EditorComponentSpec[] {
  const described = describeComponents(context);
  return MDX_COMPONENT_NAMES.map((id) => ({ id, ...described[id] }));
}
