/**
 * Where the editor lives and whom it talks to. Kept apart from src/lib/cms-config.ts so the
 * security headers, the servers and the tests can name them without loading the schemas.
 */

/** The editor's address. Readers never see it: no link, no sitemap entry, no search record. */
export const CMS_PATH = '/admin/';
/** decap-server's port for `npm run admin` and the browser test (Decap's own default). */
export const CMS_LOCAL_PORT = 8081;
export const CMS_LOCAL_URL = `http://127.0.0.1:${CMS_LOCAL_PORT}/api/v1`;
/** The GitHub API the editor's GitHub backend reads and writes through. */
export const GITHUB_API = 'https://api.github.com';
/** Profile pictures of signed-in GitHub users, which the editor shows. */
export const GITHUB_AVATARS = 'https://avatars.githubusercontent.com';

/**
 * The editor's own Content Security Policy. Decap CMS needs what reader pages never allow:
 * 'unsafe-eval' (it compiles its config checks with new Function) and inline styles (its
 * CSS-in-JS), and it talks to the local decap-server and to GitHub. Only /admin/ gets this.
 */
export const CMS_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${GITHUB_AVATARS}`,
  `connect-src 'self' ${new URL(CMS_LOCAL_URL).origin} ${GITHUB_API}`,
  "font-src 'self'",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
