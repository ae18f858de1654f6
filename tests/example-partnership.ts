/**
 * The made-up partnership in tests/fixtures/example-partnership: where it is, the day it is
 * checked and built as of, how to build it, and the names of the real partnership that must
 * never appear in it. Shared by its unit test (the content) and its browser test (the site).
 */
import { spawnSync } from 'node:child_process';
import { loadContent } from '../src/lib/content-check.ts';
import { checkPartnership } from '../src/lib/partnership.ts';

export const EXAMPLE = 'tests/fixtures/example-partnership';
/** Its own output folder, so it never overwrites dist/, which the other browser tests read. */
export const EXAMPLE_OUT = 'dist-example';
/** It is checked and built as of this day, so its review dates never fall due. */
export const EXAMPLE_DAY = '2026-12-02';
const EXAMPLE_EPOCH = String(Date.parse(`${EXAMPLE_DAY}T00:00:00Z`) / 1000);

/** Places and bodies of the real partnership that a made-up one must not borrow, beyond those in its content. */
const ALSO_REAL = ['Shropshire', 'Telford', 'Wrekin', 'Worcestershire', 'Worcester', 'West Mercia', 'Shrewsbury', 'Holmer Lake'];

/** The real partnership's names, read from src/content: the partnership, each area, council, front door and board, and its local services. */
export function realNames(root = process.cwd()): string[] {
  const { content } = loadContent(root, 'src/content');
  const partnership = checkPartnership(root, 'src/content').data?.name;
  const areas = content.areas.flatMap(({ id, data }) => [id, data.name, data.council, data.frontDoor.name]);
  const local = content.services.filter((s) => s.data.areas !== 'all').map((s) => s.data.name);
  return [...new Set([...(partnership ? [partnership] : []), ...areas, ...local, ...ALSO_REAL])];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any of `names` as a whole word, in any case, also when written with &amp; in HTML. */
export const namesPattern = (names: readonly string[]) =>
  new RegExp(`(?<![\\w-])(?:${names.map((n) => escape(n).replace(/&/g, '(?:&|&amp;)')).join('|')})(?![\\w-])`, 'gi');

/** `npm run build` of the made-up partnership into EXAMPLE_OUT: its exit status and output. */
export function buildExample(root = process.cwd()): { status: number | null; output: string; seconds: number } {
  // Under npm test the real content's check has passed already (PORTAL_CONTENT_CHECKED): this content's has not.
  const { PORTAL_CONTENT_CHECKED: _checked, SITE_URL: _site, ...env } = process.env;
  const started = performance.now();
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, PORTAL_CONTENT: EXAMPLE, PORTAL_OUT: EXAMPLE_OUT, SOURCE_DATE_EPOCH: EXAMPLE_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, seconds: (performance.now() - started) / 1000 };
}
