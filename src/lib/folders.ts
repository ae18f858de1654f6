/**
 * Where the portal reads its content and writes the site. One partnership's content
 * lives in one folder (src/content, or PORTAL_CONTENT), so another partnership's site
 * builds from its own folder with the same code; PORTAL_OUT keeps that build's output
 * apart from dist/.
 */

/** The content folder, relative to the project root (or absolute). */
export const contentDir = (): string => process.env.PORTAL_CONTENT || 'src/content';

/** A file in the content folder, e.g. contentPath('glossary.yaml'), or in `dir`. */
export const contentPath = (file: string, dir = contentDir()): string => `${dir.replace(/\/+$/, '')}/${file}`;

/** The files of the content folder that are not collections. */
export const CONTENT_FILES = {
  /** The partnership as data: src/lib/partnership.ts. */
  partnership: 'partnership.yaml',
  /** Everyday words for search: scripts/index-search.ts. */
  synonyms: 'search-synonyms.yaml',
  /** Numbers not yet traced to a source, while a partnership traces them (optional). */
  untraced: 'untraced-numbers.yaml',
} as const;

/** Where the build writes the site, relative to the project root. */
export const outDir = (): string => process.env.PORTAL_OUT || 'dist';
