/** Cross-references between entries: the ground floor both schema modules stand on, so they need not import each other. */
import type { z } from 'astro/zod';

/** What a cross-reference resolves to: an entry id in a named collection. */
export interface EntryRef<C extends string = string> {
  id: string;
  collection: C;
}

/** Collections other entries may point to. */
export type CollectionWithRefs = 'areas' | 'sources' | 'glossary' | 'datasets' | 'services';

/** Makes a schema for a reference to an entry of `collection`. */
export type RefFactory = <C extends CollectionWithRefs>(collection: C) => z.ZodType<EntryRef<C>>;
