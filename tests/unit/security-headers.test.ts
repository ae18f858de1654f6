import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile, joinCsp, readHeadersFile } from '../../src/lib/security-headers.ts';

describe('security headers', () => {
  it('cspFromHtml reads the policy Astro wrote into the page', () => {
    expect(cspFromHtml(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a'">`)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a'",
    );
    expect(cspFromHtml('<p>no policy</p>')).toBeNull();
  });
  it('joinCsp allows what any page needs', () => {
    expect(joinCsp(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'",
    );
  });
  it('headersFile adds frame-ancestors and the other headers, and reads back', () => {
    const text = headersFile("default-src 'self'");
    expect(readHeadersFile(text)).toEqual({
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });
});
