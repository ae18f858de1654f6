/** The shapes of a Decap CMS configuration that src/lib/cms-config.ts writes (Decap's own names, snake_case included). */
import type { CollectionName } from './collections.ts';

/** One Decap field. Keys starting portal_ are read by src/admin/portal-cms.js, not by Decap. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  /** Decap refuses a value that does not match, with the message (the content check's words). */
  pattern?: [string, string];
  /** The content check's message for an empty value, shown by the form in its place (src/admin/portal-cms.js). */
  portal_empty?: string;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  types?: CmsField[];
  typeKey?: string;
  summary?: string;
  collapsed?: boolean;
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  date_format?: string;
  time_format?: boolean;
  format?: string;
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
}

export interface CmsCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  description: string;
  folder?: string;
  extension?: string;
  format?: string;
  create?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  nested?: { depth: number };
  files?: { name: string; label: string; file: string; format: string; fields: CmsField[] }[];
  fields?: CmsField[];
}

export interface CmsConfig {
  backend: { name: 'github'; repo: string; branch: string; base_url?: string } | { name: 'proxy'; proxy_url: string; branch: string };
  local_backend: { url: string; allowed_hosts: string[] };
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  site_url?: string;
  locale: 'en';
  show_preview_links: false;
  search: true;
  collections: CmsCollection[];
}
