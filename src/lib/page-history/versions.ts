/**
 * A page's published versions as readers see them: one per day it changed (the
 * last change of that day), each with the period it stood for, and the history the
 * build writes for the pages to read. Pure: dates in, dates out (the folder follows PORTAL_OUT).
 */
import { outDir } from '../folders.ts';

/**
 * Where scripts/write-versions.ts writes old versions (one MDX file each) and the history, for the
 * build to read; not committed. One folder per output folder (PORTAL_OUT), so another partnership's
 * build in the same project never hands its old pages to this one.
 */
export const versionsDir = (): string => (outDir() === 'dist' ? '.astro/page-versions' : `.astro/page-versions-${outDir().replace(/[^\w.-]+/g, '-')}`);
/** The history of every page, inside versionsDir(). */
export const HISTORY_FILE = 'history.json';

/** Days are the UK's: a change made at 00:30 BST on 1 March was published on 1 March. */
export const HISTORY_TIME_ZONE = 'Europe/London';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: HISTORY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day (YYYY-MM-DD, UK time) of an ISO 8601 moment such as git's 2025-02-28T23:30:00-05:00. */
export function publishedDay(moment: string): string {
  const time = Date.parse(moment);
  if (Number.isNaN(time)) throw new Error(`"${moment}" is not a date and time`);
  return dayFormat.format(time);
}

/** Versions newest first, keeping only the newest of each day: the page as it stood at the end of that day. */
export function lastOfEachDay<T extends { day: string }>(newestFirst: readonly T[]): T[] {
  const seen = new Set<string>();
  return newestFirst.filter((version) => {
    if (seen.has(version.day)) return false;
    seen.add(version.day);
    return true;
  });
}

export interface Period {
  /** The day this version was published. */
  from: string;
  /** The day the next version replaced it; undefined for the current version. */
  to?: string;
}

/** Versions newest first, each given the period it stood: from its own day to the day the next one came. */
export function withPeriods<T extends { day: string }>(newestFirst: readonly T[]): (T & Period)[] {
  return newestFirst.map((version, i) => {
    const newer = newestFirst[i - 1];
    return { ...version, from: version.day, ...(newer ? { to: newer.day } : {}) };
  });
}

/** How much history the build could read. */
export type HistoryDepth =
  /** Every commit: old versions are built. */
  | 'full'
  /** A shallow clone: only the current versions. */
  | 'shallow'
  /** No git repository (an unpacked archive, a copy): only the current versions. */
  | 'none';

/** One version in a page's history, as the build writes it. */
export interface VersionRecord extends Period {
  /** The full commit hash; undefined for changes not yet committed. */
  commit?: string;
  /** What changed from the version before, one plain sentence each. */
  changes: string[];
  current: boolean;
  /** For an old version: whether it can be read on the site with today's layout, and why not. */
  shown: boolean;
  whyNotShown?: string;
  /** It shows components drawn from today's data (contacts, charts, lists), not the data of its time. */
  todaysData?: boolean;
}

/** What scripts/write-versions.ts writes for the site to read. */
export interface HistoryFile {
  depth: HistoryDepth;
  /** Page id to its versions, newest first. */
  pages: Record<string, VersionRecord[]>;
}

/** The one line the build prints when it cannot read history; undefined when it can. */
export function historyNotice(depth: HistoryDepth): string | undefined {
  if (depth === 'shallow') return 'Page history: shallow clone, only current versions shown — fetch full history (git fetch --unshallow) to build old versions';
  if (depth === 'none')
    return 'Page history: no git repository here, only current versions shown — build from a git clone with full history to build old versions';
  return undefined;
}

/** What git says about the repository: rev-parse's answer, or undefined when there is no repository. */
export function depthOf(isShallow: string | undefined): HistoryDepth {
  if (isShallow === undefined) return 'none';
  return isShallow.trim() === 'true' ? 'shallow' : 'full';
}

/** The commit's page on the repository's website, when the partnership has a GitHub repository address. */
export function commitUrl(repository: string | undefined, commit: string): string | undefined {
  return repository ? `${repository.replace(/\/+$/, '')}/commit/${commit}` : undefined;
}

/** A commit hash as people quote it. */
export const shortHash = (commit: string) => commit.slice(0, 7);

/** `prefix` and `title` within `max` characters, the title shortened with … when needed. */
export function titleWithin(prefix: string, title: string, max = 70): string {
  const whole = `${prefix}${title}`;
  return whole.length <= max ? whole : `${whole.slice(0, max - 1).trimEnd()}…`;
}
