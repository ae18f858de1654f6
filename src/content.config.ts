// Wires each collection's files to its schema. The schemas live in src/lib/schemas.ts.
// The files are read from the content folder (src/content, or PORTAL_CONTENT), and each
// entry's id is made by the checker's own rule, so both name every entry alike.
import { defineCollection, reference } from 'astro:content';
import { existsSync, globSync } from 'node:fs';
import { file, glob, type Loader } from 'astro/loaders';
import { collectionFiles, entryIdFromPath, type GlobCollection } from './lib/collections.ts';
import { oldVersionSchema } from './lib/page-history/renderable.ts';
import { versionsDir } from './lib/page-history/versions.ts';
import { makeSchemas, type RefFactory } from './lib/schemas.ts';

const schemas = makeSchemas(reference as unknown as RefFactory);
const files = collectionFiles();
const from = (where: GlobCollection) => glob({ ...where, generateId: ({ entry }) => entryIdFromPath(entry) });

export const collections = {
  pages: defineCollection({ loader: from(files.pages), schema: schemas.page }),
  entitlements: defineCollection({ loader: from(files.entitlements), schema: schemas.entitlement }),
  levels: defineCollection({ loader: from(files.levels), schema: schemas.level }),
  updates: defineCollection({ loader: from(files.updates), schema: schemas.update }),
  areas: defineCollection({ loader: from(files.areas), schema: schemas.areaData }),
  sources: defineCollection({ loader: from(files.sources), schema: schemas.source }),
  glossary: defineCollection({ loader: file(files.glossary.file), schema: schemas.glossary }),
  datasets: defineCollection({ loader: from(files.datasets), schema: schemas.dataset }),
  services: defineCollection({ loader: from(files.services), schema: schemas.service }),
  // Old versions of pages, written from git by scripts/write-versions.ts; none (a shallow clone, astro build alone) is not worth a warning.
  versions: defineCollection({ loader: oldVersions(), schema: oldVersionSchema }),
};

function oldVersions(): Loader {
  const loader = glob({ base: versionsDir(), pattern: '**/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'old-versions',
    load: async (context) =>
      existsSync(versionsDir()) && globSync('**/*.mdx', { cwd: versionsDir() }).length > 0 ? loader.load(context) : context.store.clear(),
  };
}
