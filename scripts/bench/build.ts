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
  check: StepFigures;
  astro: StepFigures;
  index: StepFigures;
  headers: StepFigures;
  /** The four steps of `npm run build`, one after the other. */
  seconds: number;
  /** `astro build` alone on the same pages, from cold. */
  bare: StepFigures;
  /** seconds ÷ bare.seconds: what the content check, search index and headers add (1.0 = nothing). */
  fullOverBare: number;
  /** The largest of the steps' peaks: they never run at the same time. */
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
  const check = timed(dir, 'check', ['node', 'scripts/check-content.ts'], env);
  const astro = timed(dir, 'astro', ['astro', 'build'], env);
  const index = timed(dir, 'index', ['node', 'scripts/index-search.ts', '--site', 'dist'], env);
  const headers = timed(dir, 'headers', ['node', 'scripts/write-headers.ts'], env);
  const steps = [check, astro, index, headers];
  const total = steps.reduce((sum, step) => sum + step.seconds, 0);
  const dist = treeSize(join(dir, 'dist'));
  return {
    check,
    astro,
    index,
    headers,
    seconds: total,
    bare,
    fullOverBare: total / bare.seconds,
    peakRssBytes: Math.max(...steps.map((step) => step.peakRssBytes)),
    distBytes: dist.bytes,
    pagefindBytes: treeSize(join(dir, 'dist', 'pagefind')).bytes,
    htmlFiles: dist.html,
  };
}
