/**
 * Where each collection's files live, under the content folder (src/lib/folders.ts).
 * Shared by `src/content.config.ts` and the content checker so the two can never
 * look in different places.
 */
import { contentDir } from './folders.ts';

export interface GlobCollection {
  base: string;
  pattern: string;
}
export interface FileCollection {
  file: string;
}

/** Each collection's folder (or file) inside the content folder. */
const LAYOUT = {
  pages: { base: 'pages', pattern: '**/*.mdx' },
  entitlements: { base: 'entitlements', pattern: '**/*.yaml' },
  levels: { base: 'levels', pattern: '**/*.yaml' },
  updates: { base: 'updates', pattern: '**/*.mdx' },
  areas: { base: 'areas', pattern: '**/*.yaml' },
  sources: { base: 'sources', pattern: '**/*.yaml' },
  glossary: { file: 'glossary.yaml' },
  datasets: { base: 'datasets', pattern: '**/*.json' },
  services: { base: 'services', pattern: '**/*.yaml' },
} as const satisfies Record<string, GlobCollection | FileCollection>;

export type CollectionName = keyof typeof LAYOUT;
export const COLLECTION_NAMES = Object.keys(LAYOUT) as CollectionName[];

type Located<T> = T extends { base: string } ? GlobCollection : FileCollection;
export type CollectionFiles = { [C in CollectionName]: Located<(typeof LAYOUT)[C]> };

/** Each collection's files under `dir`, the content folder by default (src/content, or PORTAL_CONTENT). */
export function collectionFiles(dir = contentDir()): CollectionFiles {
  const under = (path: string) => `${dir.replace(/\/+$/, '')}/${path}`;
  return Object.fromEntries(
    Object.entries(LAYOUT).map(([name, where]) => [name, 'file' in where ? { file: under(where.file) } : { base: under(where.base), pattern: where.pattern }]),
  ) as CollectionFiles;
}

/** Turns a file path under a collection's base into the entry id: Astro's loaders use it too (generateId), so ids match. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath
    .replace(/\.(mdx|md|yaml|yml|json)$/i, '')
    .split('/')
    .map((part) => part.toLowerCase())
    .join('/');
}
