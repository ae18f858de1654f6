// Schemas accept good fixtures and reject bad ones with messages an editor can act on.
// The wording is pinned: changing a message is a reviewed change.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/lib/collections.ts';
import { checkFile } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';

const root = process.cwd();
const lines = (collection: CollectionName, file: string) =>
  // The day is pinned so fixtures' review dates never fall due and change the output.
  checkFile(root, collection, join(root, 'tests/fixtures', file), { today: '2026-11-23' }).map(formatProblem);

describe('good fixtures pass', () => {
  it.each([
    ['pages', 'good/guidance.mdx'],
    ['pages', 'good/procedure.mdx'],
    ['pages', 'good/area.mdx'],
    ['entitlements', 'good/entitlement.yaml'],
    ['levels', 'good/level.yaml'],
    ['datasets', 'good/dataset.json'],
  ] as const)('%s: %s', (collection, file) => {
    expect(lines(collection, file)).toEqual([]);
  });
});

describe('bad fixtures fail with the file, the field and the fix', () => {
  it('a date that is not a date', () => {
    expect(lines('pages', 'bad/bad-date.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/bad-date.mdx:9: reviewDue: "soon" is not a date — write it as 2027-03-31",
      ]
    `);
  });
  it('a date that does not exist', () => {
    expect(lines('pages', 'bad/impossible-date.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/impossible-date.mdx:8: approved: "2026-02-30" is not a date — write it as 2027-03-31",
      ]
    `);
  });
  it('missing required fields', () => {
    expect(lines('pages', 'bad/missing-fields.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/missing-fields.mdx: summary: is missing — add a plain-English summary of 160 characters or fewer",
        "tests/fixtures/bad/missing-fields.mdx: owner: is missing — add the team or board that owns this page",
        "tests/fixtures/bad/missing-fields.mdx: sources: is missing — add a list of source ids from src/content/sources",
      ]
    `);
  });
  it('a summary over 160 characters', () => {
    expect(lines('pages', 'bad/long-summary.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/long-summary.mdx:4: summary: is 168 characters long — keep it to 160 or fewer",
      ]
    `);
  });
  it('unknown audience, area and source', () => {
    expect(lines('pages', 'bad/unknown-refs.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/unknown-refs.mdx:5: audience[1]: "parents" is not allowed — use one of families, young-people, practitioners",
        "tests/fixtures/bad/unknown-refs.mdx:6: areas[2]: "herefordshire" is not a known area — use one of shropshire, telford-wrekin, worcestershire",
        "tests/fixtures/bad/unknown-refs.mdx:10: sources[1]: "the-2019-report" is not a known source — use the name of a file in src/content/sources without .yaml",
      ]
    `);
  });
  it('a page kind that does not exist', () => {
    expect(lines('pages', 'bad/wrong-kind.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/wrong-kind.mdx:2: kind: "policy" is not a page kind — use one of guidance, procedure, area",
      ]
    `);
  });
  it('a review date before the approval date', () => {
    expect(lines('pages', 'bad/review-before-approval.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/review-before-approval.mdx:9: reviewDue: 2026-01-01 is not after the approved date 2026-11-23 — set a review date later than the approval date",
      ]
    `);
  });
  it('a misspelt field name', () => {
    expect(lines('pages', 'bad/misspelt-field.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/misspelt-field.mdx: reviewDue: is missing — add a date written as 2027-03-31",
        "tests/fixtures/bad/misspelt-field.mdx:9: reviewdue: is not a field this kind of page has — check the spelling or remove it",
      ]
    `);
  });
  it('YAML that cannot be read', () => {
    expect(lines('pages', 'bad/bad-yaml.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/bad-yaml.mdx:3: YAML: cannot be read (Nested mappings are not allowed in compact mappings) — check indentation, colons and quotes on this line",
        "tests/fixtures/bad/bad-yaml.mdx:5: YAML: cannot be read (Missing closing "quote) — check indentation, colons and quotes on this line",
      ]
    `);
  });
  it('no frontmatter', () => {
    expect(lines('pages', 'bad/no-frontmatter.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/no-frontmatter.mdx:1: frontmatter: is missing — start the file with a --- line, the fields, and another --- line",
      ]
    `);
  });
  it('an empty file', () => {
    expect(lines('pages', 'bad/empty.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/empty.mdx: (the whole file): is empty — copy a page made by npm run new and fill it in",
      ]
    `);
  });
  it('a file not saved as UTF-8', () => {
    expect(lines('pages', 'bad/wrong-encoding.mdx')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/wrong-encoding.mdx: (the whole file): is not saved as UTF-8 text — save it again as UTF-8",
      ]
    `);
  });
  it('an entitlement with wrong ages, topic and amount', () => {
    expect(lines('entitlements', 'bad/bad-entitlement.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/bad-entitlement.yaml:13: topic: "cash" is not allowed — use one of support, money, housing, education, work, health, rights",
        "tests/fixtures/bad/bad-entitlement.yaml:16: amount.pounds: must be a number of pounds, e.g. 2000",
      ]
    `);
  });
  it('a chart value that is not a number', () => {
    expect(lines('datasets', 'bad/dataset-not-a-number.json')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/dataset-not-a-number.json: series[1].points[1].value: "399 children" is not a number — write digits only, e.g. 622",
      ]
    `);
  });
  it('a percentage over 100', () => {
    expect(lines('datasets', 'bad/dataset-percent-over-100.json')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/dataset-percent-over-100.json: series[1].points[2].value: 112 is not a percentage — percentages must be between 0 and 100",
      ]
    `);
  });
  it('a total that is not the sum of its parts', () => {
    expect(lines('datasets', 'bad/dataset-total-mismatch.json')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/dataset-total-mismatch.json: series[1].total.value: 1000 does not equal the sum of the parts (1021) — check each figure against the paper, or explain the gap in notes and remove total",
      ]
    `);
  });
  it('a chart source that does not exist', () => {
    expect(lines('datasets', 'bad/dataset-unknown-source.json')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/dataset-unknown-source.json: source: "shropshire-2023-report" is not a known source — use the name of a file in src/content/sources without .yaml",
      ]
    `);
  });
  it('a malformed period', () => {
    expect(lines('datasets', 'bad/dataset-bad-period.json')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/dataset-bad-period.json: period.from: "March 2020" is not a period — write a year (2018), a financial year (2017/18), a month (2022-06) or a day (2022-06-28)",
      ]
    `);
  });
});
