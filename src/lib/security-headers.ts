/**
 * HTTP security headers for static hosts (Netlify, Cloudflare Pages and others read
 * a `_headers` file). The CSP is the one Astro writes into each page's <meta>, plus
 * frame-ancestors, which only works as a header.
 */

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

/** The `_headers` file: every path gets the same headers. */
export function headersFile(pagePolicy: string): string {
  const lines = [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Other hosts: send the same headers; see README "Security headers".',
    '/*',
    `  Content-Security-Policy: ${headerCsp(pagePolicy)}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file back into name → value for the paths it covers (our file has one block). */
export function readHeadersFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) out[match[1]] = match[2];
  }
  return out;
}
