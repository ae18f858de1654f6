// Two builds of the same source, in two different directories, with the same
// SOURCE_DATE_EPOCH, must write byte-identical sites: no timestamps, random ids or
// absolute paths in the output. Slow (full builds), so it lives in the browser
// project, which npm test runs after its own build. Under npm test that build is one of
// the two (dist/, in this directory, made with the run's SOURCE_DATE_EPOCH) and one more
// is made in a copy; run alone, it builds twice in copies. It never writes to dist/.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../../scripts/bench/project-copy.ts';
import { freshDistEpoch } from './harness.ts';

/** npm test's build moment, else 23 November 2026, 00:00 UTC: any fixed moment will do, as long as both builds share it. */
const distEpoch = freshDistEpoch();
const SOURCE_DATE_EPOCH = distEpoch ?? String(Date.UTC(2026, 10, 23) / 1000);
const BUILD_TIMEOUT = 300_000;

const copies: string[] = [];

function build(): string {
  // With the project's git history, so the copy builds the same old versions of pages as dist/.
  const copy = copyProject(process.cwd(), 'portal-reproducible-', { history: true });
  copies.push(copy);
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`npm run build failed in ${copy}:\n${`${run.stdout}${run.stderr}`.slice(-3000)}`);
  return join(copy, 'dist');
}

/** Every file under dir, as a path relative to it, sorted. */
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)))
    .sort();

/** Where two files first differ, with a little context, so a failure points at the timestamp or id. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  return `byte ${i} (sizes ${a.length} and ${b.length}): ${show(a)} vs ${show(b)}`;
}

let first: string;
let second: string;
beforeAll(() => {
  first = distEpoch ? resolve('dist') : build();
  second = build();
}, BUILD_TIMEOUT);
afterAll(() => {
  for (const copy of copies) removeCopy(copy);
});

describe('two builds of the same source', () => {
  it('write the same files', () => {
    expect(filesIn(second)).toEqual(filesIn(first));
    expect(filesIn(first).length).toBeGreaterThan(10);
  });

  it('write every file byte for byte the same', () => {
    const different = filesIn(first).flatMap((file) => {
      const a = readFileSync(join(first, file));
      const b = readFileSync(join(second, file));
      return a.equals(b) ? [] : [`${file}: ${firstDifference(a, b)}`];
    });
    expect(different).toEqual([]);
  });
});
