/**
 * Writes dist/_headers with the Content Security Policy of the built pages and the
 * other security headers, and the editor's own block for /admin/ (its policy is not the
 * readers'). Run after `astro build`. Usage: node scripts/write-headers.ts [--site dist]
 * (the site defaults to PORTAL_OUT, else dist). It reads the built pages only, no content.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtPages } from '../src/lib/built-pages.ts';
import { join, relative, resolve } from 'node:path';
import { outDir } from '../src/lib/folders.ts';
import { CMS_PATH } from '../src/lib/cms-local.ts';
import { CMS_HEADERS, cspFromHtml, headersFile, joinCsp } from '../src/lib/security-headers.ts';

const siteFlag = process.argv.indexOf('--site');
const site = resolve(siteFlag > -1 ? (process.argv[siteFlag + 1] ?? outDir()) : outDir());

const admin = join(site, CMS_PATH);
// Reader pages only (the shared walker leaves out the editor): its policy must not widen theirs.
const policies = builtPages(site).map((page) => cspFromHtml(readFileSync(page.file, 'utf8')));
const missing = policies.filter((p) => p === null).length;
if (missing > 0) throw new Error(`${missing} built pages have no Content Security Policy <meta>`);
writeFileSync(join(site, '_headers'), headersFile(joinCsp(policies as string[]), existsSync(admin) ? [CMS_HEADERS] : []));
console.log(
  `Security headers: ${relative(process.cwd(), join(site, '_headers'))} written for ${policies.length} pages${existsSync(admin) ? `, and the editor at ${CMS_PATH}` : ''}.`,
);
