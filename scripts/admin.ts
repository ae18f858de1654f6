/**
 * npm run admin: the editor on your own computer. Writes the editor into dist/admin/ (from the
 * schemas as they are now), starts decap-server, Decap CMS's local backend, writing straight to
 * the files of this folder, and serves the editor at http://127.0.0.1:4322/admin/. Everything
 * listens on 127.0.0.1 only. Nothing is committed: review the changes with git as usual.
 * ADMIN_PORT changes the editor's port (0 picks a free one); decap-server's is fixed by the
 * editor's config (src/lib/cms-local.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startServer } from './static-server.mjs';
import { CMS_LOCAL_PORT, CMS_LOCAL_URL, CMS_PATH } from '../src/lib/cms-local.ts';

const root = process.cwd();
const require = createRequire(import.meta.url);

const built = spawnSync(process.execPath, [join(root, 'scripts/build-admin.ts')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

// MODE=fs: saving writes the file in place (no commits, no branches); the editor then saves
// directly instead of through review states, which only the GitHub backend has.
const backend = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PORT: String(CMS_LOCAL_PORT),
    BIND_HOST: '127.0.0.1',
    MODE: 'fs',
    GIT_REPO_DIRECTORY: root,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
});

/** Waits until decap-server answers, so the editor finds it on its first look. */
async function backendReady(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (backend.exitCode !== null) throw new Error(`decap-server stopped (exit ${backend.exitCode}): is port ${CMS_LOCAL_PORT} already in use?`);
    try {
      const response = await fetch(CMS_LOCAL_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not answer at ${CMS_LOCAL_URL}`);
}

const stop = () => {
  backend.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  await backendReady();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  backend.kill();
  process.exit(1);
}
const server = await startServer({ root: 'dist', port: Number(process.env.ADMIN_PORT ?? 4322) });
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
console.log(`Editor: http://127.0.0.1:${port}${CMS_PATH} — saving writes to the files in ${root}. Press Ctrl+C to stop.`);
