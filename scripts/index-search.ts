/**
 * Builds the search index for a built site (scripts/lib/search-index.ts says what it holds).
 * `npm run build` does this itself, beside the content check; this is for a site built some other way.
 * Usage: node scripts/index-search.ts [--site dist] (the site defaults to PORTAL_OUT, else dist;
 * the content to PORTAL_CONTENT, else src/content)
 */
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content-check.ts';
import { outDir } from '../src/lib/folders.ts';
import { prepareSearchIndex, writeSearchIndex } from './lib/search-index.ts';

const siteFlag = process.argv.indexOf('--site');
const site = resolve(siteFlag > -1 ? (process.argv[siteFlag + 1] ?? outDir()) : outDir());
const root = process.cwd();

// The content is only read and typed here, each file once; the check is npm run check:content.
const { content, problems } = loadContent(root);
if (problems.length > 0) throw new Error(`The content has problems: run npm run check:content (first: ${problems[0]?.file})`);
console.log(await writeSearchIndex(site, prepareSearchIndex(root, content)));
