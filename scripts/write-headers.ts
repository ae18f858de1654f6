/**
 * Writes dist/_headers with the Content Security Policy of the built pages and the
 * other security headers. Run after `astro build`. Usage: node scripts/write-headers.ts [--site dist]
 * (the site defaults to PORTAL_OUT, else dist). It reads the built pages only, no content.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { outDir } from '../src/lib/folders.ts';
import { cspFromHtml, headersFile, joinCsp } from '../src/lib/security-headers.ts';

const siteFlag = process.argv.indexOf('--site');
const site = resolve(siteFlag > -1 ? (process.argv[siteFlag + 1] ?? outDir()) : outDir());

const html = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? html(full) : name.endsWith('.html') ? [full] : [];
  });

const policies = html(site).map((file) => cspFromHtml(readFileSync(file, 'utf8')));
const missing = policies.filter((p) => p === null).length;
if (missing > 0) throw new Error(`${missing} built pages have no Content Security Policy <meta>`);
writeFileSync(join(site, '_headers'), headersFile(joinCsp(policies as string[])));
console.log(`Security headers: ${relative(process.cwd(), join(site, '_headers'))} written for ${policies.length} pages.`);
