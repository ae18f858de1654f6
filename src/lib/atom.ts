/**
 * A minimal Atom 1.0 feed (RFC 4287). Pure: same input, same bytes, so two builds
 * of the same content are identical. Every date comes from content, never the clock.
 */
export interface AtomEntry {
  /** A permanent IRI, unique in the feed: feed readers use it to spot entries already seen. */
  id: string;
  title: string;
  /** The web page the entry is about. */
  link: string;
  summary: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface AtomFeed {
  /** A permanent IRI for the feed itself. */
  id: string;
  title: string;
  subtitle: string;
  /** The HTML page this feed mirrors. */
  link: string;
  /** Where the feed is published, so readers can find it again. */
  self: string;
  /** Atom requires an author; an organisation's name is enough. */
  author: string;
  /** YYYY-MM-DD: the newest date in the content, never the build time. */
  updated: string;
  entries: readonly AtomEntry[];
}

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Midnight UTC on a content date, as Atom's RFC 3339 timestamp. */
export function atomDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`atomDate: "${date}" is not a YYYY-MM-DD date`);
  return `${date}T00:00:00Z`;
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (entry) =>
      `<entry>${element('id', entry.id)}${element('title', entry.title)}<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>${element('updated', atomDate(entry.date))}${element('summary', entry.summary)}</entry>\n`,
  );
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">\n' +
    `${element('id', feed.id)}\n` +
    `${element('title', feed.title)}\n` +
    `${element('subtitle', feed.subtitle)}\n` +
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>\n` +
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>\n` +
    `<author>${element('name', feed.author)}</author>\n` +
    `${element('updated', atomDate(feed.updated))}\n` +
    entries.join('') +
    '</feed>\n'
  );
}
