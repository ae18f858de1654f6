/**
 * HTTP security headers for static hosts (Netlify, Cloudflare Pages and others read
 * a `_headers` file). The CSP is the one Astro writes into each page's <meta>, plus
 * frame-ancestors, which only works as a header. The editor at /admin/ has a policy of its own.
 */
import { CMS_CSP, CMS_PATH } from './cms-local.ts';

/** The policy from a built page's CSP <meta>, or null. */
export function cspFromHtml(html: string): string | null {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"') ?? null;
}

/** Policies as directive → sources, so two pages' policies can be joined. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

/** One policy allowing what any page needs (pages differ only in script and style hashes). */
export function joinCsp(policies: readonly string[]): string {
  const joined = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = joined.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      joined.set(name, set);
    }
  }
  return [...joined].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export const SECURITY_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** The header CSP: the pages' policy, and nobody may frame the portal. */
export const headerCsp = (pagePolicy: string) => `${pagePolicy}; frame-ancestors 'none'`;

/** Headers a part of the site sends instead of the pages' ones: the editor at /admin/. */
export interface HeaderOverride {
  /** A folder, e.g. /admin/: the block covers everything under it. */
  path: string;
  headers: Record<string, string>;
}

/**
 * The editor's headers: its own policy, nobody frames it either, search engines leave it out,
 * and it may keep its sign-in window (GitHub's) as an opener, which same-origin would cut.
 */
export const CMS_HEADERS: HeaderOverride = {
  path: CMS_PATH,
  headers: { 'Content-Security-Policy': headerCsp(CMS_CSP), 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups', 'X-Robots-Tag': 'noindex' },
};

/**
 * The `_headers` file: every path gets the pages' headers; an override's block follows and
 * replaces the headers it names under its folder (a later block wins, as Netlify reads it).
 */
export function headersFile(pagePolicy: string, overrides: readonly HeaderOverride[] = []): string {
  const lines = [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Other hosts: send the same headers; see README "Security headers".',
    '/*',
    `  Content-Security-Policy: ${headerCsp(pagePolicy)}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    ...overrides.flatMap((override) => [`${override.path}*`, ...Object.entries(override.headers).map(([name, value]) => `  ${name}: ${value}`)]),
  ];
  return `${lines.join('\n')}\n`;
}

/** The blocks of a `_headers` file: a path pattern and its headers, in order. */
export function readHeaderBlocks(text: string): { path: string; headers: Record<string, string> }[] {
  const blocks: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (/^\//.test(line)) blocks.push({ path: line.trim(), headers: {} });
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    const block = blocks.at(-1);
    if (match?.[1] && match[2] && block) block.headers[match[1]] = match[2];
  }
  return blocks;
}

/** Whether a `_headers` path pattern (/*, /admin/*, /exact/) covers a request path. */
export const pathMatches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/** The headers a request path gets from a `_headers` file: each matching block in turn, later ones winning. */
export function readHeadersFile(text: string, path = '/'): Record<string, string> {
  return Object.assign(
    {},
    ...readHeaderBlocks(text)
      .filter((block) => pathMatches(block.path, path))
      .map((block) => block.headers),
  ) as Record<string, string>;
}
