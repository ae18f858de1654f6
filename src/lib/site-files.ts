/**
 * Builders for the site-wide files (robots.txt, sitemap.xml, security.txt, the web
 * app manifest) and the site-wide change log. Pure: dates come from content or the
 * build date passed in, never the clock, so two builds are byte-identical.
 */
import { createHash } from 'node:crypto';
import { escapeXml } from './atom.ts';
import { REPORT_PROBLEM } from './routes.ts';
import type { PartnershipData } from './schemas.ts';

/**
 * A page's address for readers and feeds: in full when the site address is known,
 * else its root-relative path. Never an invented host.
 */
export const pageAddress = (path: string, site: URL | undefined): string => (site ? new URL(path, site).href : path);

/** Routes that are not built from a collection. A unit test keeps this in step with src/pages. */
export { FIXED_PAGES } from './routes.ts';

/** Care leaver entitlements have no page of their own: they are listed on this one. */
export const ENTITLEMENTS_PAGE = '/leaving-care/everything/';

export interface Change {
  date: string;
  summary: string;
}

/** A page, level of need or entitlement with its dated history. */
export interface DatedDocument {
  /** Unique on the site and never reused, e.g. pages/early-help or entitlements/staying-put. */
  key: string;
  title: string;
  /** Site path, e.g. /early-help/ */
  url: string;
  approved: string;
  /** Newest first, as editors write them. */
  changes: readonly Change[];
}

export interface ChangeLogEntry extends Change {
  title: string;
  url: string;
  /** The document's key. */
  key: string;
  /** 1 for the oldest change to this document on this date, 2 for the next…: adding a change never renumbers older ones. */
  sequence: number;
}

/** Picks what the change log needs from any entry that shares the base schema. */
export function datedDocument(key: string, url: string, data: { title: string; approved: string; changes: readonly Change[] }): DatedDocument {
  return { key, url, title: data.title, approved: data.approved, changes: data.changes };
}

/** The newest of some YYYY-MM-DD dates (they sort as text), or undefined when there are none. */
export function latestDate(dates: readonly string[]): string | undefined {
  return [...dates].sort().at(-1);
}

/** The day a document last changed: its newest change, or the day it was approved. */
export function lastModified(document: { approved: string; changes: readonly Change[] }): string {
  return latestDate([document.approved, ...document.changes.map((change) => change.date)]) ?? document.approved;
}

/** Every dated change of every document, newest first; ties by title, then key, then newest change first. */
export function changeLog(documents: readonly DatedDocument[]): ChangeLogEntry[] {
  const entries: ChangeLogEntry[] = [];
  for (const document of documents) {
    const seen = new Map<string, number>();
    // Changes are written newest first, so count from the end to keep older numbers stable.
    for (const change of [...document.changes].reverse()) {
      const sequence = (seen.get(change.date) ?? 0) + 1;
      seen.set(change.date, sequence);
      entries.push({ date: change.date, summary: change.summary, title: document.title, url: document.url, key: document.key, sequence });
    }
  }
  return entries.sort(
    (a, b) =>
      b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en-GB') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || b.sequence - a.sequence,
  );
}

/**
 * A name-based UUID (RFC 9562 version 5, URL namespace) as a URN. Feed ids need an
 * absolute IRI; this one needs no host, so it is the same before and after the site
 * address is set or moved, and feed readers never see old changes as new.
 */
export function stableId(name: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const bytes = createHash('sha1').update(namespace).update(`safeguarding-portal:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A permanent id for one change: its document, day and sequence, never the host. */
export function changeId(entry: Pick<ChangeLogEntry, 'date' | 'key' | 'sequence'>): string {
  return stableId(`${entry.key}/${entry.date}/${entry.sequence}`);
}

/** robots.txt: every page may be crawled; the sitemap is named only when it is built (the site address is set). */
export function robotsTxt(site: URL | undefined): string {
  return `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('/sitemap.xml', site).href}\n` : ''}`;
}

export interface SitemapEntry {
  /** Site path, e.g. /early-help/ */
  path: string;
  /** YYYY-MM-DD from content; left out where no content date exists. */
  lastmod?: string;
}

/** sitemap.xml (sitemaps.org 0.9), sorted by address so the output never depends on collection order. */
export function sitemapXml(site: URL, entries: readonly SitemapEntry[]): string {
  const urls = [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((entry) => `<url><loc>${escapeXml(new URL(entry.path, site).href)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`;
}

/**
 * The same calendar day a year later. 29 February becomes 28 February, so the
 * result is never more than a year ahead (RFC 9116 recommends less than a year).
 */
export function oneYearAfter(date: string): string {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const leapDay = month === 2 && day === 29;
  return `${String(year + 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(leapDay ? 28 : day).padStart(2, '0')}`;
}

/**
 * /.well-known/security.txt (RFC 9116). Contact and Expires are required, and
 * Contact must be a full address, so it is built only once the site address is
 * set. No security contact is named in our sources, so Contact is the report a
 * problem page. Expires is midnight UTC a year after the build date: a build
 * later that day is still under a year ahead.
 */
export function securityTxt(site: URL, buildDate: string, partnership: Pick<PartnershipData, 'siteName' | 'reportProblem'>): string {
  const report = partnership.reportProblem;
  // A security problem is not for a public issue: on GitHub it goes to the repository's private advisory form.
  const contact =
    report?.kind === 'email'
      ? `mailto:${report.address}`
      : report?.kind === 'github'
        ? `${report.repository.replace(/\/+$/, '')}/security/advisories/new`
        : new URL(REPORT_PROBLEM, site).href;
  return [
    `# How to report a security problem with the ${partnership.siteName} (RFC 9116).`,
    report
      ? '# Contact is where the partnership asks to be told of problems.'
      : '# No dedicated security contact is published yet: the report a problem page says how to tell us.',
    `Contact: ${contact}`,
    `Expires: ${oneYearAfter(buildDate)}T00:00:00Z`,
    'Preferred-Languages: en',
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
    '',
  ].join('\n');
}

/** What a static endpoint returns to build no file at all (Astro writes nothing for an empty body). */
export const notBuilt = () => new Response(null, { status: 404 });

/** manifest.webmanifest. display "browser": the site stays an ordinary web page, with the browser's own controls. */
export function webManifest({ siteName, description }: { siteName: string; description: string }): string {
  const manifest = {
    name: siteName,
    short_name: siteName.split(' ')[0] ?? siteName,
    description,
    lang: 'en-GB',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#1d4d6e',
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
