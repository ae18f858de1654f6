// Wires each collection's files to its schema. The schemas live in src/lib/schemas.ts.
import { defineCollection, reference } from 'astro:content';
import { existsSync, globSync } from 'node:fs';
import { file, glob, type Loader } from 'astro/loaders';
import { COLLECTION_FILES } from './lib/collections.ts';
import { oldVersionSchema } from './lib/page-history/renderable.ts';
import { VERSIONS_DIR } from './lib/page-history/versions.ts';
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
  // Old versions of pages, written from git by scripts/write-versions.ts; none (a shallow clone, astro build alone) is not worth a warning.
  versions: defineCollection({ loader: oldVersions(), schema: oldVersionSchema }),
};

function oldVersions(): Loader {
  const loader = glob({ base: VERSIONS_DIR, pattern: '**/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return { name: 'old-versions', load: async (context) => (existsSync(VERSIONS_DIR) && globSync('**/*.mdx', { cwd: VERSIONS_DIR }).length > 0 ? loader.load(context) : context.store.clear()) };
}
