/**
 * Copies the project into a throwaway directory so benchmarks and slow tests can
 * build without touching the shared dist/ that other checks read.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Everything a build reads. dist/, .astro/ and caches stay behind so each copy builds from cold. */
export const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

/** A fresh copy of `root` in the system temp directory; node_modules is linked, not copied. */
export function copyProject(root: string, prefix: string): string {
  const from = resolve(root);
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const item of PROJECT_FILES) {
    if (existsSync(join(from, item))) cpSync(join(from, item), join(copy, item), { recursive: true });
  }
  symlinkSync(join(from, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

export function removeCopy(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
}
