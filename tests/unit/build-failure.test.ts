// A page with a bad date must fail `npm run build` with the file, the field and the fix,
// and no stack trace. Runs the real build on a copy of the project with one broken page.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../../scripts/bench/project-copy.ts';

let copy: string;
const PAGE = 'src/content/pages/early-help.mdx';

beforeAll(() => {
  // Its own node_modules of links, so the copy never shares Astro's content cache with the project.
  copy = copyProject(process.cwd(), 'portal-bad-build-');
  const page = readFileSync(join(copy, PAGE), 'utf8').replace(/^reviewDue: .*$/m, 'reviewDue: soon');
  writeFileSync(join(copy, PAGE), page);
});
afterAll(() => {
  removeCopy(copy);
});

const run = (args: string[]) => {
  const result = spawnSync('npm', args, { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('a bad date in a page', () => {
  it('fails npm run build naming the file, field and fix, without a stack trace', () => {
    const { status, output } = run(['run', 'build']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/content\/pages\/early-help\.mdx:\d+: reviewDue: "soon" is not a date — write it as 2027-03-31/);
    expect(output).toContain('1 content problem found');
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    // Astro builds while the content is checked; a failed check leaves nothing to publish.
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  });

  it("fails Astro's own build too, with the same plain message", () => {
    const { status, output } = run(['exec', '--', 'astro', 'build']);
    expect(status).not.toBe(0);
    expect(output).toContain('reviewDue');
    expect(output).toContain('"soon" is not a date — write it as 2027-03-31');
  }, 120_000);
});
