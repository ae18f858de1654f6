/**
 * The components MDX content may use, by name. Content never imports anything;
 * src/components/mdx-components.ts maps these names to components, and the
 * content checker rejects any other tag.
 */
export const MDX_COMPONENT_NAMES = [
  'AreaChooser',
  'Callout',
  'ContactCard',
  'DataExplainer',
  'Emergency',
  'EntitlementList',
  'EntitlementsByAge',
  'LeavingCareChooser',
  'LevelsOverview',
  'NotInPapers',
] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** The kinds of <Callout>: how strongly it asks to be read. */
export const CALLOUT_KINDS = ['important', 'info', 'warning'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];
