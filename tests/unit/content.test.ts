// The portal's content, collection by collection: what must be there, and what must never be invented.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { fleschKincaid, plainText } from '../../src/lib/readability.ts';
import { READING_GRADE_LIMIT } from '../../src/lib/rules/reading-age.ts';
import { SEEDS, seedsPresent } from './seeds.ts';

// entries: the files as read, for the rules; content: the same entries checked and typed, by collection.
const { entries, content, problems } = checkContent(process.cwd());

/** Every piece of reader-facing text in the content, with where it came from. */
const texts = entries.map((e) => ({ file: e.file, text: `${JSON.stringify(e.data)}\n${e.body ?? ''}` }));

describe('content', () => {
  it('passes the schemas with no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has the three partnership areas with their front doors', () => {
    const areas = Object.fromEntries(content.areas.map((e) => [e.id, e.data]));
    expect(Object.keys(areas).sort()).toEqual(['shropshire', 'telford-wrekin', 'worcestershire']);
    expect(areas['shropshire']?.frontDoor.name).toBe('Compass');
    expect(areas['telford-wrekin']?.frontDoor.name).toBe('Family Connect');
    expect(areas['worcestershire']?.frontDoor.name).toBe('Family Front Door');
    const pageIds = new Set(content.pages.map((p) => p.id));
    for (const area of Object.values(areas)) expect(pageIds).toContain(area.page);
  });

  it('cites the five papers, each with its seed file', () => {
    const papers = content.sources.flatMap((s) => (s.data.type === 'paper' ? [s.data] : []));
    expect(papers.map((p) => p.seedFile).sort()).toEqual([
      '000_1df937bd7aaf2266.txt',
      '001_ef9d36ac05903de1.txt',
      '002_f84f394c37a6a1dd.txt',
      '003_4fcd4fb5b343605f.txt',
      '004_90f808d3d9b7cb94.txt',
    ]);
  });

  it('has the four bodies of content', () => {
    const ids = new Set(content.pages.map((p) => p.id));
    for (const id of ['early-help', 'early-help/for-practitioners', 'exploitation', 'exploitation/cse-pathway', 'leaving-care', 'levels-of-need', 'about']) {
      expect(ids).toContain(id);
    }
    const pathway = content.pages.find((p) => p.id === 'exploitation/cse-pathway');
    expect(pathway?.data.kind).toBe('procedure');
  });

  it('has four levels of need, numbered 1 to 4', () => {
    expect(content.levels.map((l) => l.data.level).sort()).toEqual([1, 2, 3, 4]);
  });

  it('has a glossary of at least 80 terms with unique ids and terms', () => {
    const glossary = content.glossary.map((g) => g.data.term.toLowerCase());
    expect(glossary.length).toBeGreaterThanOrEqual(80);
    expect(new Set(glossary).size).toBe(glossary.length);
  });

  it('has at least eight dated board updates', () => {
    expect(content.updates.length).toBeGreaterThanOrEqual(8);
  });

  it('states amounts only for entitlements whose source is national law or guidance', () => {
    const paperIds = new Set(content.sources.filter((s) => s.data.type === 'paper').map((s) => s.id));
    const withAmounts = content.entitlements.filter((e) => e.data.amount);
    expect(withAmounts.length).toBeGreaterThan(0);
    for (const e of withAmounts)
      expect(
        e.data.sources.some((s) => !paperIds.has(s.id)),
        e.file,
      ).toBe(true);
  });

  it('gives every phone number from a service that names its source', async () => {
    const { phoneNumbers } = await import('../../src/lib/rules/phone-numbers.ts');
    const { parseEntries } = await import('../../src/lib/rules/index.ts');
    const parsed = parseEntries(entries, new Set()).parsed;
    expect(phoneNumbers({ checked: parsed, all: parsed, site: { routes: new Map() }, today: '2026-12-01', ci: false })).toEqual([]);
    // And the services really do give numbers: the check above is not vacuous.
    expect(content.services.flatMap((s) => s.data.contacts).filter((c) => c.kind === 'phone').length).toBeGreaterThanOrEqual(8);
  });
});

describe('plain English for families and young people', () => {
  const familyPages = content.pages.filter((p) => p.data.audience.includes('families') || p.data.audience.includes('young-people'));
  it('there are family pages to check', () => {
    expect(familyPages.length).toBeGreaterThanOrEqual(5);
  });
  it('the family limit is grade 6, a reading age of about 11', () => expect(READING_GRADE_LIMIT).toBe(6));
  it.each(familyPages.map((p) => [p.file, p] as const))('%s reads at grade 6 or below', (_, page) => {
    expect(fleschKincaid(plainText(page.body ?? '')).grade).toBeLessThanOrEqual(READING_GRADE_LIMIT);
  });
});

let moneyChecksRun = 0;
describe.skipIf(!seedsPresent)('money on the site is in the papers or in national law', () => {
  // Read only when the papers are here: a skipped block's body still runs while tests are collected.
  const seedText = seedsPresent
    ? readdirSync(SEEDS)
        .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
        .join('\n')
    : '';
  // National amounts from law and statutory guidance (see src/content/sources).
  const national = new Set(['£2,000', '£3,000']);
  it.each(texts.map((t) => [t.file, t] as const))('%s', (_, { file, text }) => {
    moneyChecksRun++;
    for (const match of text.matchAll(/£\d[\d,.]*(?:k|m| million)?/g)) {
      const amount = match[0].replace(/[.,]$/, '');
      if (national.has(amount)) continue;
      // Papers often write thousands as "k": £255,000 is stated as £255k.
      const forms = [amount, amount.replace(/,000$/, 'k'), amount.replace(/k$/, ',000')];
      expect(
        forms.some((form) => seedText.includes(form)),
        `${file}: ${amount} is not in any seed paper`,
      ).toBe(true);
    }
  });
});

// The one-line notice when the papers are absent is in seeds-notice.ts; when they are here, skipping is a failure.
it.runIf(existsSync(SEEDS))('with the seed papers here, every money check ran', () => {
  expect(moneyChecksRun).toBeGreaterThan(0);
  expect(moneyChecksRun).toBe(texts.length);
});
