/**
 * Before astro build: reads every earlier version of every page from git and writes, into
 * .astro/page-versions/ (not committed), one MDX file per old version that today's layout
 * can show, and history.json with each page's versions, dates and what changed.
 * One `git log` and one `git cat-file --batch`, however many pages there are.
 * In a shallow clone, or with no git at all, it says so in one line and writes no old versions.
 * Usage: node scripts/write-versions.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildDate } from '../src/lib/build-date.ts';
import { loadAll, loadFile, publicFiles, type LoadedEntry } from '../src/lib/content-check.ts';
import { collectionFiles } from '../src/lib/collections.ts';
import { gitLogArgs, parseGitLog, versionsOfFile } from '../src/lib/page-history/git-log.ts';
import { buildPageHistory } from '../src/lib/page-history/page-history.ts';
import { depthOf, HISTORY_FILE, historyNotice, versionsDir, type HistoryFile } from '../src/lib/page-history/versions.ts';
import { parseEntries } from '../src/lib/rules/index.ts';
import { buildSiteMap } from '../src/lib/rules/site-map.ts';
import { isDraft } from '../src/lib/rules/types.ts';

const started = performance.now();
const root = process.cwd();
const out = join(root, versionsDir());
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });

// One call says whether this is a repository, whether it is shallow, and where the project sits in it.
const probe = git(['rev-parse', '--is-shallow-repository', '--show-prefix']);
const [shallowAnswer, prefix = ''] = probe.status === 0 ? probe.stdout.split('\n') : [];
const depth = depthOf(probe.status === 0 ? shallowAnswer : undefined);
const history: HistoryFile = { depth, pages: {} };

if (depth !== 'full') {
  console.log(historyNotice(depth));
} else {
  const { entries } = loadAll(root);
  const pages = entries.filter((entry) => entry.collection === 'pages' && !isDraft(entry));
  const commits = parseGitLog(git(gitLogArgs(collectionFiles().pages.base)).stdout);
  const wanted = new Map(pages.map((page) => [page.id, versionsOfFile(commits, `${prefix}${page.file}`)]));
  const blobs = readBlobs([...wanted.values()].flat().map((version) => `${version.commit}:${version.path}`));

  const parsed = parseEntries(entries, new Set()).parsed;
  const site = buildSiteMap(parsed, publicFiles(root));
  const parsedPages = new Map(parsed.filter((entry) => entry.collection === 'pages').map((entry) => [entry.id, entry]));
  const ids = { services: idsOf(entries, 'services'), datasets: idsOf(entries, 'datasets') };
  // Old files are read with the content checker's own loader, from a scratch copy of each.
  const scratch = mkdtempSync(join(tmpdir(), 'portal-versions-'));
  let shown = 0;
  let listed = 0;
  try {
    for (const page of pages) {
      const committed = (wanted.get(page.id) ?? []).flatMap((version, i) => {
        const source = blobs.get(`${version.commit}:${version.path}`);
        if (source === undefined) return [];
        const entry = loadFile(scratch, 'pages', writeFile(scratch, `${i}/${page.file}`, source), page.id).entries[0];
        return [{ commit: version.commit, committed: version.committed, source, entry }];
      });
      const current = { source: readFileSync(join(root, page.file), 'utf8'), entry: parsedPages.get(page.id) ?? page };
      const { records, files } = buildPageHistory({ committed, current, today: buildDate(), ids, site });
      history.pages[page.id] = records;
      for (const file of files) writeFile(out, `${page.id}/${file.day}.mdx`, file.text);
      shown += files.length;
      listed += records.filter((record) => !record.shown).length;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Page history: ${pages.length} pages, ${shown + listed} old versions (${shown} shown, ${listed} listed only) from ${commits.length} commits, in ${seconds} s.`,
  );
}

writeFileSync(join(out, HISTORY_FILE), `${JSON.stringify(history, null, 1)}\n`);

function idsOf(entries: readonly LoadedEntry[], collection: string): Set<string> {
  return new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id));
}

function writeFile(dir: string, file: string, text: string): string {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** The text of each "<commit>:<path>", read by one git cat-file process. */
function readBlobs(requests: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  if (requests.length === 0) return found;
  const output = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input: `${requests.join('\n')}\n`, maxBuffer: 512 * 1024 * 1024 }).stdout;
  let at = 0;
  for (const request of requests) {
    const end = output.indexOf(0x0a, at);
    if (end < 0) break;
    // "<hash> blob <size>" then the bytes, or "<request> missing" for a path the commit does not have.
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(output.subarray(at, end).toString('utf8'))?.[1];
    at = end + 1;
    if (size === undefined) continue;
    found.set(request, output.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return found;
}
