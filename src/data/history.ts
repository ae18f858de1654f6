// Page histories: each published page's versions, from the history scripts/write-versions.ts
// wrote before the build, and the old versions that can be read. A page that is a draft
// today has no history on the site, and a version that was a draft was never published.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { partnership } from '../lib/partnership.ts';
import { readOldFields } from '../lib/page-history/renderable.ts';
import { commitUrl, HISTORY_FILE, shortHash, versionsDir, type HistoryDepth, type HistoryFile, type VersionRecord } from '../lib/page-history/versions.ts';
import { versionUrl } from '../lib/routes.ts';
import { publishedPages } from './queries.ts';

/** One version as the history page lists it. */
export interface PageVersion extends VersionRecord {
  /** Where to read it: an old version's own address, when it can be shown. */
  url?: string;
  /** The commit as people quote it, and its page on the repository's site when one is configured. */
  shortCommit?: string;
  commitUrl?: string;
}

export interface PageHistory {
  page: CollectionEntry<'pages'>;
  /** Newest first; empty when this build could not read history. */
  versions: PageVersion[];
  depth: HistoryDepth;
}

/** An old version that can be read, with its fields read by today's schema. */
export interface OldVersion {
  page: CollectionEntry<'pages'>;
  version: PageVersion & { to: string };
  entry: CollectionEntry<'versions'>;
  data: NonNullable<ReturnType<typeof readOldFields>>;
}

/** What write-versions.ts wrote; without it (astro build alone, astro dev), no history was read. */
function historyFile(): HistoryFile {
  const path = join(process.cwd(), versionsDir(), HISTORY_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as HistoryFile) : { depth: 'none', pages: {} };
}

let cached: Promise<{ histories: PageHistory[]; old: OldVersion[] }> | undefined;

async function load() {
  const file = historyFile();
  const entries = new Map((await getCollection('versions')).map((entry) => [entry.id, entry]));
  const report = partnership().reportProblem;
  const repository = report?.kind === 'github' ? report.repository : undefined;
  const histories: PageHistory[] = [];
  const old: OldVersion[] = [];
  for (const page of await publishedPages()) {
    const versions = (file.pages[page.id] ?? []).map((record): PageVersion => {
      const commit = record.commit
        ? { shortCommit: shortHash(record.commit), ...(commitUrl(repository, record.commit) ? { commitUrl: commitUrl(repository, record.commit) } : {}) }
        : {};
      if (record.current || !record.shown || !record.to) return { ...record, ...commit };
      const entry = entries.get(`${page.id}/${record.from}`);
      const data = entry ? readOldFields(entry.data) : undefined;
      // A file missing or changed since write-versions.ts judged it: listed, never a broken page.
      if (!entry || !data || data.draft) return { ...record, ...commit, shown: false, whyNotShown: 'it was not prepared for this build' };
      const version = { ...record, ...commit, to: record.to, url: versionUrl(page.id, record.from) };
      old.push({ page, version, entry, data });
      return version;
    });
    histories.push({ page, versions, depth: file.depth });
  }
  return { histories, old };
}

/** Every published page's history. */
export async function pageHistories(): Promise<PageHistory[]> {
  cached ??= load();
  return (await cached).histories;
}

/** Every old version a reader can open. */
export async function oldVersions(): Promise<OldVersion[]> {
  cached ??= load();
  return (await cached).old;
}
