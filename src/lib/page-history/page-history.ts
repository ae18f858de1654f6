/**
 * One page's history from its committed versions: drafts left out (never published), the
 * last version of each day kept, each dated from and to, each with what changed from the
 * one before, and each old version judged and made ready for the build or listed only.
 */
import { versionChanges } from '../changes.ts';
import type { LoadedEntry } from '../entry.ts';
import { parseEntries } from '../rules/index.ts';
import { isDraft, type ParsedEntry, type SiteMap } from '../rules/types.ts';
import { judgeOldVersion, type TodaysIds } from './renderable.ts';
import { lastOfEachDay, publishedDay, withPeriods, type VersionRecord } from './versions.ts';

/** A committed state of the page's file, newest first; `entry` is undefined when the file could not be read. */
export interface CommittedVersion {
  commit: string;
  /** ISO 8601 commit time. */
  committed: string;
  source: string;
  entry: LoadedEntry | undefined;
}

export interface PageHistoryInput {
  committed: readonly CommittedVersion[];
  /** The page as this build has it (parsed already, or not). */
  current: { source: string; entry: LoadedEntry | ParsedEntry };
  /** The build's day: the date of changes not yet committed. */
  today: string;
  ids: TodaysIds;
  site: SiteMap;
}

export interface PageHistoryOutput {
  /** Newest first. */
  records: VersionRecord[];
  /** The old versions to build, by the day each was published: their front matter and the body ready for today's layout. */
  files: { day: string; text: string }[];
}

export function buildPageHistory({ committed, current, today, ids, site }: PageHistoryInput): PageHistoryOutput {
  // A draft was never published: it is no version a reader could have seen.
  // Each version's body is parsed once, under the page's id, for both what changed and whether it can be shown.
  // The current entry may come parsed already, and the newest commit is usually the same file.
  const parse = (entry: LoadedEntry | undefined, source?: string) =>
    source === current.source && 'tree' in current.entry
      ? (current.entry as ParsedEntry)
      : entry && (parseEntries([{ ...entry, id: current.entry.id }], new Set()).parsed[0] as ParsedEntry);
  const published = committed
    .filter((version) => !(version.entry && isDraft(version.entry)))
    .map((version) => ({ ...version, day: publishedDay(version.committed), entry: parse(version.entry, version.source) }));
  // Changes not yet committed (a local build) are the current version, dated the build's day.
  const uncommitted =
    published[0]?.source === current.source ? [] : [{ commit: undefined, day: today, source: current.source, entry: parse(current.entry, current.source) }];
  const versions = withPeriods(lastOfEachDay([...uncommitted, ...published]));
  const files: PageHistoryOutput['files'] = [];
  const records = versions.map((version, i): VersionRecord => {
    const older = versions[i + 1];
    const changes = version.entry ? versionChanges(older?.entry, version.entry) : ['This version’s file cannot be read.'];
    const base = { from: version.from, ...(version.to ? { to: version.to } : {}), ...(version.commit ? { commit: version.commit } : {}), changes };
    if (i === 0) return { ...base, current: true, shown: true };
    const verdict = version.entry ? judgeOldVersion(version.entry, ids, site) : { shown: false as const, why: 'its file cannot be read' };
    if (!verdict.shown) return { ...base, current: false, shown: false, whyNotShown: verdict.why };
    const frontmatter = version.source.slice(0, version.source.length - (version.entry?.body?.length ?? 0));
    files.push({ day: version.from, text: `${frontmatter}${verdict.body}` });
    return { ...base, current: false, shown: true, ...(verdict.todaysData ? { todaysData: true } : {}) };
  });
  return { records, files };
}
