/**
 * npm run build: the content check side by side with the page history (scripts/write-versions.ts)
 * and then `astro build`, then the search index beside the editor (/admin/), then the security headers. The check reads the
 * content files while the others work, on the other core, so checking costs almost no time; a
 * site whose content fails the check is never left in dist/.
 * PORTAL_CONTENT_CHECKED=1 (set by npm test after its own content check) skips the check.
 * PORTAL_CONTENT and PORTAL_OUT (src/lib/folders.ts) reach every step through the environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { outDir } from '../src/lib/folders.ts';

interface Run {
  code: number;
  output: string;
}

const node = process.execPath;
const astroBin = join('node_modules', 'astro', 'bin', 'astro.mjs');

const seconds: Record<string, number> = {};

/** Runs a command; its output is streamed when `live`, else kept to be shown later. Its time goes in `seconds[label]`. */
function run(label: string, command: string, args: string[], live: boolean): { child: ChildProcess; done: Promise<Run> } {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
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

const skipCheck = process.env.PORTAL_CONTENT_CHECKED === '1';
const checking = skipCheck ? undefined : run('check', node, ['scripts/check-content.ts'], true);
// Page history first: astro build renders the old versions of pages that write-versions.ts reads from git.
const versions = await run('versions', node, ['scripts/write-versions.ts'], false).done;
if (versions.code !== 0) {
  // Broken content may be why: then the check's plain lines are the message, not a stack trace.
  const check = await checking?.done;
  if (!check || check.code === 0) process.stdout.write(versions.output);
  process.exit(check && check.code !== 0 ? check.code : versions.code);
}
process.stdout.write(versions.output);
const astro = run('astro', node, [astroBin, 'build'], false);
if (checking) {
  const check = await checking.done;
  if (check.code !== 0) {
    astro.child.kill('SIGTERM');
    await astro.done;
    // Nothing broken is published: whatever Astro had written (to dist/, or PORTAL_OUT) goes.
    rmSync(outDir(), { recursive: true, force: true });
    process.exit(check.code);
  }
}
const built = await astro.done;
process.stdout.write(built.output);
if (built.code !== 0) process.exit(built.code);

// The search index and the editor for board staff (/admin/) side by side: one is mostly Pagefind's work,
// the other copying files. The headers come last, as they give the editor its own policy.
const after = await Promise.all([run('index', node, ['scripts/index-search.ts'], true).done, run('admin', node, ['scripts/build-admin.ts'], false).done]);
for (const step of after) process.stdout.write(step.output);
const failed = after.find((step) => step.code !== 0);
if (failed) process.exit(failed.code);
const headers = await run('headers', node, ['scripts/write-headers.ts'], true).done;
if (headers.code !== 0) process.exit(headers.code);
// One line the benchmark reads: each step's wall time (the check ran beside the page history and astro).
console.log(
  `Build steps: ${Object.entries(seconds)
    .map(([label, s]) => `${label} ${s.toFixed(1)} s`)
    .join(', ')}`,
);
