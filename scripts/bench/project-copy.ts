/**
 * Copies the project into a throwaway directory so benchmarks and slow tests can
 * build without touching the shared dist/ that other checks read.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Everything a build reads. dist/, .astro/ and caches stay behind so each copy builds from cold. */
export const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

/** Build caches Astro and Vite keep inside node_modules by default (cacheDir). */
const CACHE_DIRS = new Set(['.astro', '.vite', '.vitest']);

/**
 * A fresh copy of `root` in the system temp directory. node_modules is a real
 * directory of links to each package, not one link to the whole folder: Astro keeps
 * its content cache in node_modules/.astro, and a shared one would let copies read
 * (and overwrite) the cache of the project and of each other.
 */
export function copyProject(root: string, prefix: string, { history = false } = {}): string {
  const from = resolve(root);
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const item of PROJECT_FILES) {
    if (existsSync(join(from, item))) cpSync(join(from, item), join(copy, item), { recursive: true });
  }
  linkNodeModules(from, copy);
  if (history) linkGitHistory(from, copy);
  return copy;
}

/** Gives `dir` its own node_modules of links to each package of the project at `from`, caches left behind. */
export function linkNodeModules(from: string, dir: string): void {
  const modules = realpathSync(join(from, 'node_modules'));
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!CACHE_DIRS.has(name)) symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
}

/**
 * Points the copy at the project's git repository with a .git file (as a worktree has), so a
 * build in the copy reads the same page history (scripts/write-versions.ts only reads git).
 * Left out when the project is not a repository's top folder: the paths in git would not match.
 */
function linkGitHistory(from: string, copy: string): void {
  const run = spawnSync('git', ['rev-parse', '--absolute-git-dir', '--show-prefix'], { cwd: from, encoding: 'utf8' });
  const [gitDir, prefix] = run.status === 0 ? run.stdout.split('\n') : [];
  if (gitDir && prefix === '') writeFileSync(join(copy, '.git'), `gitdir: ${gitDir}\n`);
}

export function removeCopy(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
}
