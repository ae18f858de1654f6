/**
 * A minimal RSS 2.0 document. Pure: same input, same bytes. Links may be root-relative
 * paths while the site address is not set; their guid is then marked not a permalink.
 */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** YYYY-MM-DD */
  date: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rssFeed(feed: { title: string; link: string; description: string; items: FeedItem[] }): string {
  const items = feed.items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link><guid${/^https?:\/\//.test(item.link) ? '' : ' isPermaLink="false"'}>${escapeXml(item.link)}</guid><pubDate>${new Date(`${item.date}T00:00:00Z`).toUTCString()}</pubDate><description>${escapeXml(item.description)}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeXml(feed.title)}</title><link>${escapeXml(feed.link)}</link><description>${escapeXml(feed.description)}</description><language>en-gb</language>${items}</channel></rss>\n`;
}
