// Security and privacy on the served site: the CSP header on every page, nothing stored, nothing sent elsewhere.
import { describe, expect, it } from 'vitest';
import { CMS_CSP, CMS_PATH } from '../../src/lib/cms-local.ts';
import { builtPages, useSite } from './harness.ts';

const site = useSite();

describe('security headers and privacy', () => {
  it('there are built pages to check', () => {
    expect(builtPages().length).toBeGreaterThan(60);
  });

  it.each(builtPages())('%s is served with the CSP and security headers', async (path) => {
    const response = await fetch(site.base + path);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(
      scriptSrc
        .trim()
        .split(/\s+/)
        .filter((s) => !s.startsWith("'sha256-")),
    ).toEqual(['script-src', "'self'", "'wasm-unsafe-eval'"]);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('the editor at /admin/ has its own policy, and only it allows what Decap CMS needs', async () => {
    // builtPages() leaves the editor out of the loop above: its policy is not the readers'.
    expect(builtPages()).not.toContain(CMS_PATH);
    const editor = await fetch(site.base + CMS_PATH);
    expect(editor.status).toBe(200);
    expect(editor.headers.get('content-security-policy')).toBe(`${CMS_CSP}; frame-ancestors 'none'`);
    expect(editor.headers.get('x-robots-tag')).toBe('noindex');
    // Its sign-in window (GitHub's) must be able to answer it.
    expect(editor.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
    expect(await editor.text()).toContain(`content="${CMS_CSP.replace(/'/g, '&#39;')}"`);
    const reader = (await fetch(site.base + '/')).headers.get('content-security-policy') ?? '';
    for (const allowance of ["'unsafe-eval'", "'unsafe-inline'", 'api.github.com', '127.0.0.1']) expect(reader).not.toContain(allowance);
  });

  it('a search leaves no cookies and nothing in local or session storage', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.base}/search/`);
    await page.locator('#search-q').fill('personal adviser');
    await page.keyboard.press('Enter');
    await page.locator('#search-results li').first().waitFor();
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
