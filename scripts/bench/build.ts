/**
 * Runs the production build in a project copy, step by step as `npm run build` runs them
 * (content check, astro build, search index, headers), each under GNU time for its peak
 * memory; and, from cold in the same copy, `astro build` alone, so the cost of the
 * portal's own steps is one ratio measured in one run.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface StepFigures {
  seconds: number;
  /** "Maximum resident set size" from /usr/bin/time -v: the largest process of the step's tree. */
  peakRssBytes: number;
}

export interface BuildFigures {
  /** Wall seconds of each step of `npm run build`, as it reports them (the check runs beside astro). */
  steps: { check: number; versions: number; astro: number; index: number; headers: number };
  /** `npm run build` from start to end. */
  seconds: number;
  /** `astro build` alone on the same pages, from cold. */
  bare: StepFigures;
  /** seconds ÷ bare.seconds: what the content check, search index and headers add (1.0 = nothing). */
  fullOverBare: number;
  /** The largest process of the full build (GNU time's maximum resident set size). */
  peakRssBytes: number;
  distBytes: number;
  pagefindBytes: number;
  htmlFiles: number;
}

/** Runs one command under /usr/bin/time -v; output goes to a log file, not to memory. */
function timed(dir: string, label: string, command: string[], env: NodeJS.ProcessEnv): StepFigures {
  const log = join(dir, `bench-${label}.log`);
  const timeFile = join(dir, `bench-${label}.time`);
  const fd = openSync(log, 'w');
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', '-o', timeFile, ...command], { cwd: dir, env, stdio: ['ignore', fd, fd] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(fd);
  if (run.status !== 0) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${command.join(' ')} failed in ${dir} (exit ${run.status}):\n${tail}`);
  }
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1];
  if (!kb) throw new Error(`no "Maximum resident set size" in ${timeFile}`);
  return { seconds, peakRssBytes: Number(kb) * 1024 };
}

/** Total size of the files under `dir`, and how many end in .html. */
export function treeSize(dir: string): { bytes: number; html: number } {
  let bytes = 0;
  let html = 0;
  for (const item of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue;
    bytes += statSync(join(item.parentPath, item.name)).size;
    if (item.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

/** Builds the project copy at `dir` into dir/dist and indexes it for search. */
export function buildSite(dir: string, extraEnv: Record<string, string> = {}): BuildFigures {
  const env = {
    ...process.env,
    ...extraEnv,
    ASTRO_TELEMETRY_DISABLED: '1',
    TZ: 'UTC',
    // The project's own Node 24 and tools first, as npm run would put them.
    PATH: [join(dir, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
  };
  // Each build starts cold: no dist/ and no content cache (the copy keeps its own in node_modules/.astro).
  const cold = () => ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'].forEach((d) => rmSync(join(dir, d), { recursive: true, force: true }));
  cold();
  const bare = timed(dir, 'bare', ['astro', 'build'], env);
  cold();
  // The full build exactly as `npm run build` runs it; its own step times come from its last line.
  const full = timed(dir, 'full', ['node', 'scripts/build.ts'], env);
  const stepLine = /^Build steps: (.+)$/m.exec(readFileSync(join(dir, 'bench-full.log'), 'utf8'))?.[1] ?? '';
  const step = (label: string) => Number(new RegExp(`${label} ([\\d.]+) s`).exec(stepLine)?.[1] ?? Number.NaN);
  const dist = treeSize(join(dir, 'dist'));
  return {
    steps: { check: step('check'), versions: step('versions'), astro: step('astro'), index: step('index'), headers: step('headers') },
    seconds: full.seconds,
    bare,
    fullOverBare: full.seconds / bare.seconds,
    peakRssBytes: full.peakRssBytes,
    distBytes: dist.bytes,
    pagefindBytes: treeSize(join(dir, 'dist', 'pagefind')).bytes,
    htmlFiles: dist.html,
  };
}
