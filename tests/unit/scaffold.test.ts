// npm run new makes a file of every kind that passes the content check at once,
// and refuses, in plain words, what it cannot do.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';

const AS_OF = '2026-11-23';
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'portal-scaffold-'));
  cpSync(join(process.cwd(), 'src/content'), join(copy, 'src/content'), { recursive: true });
  // Every level of need exists; remove one so a new level has a number to take.
  rmSync(join(copy, 'src/content/levels/level-4.yaml'));
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

const scaffold = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args, '--root', copy], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.parse(`${AS_OF}T00:00:00Z`) / 1000) },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** Every problem the check finds in one file, errors and warnings alike. */
const problemsIn = (file: string) => {
  const { problems, warnings } = checkContent(copy, { today: AS_OF, ci: true });
  return [...problems, ...warnings].filter((problem) => problem.file === file).map(formatProblem);
};

describe('npm run new', () => {
  it.each([
    ['guidance', 'Help with money & debt', 'src/content/pages/help-with-money-and-debt.mdx', '/help-with-money-and-debt/'],
    ['procedure', 'Report a missing child', 'src/content/pages/report-a-missing-child.mdx', '/report-a-missing-child/'],
    ['area', "Shropshire's youth services", 'src/content/pages/areas/shropshires-youth-services.mdx', '/areas/shropshires-youth-services/'],
    [
      'entitlement',
      'Help with a driving licence',
      'src/content/entitlements/help-with-a-driving-licence.yaml',
      '/leaving-care/everything/ (in the list of what you can get)',
    ],
    ['level', 'Level 4: acute needs', 'src/content/levels/level-4.yaml', '/levels-of-need/level-4/'],
    ['update', 'Crèche opens in Telford', 'src/content/updates/2026-11-23-creche-opens-in-telford.mdx', '/updates/2026-11-23-creche-opens-in-telford/'],
  ])('%s: "%s" makes %s, which passes the check at once', (kind, title, file, url) => {
    const { status, stdout } = scaffold(kind, title);
    expect(status).toBe(0);
    expect(stdout).toBe(`Created ${file}\nAddress: ${url}\nNext: replace every "Replace this" placeholder, then run npm run check:content.\n`);
    expect(problemsIn(file)).toEqual([]);
    const text = readFileSync(join(copy, file), 'utf8');
    expect(text).toContain(`title: ${JSON.stringify(title)}`);
    if (kind !== 'update') expect(text).toContain('reviewDue: 2027-11-23');
    if (kind === 'guidance' || kind === 'procedure' || kind === 'area') expect(text).toMatch(/^## /m);
  });

  it('refuses to overwrite a file', () => {
    const { status, stderr } = scaffold('guidance', 'Help with money & debt');
    expect(status).toBe(1);
    expect(stderr).toBe('src/content/pages/help-with-money-and-debt.mdx already exists — choose a different title, or edit that file\n');
  });

  it('refuses a fifth level of need', () => {
    const { status, stderr } = scaffold('level', 'Level 5');
    expect(status).toBe(1);
    expect(stderr).toBe('All four levels of need already exist (src/content/levels/level-1.yaml to level-4.yaml) — edit one of those instead.\n');
  });

  it('names the kinds when given one it does not know', () => {
    const { status, stderr } = scaffold('leaflet', 'A leaflet');
    expect(status).toBe(1);
    expect(stderr).toBe('"leaflet" is not a kind of content — use one of guidance, procedure, area, entitlement, level, update\n');
    expect(existsSync(join(copy, 'src/content/pages/a-leaflet.mdx'))).toBe(false);
  });

  it('refuses a missing or too long title', () => {
    expect(scaffold('guidance').stderr).toBe(
      'The title is missing — Usage: npm run new -- <kind> "<title>", where kind is one of guidance, procedure, area, entitlement, level, update\n',
    );
    expect(scaffold('guidance', 'x'.repeat(71)).stderr).toBe('The title is 71 characters long — keep it to 70 or fewer\n');
  });
});
