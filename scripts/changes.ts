/**
 * npm run changes -- --base <ref> [--head <ref>] [--root <dir>]
 * Writes, as Markdown on standard output, what readers will see change between
 * the content at git ref <ref> and the working tree (or the content at --head).
 * CI posts it on each pull request, so a reviewer reads changes, not a raw diff.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { diffContent, formatChanges, type ContentVersion } from '../src/lib/changes.ts';
import { loadAll, publicFiles } from '../src/lib/content-check.ts';
import { contentDir } from '../src/lib/folders.ts';

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > -1 ? process.argv[at + 1] : undefined;
};

const root = resolve(flag('--root') ?? '.');
const base = flag('--base');
const head = flag('--head');
if (!base) {
  console.error('Say what to compare with: npm run changes -- --base main (a branch, tag or commit).');
  process.exit(1);
}

const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

/** The commit a ref names, or a plain message and exit when git does not know it. */
function commitOf(ref: string): string {
  try {
    return git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).toString().trim();
  } catch {
    console.error(`"${ref}" is not a branch, tag or commit in ${root} — check the name, or fetch it first (git fetch origin ${ref.replace(/^origin\//, '')}).`);
    process.exit(1);
  }
}

/** The content at a commit, read with git and laid out in a scratch folder so the checker's own loader reads it. */
function versionAt(commit: string): ContentVersion {
  const content = contentDir();
  const files = git('ls-tree', '-r', '-z', '--name-only', commit, '--', content, 'public').toString().split('\0').filter(Boolean);
  const scratch = mkdtempSync(join(tmpdir(), 'portal-changes-'));
  try {
    for (const file of files.filter((path) => path.startsWith(`${content}/`))) {
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      writeFileSync(join(scratch, file), git('show', `${commit}:${file}`));
    }
    return { entries: loadAll(scratch).entries, publicFiles: files.filter((path) => path.startsWith('public/')).map((path) => path.slice('public/'.length)) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const short = (commit: string) => commit.slice(0, 7);
const baseCommit = commitOf(base);
const headCommit = head ? commitOf(head) : undefined;
const before = versionAt(baseCommit);
const after = headCommit ? versionAt(headCommit) : { entries: loadAll(root).entries, publicFiles: publicFiles(root) };
const compared = `${base} (${short(baseCommit)}) with ${head && headCommit ? `${head} (${short(headCommit)})` : 'the working tree'}`;
process.stdout.write(formatChanges(diffContent(before, after), compared));
