// The portal is a generator: another partnership adopts it by replacing src/content. So no area,
// council, front door or partnership name of the real partnership may be written into the code.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check.ts';
import { checkPartnership } from '../../src/lib/partnership.ts';

const root = process.cwd();
const CODE = ['src/components', 'src/layouts', 'src/lib', 'src/pages', 'src/scripts', 'src/data', 'scripts'];
const codeFiles = CODE.flatMap((dir) => globSync(`${dir}/**/*.{ts,mjs,astro,js,css}`, { cwd: root }));

// The real partnership's content, checked and typed: src/content whatever PORTAL_CONTENT says.
const areas = loadContent(root, 'src/content').content.areas.map(({ id, data }) => ({ id, ...data }));
const partnership = checkPartnership(root, 'src/content').data;
const names = [...new Set([...(partnership ? [partnership.name] : []), ...areas.flatMap((a) => [a.id, a.name, a.council, a.frontDoor.name])])];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only, any case: "compass" in a comment counts, "encompassing" does not. */
const pattern = new RegExp(`(?<![\\w-])(?:${names.map(escape).join('|')})(?![\\w-])`, 'i');

describe('the code names no part of the real partnership', () => {
  it('reads the names from the content: areas, councils, front doors and the partnership', () => {
    expect(areas.length).toBeGreaterThanOrEqual(1);
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(codeFiles.length).toBeGreaterThan(50);
  });

  it('finds a planted name, so the check can fail', () => {
    expect(pattern.test(`const home = '/${areas[0]?.id}/';`)).toBe(true);
    expect(pattern.test('encompassing everything')).toBe(false);
  });

  it('no code file contains one', () => {
    const found = codeFiles.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );
    expect(found, 'move these into src/content (the partnership file or the areas), or write a placeholder such as <area>').toEqual([]);
  });
});
