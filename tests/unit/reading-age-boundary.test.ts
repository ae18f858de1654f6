// The reading-age rule at its limit and just past it. Texts are made to a chosen
// Flesch–Kincaid grade, so the test follows READING_GRADE_LIMIT wherever it is set.
import { describe, expect, it } from 'vitest';
import { fleschKincaid, syllables } from '../../src/lib/readability.ts';
import { READING_GRADE_LIMIT, readingAge } from '../../src/lib/rules/reading-age.ts';
import { buildSiteMap } from '../../src/lib/rules/site-map.ts';
import type { ParsedEntry } from '../../src/lib/rules/types.ts';

const tenth = (n: number) => Math.round(n * 10) / 10;

/** Sentences of one- and two-syllable words whose grade, as fleschKincaid rounds it, is `target`. */
function textAtGrade(target: number): string {
  for (let sentences = 1; sentences <= 6; sentences++) {
    for (let perSentence = 2; perSentence <= 60; perSentence++) {
      const words = sentences * perSentence;
      for (let long = 0; long <= words; long++) {
        const grade = tenth(0.39 * perSentence + 11.8 * ((words + long) / words) - 15.59);
        if (grade !== target) continue;
        const all = Array.from({ length: words }, (_, i) => (i < long ? 'water' : 'cat'));
        return Array.from({ length: sentences }, (_, s) => `${all.slice(s * perSentence, (s + 1) * perSentence).join(' ')}.`).join(' ');
      }
    }
  }
  throw new Error(`no text found at grade ${target}`);
}

const familyPage = (body: string, audience: string): ParsedEntry => ({
  collection: 'pages',
  id: 'boundary',
  file: 'src/content/pages/boundary.mdx',
  data: { kind: 'guidance', title: 'Boundary', audience: [audience] },
  fieldLines: new Map(),
  body,
  bodyLine: 1,
  valid: true,
});
const check = (entry: ParsedEntry) => readingAge({ checked: [entry], all: [entry], site: buildSiteMap([entry]), today: '2026-11-23', ci: false });

describe('readability at the reading-age limit', () => {
  it('the words used count as one and two syllables', () => {
    expect([syllables('cat'), syllables('water')]).toEqual([1, 2]);
  });

  it.each([READING_GRADE_LIMIT - 0.1, READING_GRADE_LIMIT, READING_GRADE_LIMIT + 0.1].map(tenth))(
    'fleschKincaid gives exactly grade %s for a text made to it',
    (grade) => {
      expect(fleschKincaid(textAtGrade(grade)).grade).toBe(grade);
    },
  );

  it('a worked example: 12 words, 1 sentence, 18 syllables is grade 6.8', () => {
    // 0.39 × 12 + 11.8 × 18 / 12 − 15.59 = 6.79, rounded to a tenth.
    const text = 'water water water water water water cat cat cat cat cat cat.';
    expect(fleschKincaid(text)).toEqual({ words: 12, sentences: 1, syllables: 18, grade: 6.8 });
  });
});

describe.each(['families', 'young-people'])('reading-age rule for %s', (audience) => {
  it(`accepts a page at the limit (grade ${READING_GRADE_LIMIT})`, () => {
    expect(check(familyPage(textAtGrade(READING_GRADE_LIMIT), audience))).toEqual([]);
  });

  it('accepts a page just under the limit', () => {
    expect(check(familyPage(textAtGrade(tenth(READING_GRADE_LIMIT - 0.1)), audience))).toEqual([]);
  });

  it('stops the build for a page just past the limit (one tenth of a grade)', () => {
    const past = tenth(READING_GRADE_LIMIT + 0.1);
    const problems = check(familyPage(textAtGrade(past), audience));
    expect(problems.map((p) => [p.field, p.severity ?? 'error'])).toEqual([['reading-age', 'error']]);
    expect(problems[0]?.message).toContain(`grade ${past}, above ${READING_GRADE_LIMIT}`);
  });
});
