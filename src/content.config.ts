// Wires each collection's files to its schema. The schemas live in src/lib/schemas.ts.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTION_FILES } from './lib/collections.ts';
import { makeSchemas, type RefFactory } from './lib/schemas.ts';

const schemas = makeSchemas(reference as unknown as RefFactory);
const files = COLLECTION_FILES;

export const collections = {
  pages: defineCollection({ loader: glob(files.pages), schema: schemas.page }),
  entitlements: defineCollection({ loader: glob(files.entitlements), schema: schemas.entitlement }),
  levels: defineCollection({ loader: glob(files.levels), schema: schemas.level }),
  updates: defineCollection({ loader: glob(files.updates), schema: schemas.update }),
  areas: defineCollection({ loader: glob(files.areas), schema: schemas.areaData }),
  sources: defineCollection({ loader: glob(files.sources), schema: schemas.source }),
  glossary: defineCollection({ loader: file(files.glossary.file), schema: schemas.glossary }),
  datasets: defineCollection({ loader: glob(files.datasets), schema: schemas.dataset }),
  services: defineCollection({ loader: glob(files.services), schema: schemas.service }),
};
