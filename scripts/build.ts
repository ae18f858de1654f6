/**
 * npm run build: the content check and then the search index in one process (scripts/check-then-index.ts),
 * side by side with the page history (scripts/write-versions.ts) and then `astro build`; then the editor
 * (/admin/) and the security headers. The check reads and types the content files while Astro works, on
 * the other core, and the same process readies the index from them, so it can start indexing the moment
 * Astro is done. A site whose content fails the check is never left in dist/.
 * PORTAL_CONTENT_CHECKED=1 (set by npm test after its own content check) skips the check's rules.
 * PORTAL_CONTENT and PORTAL_OUT (src/lib/folders.ts) reach every step through the environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { outDir } from '../src/lib/folders.ts';
import type { FeedMessage } from '../src/lib/page-feed.ts';

interface Run {
  code: number;
  output: string;
}

const node = process.execPath;
const astroBin = join('node_modules', 'astro', 'bin', 'astro.mjs');

const seconds: Record<string, number> = {};

/** Runs a command; its output is streamed when `live`, else kept to be shown later. Its time goes in `seconds[label]`. */
function run(label: string, command: string, args: string[], live: boolean, env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<Run> } {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env: { ...process.env, ...env } });
  let output = '';
  const take = (chunk: Buffer) => {
    if (live) process.stdout.write(chunk);
    else output += chunk.toString();
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code, signal) => {
      seconds[label] = (performance.now() - started) / 1000;
      resolve({ code: code ?? (signal ? 1 : 0), output });
    }),
  );
  return { child, done };
}

// The check, then the index: it says { checked: true } over IPC once the content passed, or exits 1.
const started = performance.now();
const checkAndIndex = spawn(node, ['scripts/check-then-index.ts'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: process.env });
const exited = new Promise<number>((resolve) => checkAndIndex.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
const checked = new Promise<boolean>((resolve) => {
  checkAndIndex.on('message', (m: { checked?: boolean }) => {
    if (m.checked) {
      seconds.check = (performance.now() - started) / 1000;
      resolve(true);
    }
  });
  void exited.then(() => resolve(false));
});
const stopAll = async (code: number, ...children: ChildProcess[]): Promise<never> => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};

// Page history first: astro build renders the old versions of pages that write-versions.ts reads from git.
const versions = await run('versions', node, ['scripts/write-versions.ts'], false).done;
if (versions.code !== 0) {
  // Broken content may be why: then the check's plain lines are the message, not a stack trace.
  if (await checked) process.stdout.write(versions.output);
  await stopAll(versions.code, checkAndIndex);
}
process.stdout.write(versions.output);
// Astro hands each page it renders to the index as it goes (src/lib/page-feed.ts), through this process.
const astro = run('astro', node, [astroBin, 'build'], false, { PORTAL_PAGE_FEED: '1' });
const forward = (message: object) => {
  if (checkAndIndex.connected) checkAndIndex.send(message);
};
const fed = new Promise<void>((resolve) => {
  astro.child.on('message', (m: FeedMessage) => {
    forward(m);
    if ('feedDone' in m) resolve();
  });
  astro.child.on('disconnect', resolve);
});
if (!(await checked)) {
  astro.child.kill('SIGTERM');
  await astro.done;
  // Nothing broken is published: whatever Astro had written (to dist/, or PORTAL_OUT) goes.
  rmSync(outDir(), { recursive: true, force: true });
  process.exit((await exited) || 1);
}
const built = await astro.done;
process.stdout.write(built.output);
if (built.code !== 0) await stopAll(built.code, checkAndIndex);
await fed;

// The search index (mostly Pagefind's work) and the editor for board staff (/admin/, copying files) side by side.
// The headers come last, as they give the editor its own policy.
const indexStarted = performance.now();
// Gone already (it failed while readying the index): its exit code says so below.
if (checkAndIndex.connected) checkAndIndex.send({ built: true });
const [indexCode, admin] = await Promise.all([exited, run('admin', node, ['scripts/build-admin.ts'], false).done]);
seconds.index = (performance.now() - indexStarted) / 1000;
process.stdout.write(admin.output);
if (indexCode !== 0) process.exit(indexCode);
if (admin.code !== 0) process.exit(admin.code);
const headers = await run('headers', node, ['scripts/write-headers.ts'], true).done;
if (headers.code !== 0) process.exit(headers.code);
// One line the benchmark reads: each step's wall time (the check ran beside the page history and astro).
console.log(
  `Build steps: ${Object.entries(seconds)
    .map(([label, s]) => `${label} ${s.toFixed(1)} s`)
    .join(', ')}`,
);
