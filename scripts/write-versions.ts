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
import { versionChanges } from '../src/lib/changes.ts';
import { loadAll, loadFile, publicFiles, type LoadedEntry } from '../src/lib/content-check.ts';
import { COLLECTION_FILES } from '../src/lib/collections.ts';
import { gitLogArgs, parseGitLog, versionsOfFile } from '../src/lib/page-history/git-log.ts';
import { judgeOldVersion } from '../src/lib/page-history/renderable.ts';
import { depthOf, HISTORY_FILE, historyNotice, lastOfEachDay, publishedDay, VERSIONS_DIR, withPeriods, type HistoryFile, type VersionRecord } from '../src/lib/page-history/versions.ts';
import { parseEntries } from '../src/lib/rules/index.ts';
import { buildSiteMap } from '../src/lib/rules/site-map.ts';
import { isDraft } from '../src/lib/rules/types.ts';

const started = performance.now();
const root = process.cwd();
const out = join(root, VERSIONS_DIR);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const git = (args: string[], input?: string) => spawnSync('git', args, { cwd: root, input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });

// One call answers both: is this a repository, and is it shallow; and where the project sits in it.
const probe = git(['rev-parse', '--is-shallow-repository', '--show-prefix']);
const [shallowAnswer, prefix = ''] = probe.status === 0 ? probe.stdout.split('\n') : [];
const depth = depthOf(probe.status === 0 ? shallowAnswer : undefined);
const history: HistoryFile = { depth, pages: {} };

if (depth !== 'full') {
  console.log(historyNotice(depth));
} else {
  const { entries } = loadAll(root);
  const pages = entries.filter((entry) => entry.collection === 'pages' && !isDraft(entry));
  const commits = parseGitLog(git(gitLogArgs(COLLECTION_FILES.pages.base)).stdout);
  const wanted = new Map(pages.map((page) => [page.id, versionsOfFile(commits, `${prefix}${page.file}`)]));

  // Every old file at once: git cat-file reads "<commit>:<path>" lines and answers each with its size and bytes.
  const requests = [...wanted.values()].flat().map((version) => `${version.commit}:${version.path}`);
  const blobs = readBlobs(requests);

  // Old versions are read with the content checker's own loader, from a scratch copy of each file.
  const scratch = mkdtempSync(join(tmpdir(), 'portal-versions-'));
  const site = buildSiteMap(parseEntries(entries, new Set()).parsed, publicFiles(root));
  const ids = { services: idsOf(entries, 'services'), datasets: idsOf(entries, 'datasets') };
  let shown = 0;
  let listed = 0;
  try {
    for (const page of pages) {
      const currentSource = readFileSync(join(root, page.file), 'utf8');
      const committed = (wanted.get(page.id) ?? []).flatMap((version, i) => {
        const source = blobs.get(`${version.commit}:${version.path}`);
        if (source === undefined) return [];
        const loaded = loadFile(scratch, 'pages', writeScratch(scratch, `${i}/${page.file}`, source), page.id).entries[0];
        // A draft was never published: it is no version a reader could have seen.
        if (loaded && isDraft(loaded)) return [];
        return [{ commit: version.commit, day: publishedDay(version.committed), source, entry: loaded }];
      });
      // Changes not yet committed (a local build) are the current version, dated the build's day.
      const uncommitted = committed[0]?.source === currentSource ? [] : [{ commit: undefined, day: buildDate(), source: currentSource, entry: page as LoadedEntry | undefined }];
      const versions = withPeriods(lastOfEachDay([...uncommitted, ...committed]));
      history.pages[page.id] = versions.map((version, i): VersionRecord => {
        const older = versions[i + 1];
        const changes = version.entry ? versionChanges(older?.entry, version.entry) : ['This version’s file cannot be read.'];
        const base = { from: version.from, ...(version.to ? { to: version.to } : {}), ...(version.commit ? { commit: version.commit } : {}), changes };
        if (i === 0) return { ...base, current: true, shown: true };
        const verdict = version.entry ? judgeOldVersion(parsed(version.entry), ids, site) : { shown: false as const, why: 'its file cannot be read' };
        if (!verdict.shown) {
          listed++;
          return { ...base, current: false, shown: false, whyNotShown: verdict.why };
        }
        shown++;
        const frontmatter = version.source.slice(0, version.source.length - (version.entry?.body?.length ?? 0));
        writeScratch(out, `${page.id}/${version.from}.mdx`, `${frontmatter}${verdict.body}`);
        return { ...base, current: false, shown: true, ...(verdict.todaysData ? { todaysData: true } : {}) };
      });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Page history: ${pages.length} pages, ${shown + listed} old versions (${shown} shown, ${listed} listed only) from ${commits.length} commits, in ${seconds} s.`);
}

writeFileSync(join(out, HISTORY_FILE), `${JSON.stringify(history, null, 1)}\n`);

function idsOf(entries: readonly LoadedEntry[], collection: string): Set<string> {
  return new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id));
}

function parsed(entry: LoadedEntry) {
  return parseEntries([entry], new Set()).parsed[0] ?? { ...entry, valid: false };
}

function writeScratch(dir: string, file: string, source: string): string {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, source);
  return path;
}

/** The text of each "<commit>:<path>", read by one git cat-file process. */
function readBlobs(requests: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  if (requests.length === 0) return found;
  const run = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input: `${requests.join('\n')}\n`, maxBuffer: 512 * 1024 * 1024 });
  const output = run.stdout;
  let at = 0;
  for (const request of requests) {
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString('utf8');
    at = end + 1;
    // "<hash> blob <size>", or "<request> missing" for a path the commit does not have.
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) continue;
    found.set(request, output.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return found;
}
