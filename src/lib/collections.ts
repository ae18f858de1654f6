/**
 * Where each collection's files live. Shared by `src/content.config.ts` and the
 * content checker so the two can never look in different places.
 */
export interface GlobCollection {
  base: string;
  pattern: string;
}
export interface FileCollection {
  file: string;
}

export const COLLECTION_FILES = {
  pages: { base: 'src/content/pages', pattern: '**/*.mdx' },
  entitlements: { base: 'src/content/entitlements', pattern: '**/*.yaml' },
  levels: { base: 'src/content/levels', pattern: '**/*.yaml' },
  updates: { base: 'src/content/updates', pattern: '**/*.mdx' },
  areas: { base: 'src/content/areas', pattern: '**/*.yaml' },
  sources: { base: 'src/content/sources', pattern: '**/*.yaml' },
  glossary: { file: 'src/content/glossary.yaml' },
  datasets: { base: 'src/content/datasets', pattern: '**/*.json' },
  services: { base: 'src/content/services', pattern: '**/*.yaml' },
} as const satisfies Record<string, GlobCollection | FileCollection>;

export type CollectionName = keyof typeof COLLECTION_FILES;

/** Turns a file path under a collection's base into the entry id Astro gives it. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath
    .replace(/\.(mdx|md|yaml|yml|json)$/i, '')
    .split('/')
    .map((part) => part.toLowerCase())
    .join('/');
}
