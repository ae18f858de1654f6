/**
 * Where a link in page content goes on this site, read the way a browser would. Shared by the
 * links rule, the pull-request summary (links that now break) and page history (links that went).
 */

/** Any scheme (https:, mailto:, tel:): a link that leaves the site. */
export const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** A made-up origin to resolve relative links against. */
const BASE = 'https://portal.invalid';

/** %-escapes decoded; a malformed one is left as written. */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The path and #fragment a link on the page at `here` goes to, decoded, and the resolved address as written. */
export function resolveLink(url: string, here: string): { path: string; fragment: string; resolved: URL } {
  const resolved = new URL(url, `${BASE}${here}`);
  return { path: decoded(resolved.pathname), fragment: decoded(resolved.hash.slice(1)), resolved };
}

/** Whether a link points at this site: no scheme, not protocol-relative, not empty. */
export const isOnSite = (url: string): boolean => !SCHEME.test(url) && !url.startsWith('//') && url.trim() !== '';
