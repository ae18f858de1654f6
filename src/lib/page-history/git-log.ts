/**
 * Reads the one `git log` call the page history needs: every commit that changed a
 * page file, newest first, with what it did to each file (added, changed, renamed,
 * deleted). Pure: the caller runs git and hands over its output.
 */

/** The arguments for that one call, for the files under `pathspec` (e.g. src/content/pages). */
export const gitLogArgs = (pathspec: string): string[] => [
  'log',
  // Along main only: a merge counts as one change, on the day it was merged (published), not the days its branch was worked on.
  '--first-parent',
  // Renames found among the pages, so a page keeps its history when its file moves.
  '-M',
  '--name-status',
  '-z',
  `--format=${RECORD}%H${FIELD}%cI`,
  'HEAD',
  '--',
  pathspec,
];

const RECORD = '%x1e';
const FIELD = '%x1f';

export type ChangeStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T';

export interface FileChange {
  status: ChangeStatus;
  /** The file's path after the commit. */
  path: string;
  /** Its path before, for a rename or copy. */
  from?: string;
}

export interface Commit {
  hash: string;
  /** When the commit was made, ISO 8601 with its offset, e.g. 2025-03-01T09:30:00+00:00. */
  committed: string;
  changes: FileChange[];
}

/** `git log` output as made by `gitLogArgs`, newest commit first. */
export function parseGitLog(output: string): Commit[] {
  return output
    .split('\x1e')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [head = '', ...rest] = record.split('\0');
      const [hash = '', committed = ''] = head.split('\x1f');
      // After the header, NUL-separated fields: a status, then one path (two for a rename or copy).
      const fields = rest.map((field) => field.replace(/^\n/, '')).filter((field) => field !== '');
      const changes: FileChange[] = [];
      for (let i = 0; i < fields.length;) {
        const status = (fields[i] ?? '').charAt(0) as ChangeStatus;
        if (status === 'R' || status === 'C') {
          changes.push({ status, from: fields[i + 1] ?? '', path: fields[i + 2] ?? '' });
          i += 3;
        } else {
          changes.push({ status, path: fields[i + 1] ?? '' });
          i += 2;
        }
      }
      return { hash: hash.trim(), committed: committed.trim(), changes };
    });
}

/** One committed state of a file: the commit and the path the file had in it. */
export interface FileVersion {
  commit: string;
  committed: string;
  path: string;
}

/**
 * Every committed state of the file now at `path`, newest first, following renames
 * back to the commit that added it (as `git log --follow` would, for every file at once).
 */
export function versionsOfFile(commits: readonly Commit[], path: string): FileVersion[] {
  const versions: FileVersion[] = [];
  let current = path;
  for (const commit of commits) {
    const change = commit.changes.find((c) => c.path === current);
    if (!change) continue;
    // Deleted here: the file now at this path was added later, and its history stops there.
    if (change.status === 'D') break;
    versions.push({ commit: commit.hash, committed: commit.committed, path: current });
    if (change.status === 'A' || change.status === 'C') break;
    if (change.status === 'R' && change.from) current = change.from;
  }
  return versions;
}
