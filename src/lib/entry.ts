/** A content file as read, before validation: the ground floor the checker, the rules and the scripts share. */
import type { CollectionName } from './collections.ts';

export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as shown to editors. */
  file: string;
  data: unknown;
  /** 1-based line of each top-level field, for pointing at the problem. */
  fieldLines: Map<string, number>;
  body?: string;
  bodyLine?: number;
}
