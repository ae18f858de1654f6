/**
 * Content as the checker hands it on once every file has passed its schema: typed,
 * with defaults filled in and references as { id, collection }, the shape Astro's
 * collections give. Scripts and tests take these instead of reading and casting the
 * files again.
 */
import type { CollectionName } from './collections.ts';
import type { DatasetData } from './dataset-schema.ts';
import type { LoadedEntry } from './entry.ts';
import type { AreaData, EntitlementData, GlossaryData, LevelData, PageData, ServiceData, SourceData, UpdateData } from './schemas.ts';

/** What each collection's entries hold once checked. */
export interface EntryData {
  pages: PageData;
  entitlements: EntitlementData;
  levels: LevelData;
  updates: UpdateData;
  areas: AreaData;
  sources: SourceData;
  /** A glossary entry carries its own id: the file is one list. */
  glossary: GlossaryData & { id: string };
  datasets: DatasetData;
  services: ServiceData;
}

/** One entry that passed its schema. */
export interface CheckedEntry<C extends CollectionName = CollectionName> extends Omit<LoadedEntry, 'collection' | 'data'> {
  collection: C;
  data: EntryData[C];
}

/** Every entry that passed its schema, by collection, in file order. */
export type CheckedContent = { [C in CollectionName]: CheckedEntry<C>[] };
