// Edge cases of the content rules that the mutation run (stryker.rules.config.mjs) found untested:
// boundaries, branches a small made-up entry reaches, and each message word for word.
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/lib/collections.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';
import { glossaryAcronyms, unexplained } from '../../src/lib/rules/acronyms.ts';
import { datedArrangements, localNames } from '../../src/lib/rules/dated-arrangements.ts';
import { duplicates } from '../../src/lib/rules/duplicates.ts';
import { parseEntries, RULES, runRules } from '../../src/lib/rules/index.ts';
import { citedSources, coveredKeys, evidenceFrom, numbersSourced, seenNumbers, untracedNumbers } from '../../src/lib/rules/numbers-sourced.ts';
import { images } from '../../src/lib/rules/images.ts';
import { linkText } from '../../src/lib/rules/link-text.ts';
import { links } from '../../src/lib/rules/links.ts';
import { mdxSafety } from '../../src/lib/rules/mdx-safety.ts';
import { MDX_COMPONENT_NAMES } from '../../src/lib/mdx-allowed.ts';
import { parseMdx } from '../../src/lib/rules/parse-mdx.ts';
import { phoneNumbers } from '../../src/lib/rules/phone-numbers.ts';
import { readingAge } from '../../src/lib/rules/reading-age.ts';
import { references } from '../../src/lib/rules/references.ts';
import { serviceChecked } from '../../src/lib/rules/service-checked.ts';
import { updateDates } from '../../src/lib/rules/update-dates.ts';
import { buildSiteMap } from '../../src/lib/rules/site-map.ts';
import { audienceOf, descendants, isDraft, isForFamilies, lineOf, textField, type ParsedEntry, type Rule } from '../../src/lib/rules/types.ts';
import { FIXED_ROUTES } from '../../src/lib/routes.ts';

/** An entry as the checker hands it to a rule: fields on lines 2, 3, …; the body from line 10. */
function entry(collection: CollectionName, id: string, data: Record<string, unknown>, body?: string, valid = true): ParsedEntry {
  const parsed = body === undefined ? undefined : parseMdx(body, 10);
  if (parsed?.error) throw new Error(`test body is not MDX: ${parsed.error.reason}`);
  return {
    collection,
    id,
    file: `src/content/${collection}/${id}.${body === undefined ? 'yaml' : 'mdx'}`,
    data,
    fieldLines: new Map(Object.keys(data).map((key, index) => [key, index + 2])),
    ...(body === undefined ? {} : { body, bodyLine: 10 }),
    ...(parsed?.tree ? { tree: parsed.tree } : {}),
    valid,
  };
}

function run(rule: Rule, checked: ParsedEntry[], others: ParsedEntry[] = [], extra: Partial<Parameters<Rule>[0]> = {}) {
  const all = [...others, ...checked];
  return rule({ checked, all, site: buildSiteMap(all), today: '2026-12-02', ci: false, ...extra }).map(
    (p) => `${formatProblem(p)}${p.severity ? ` (${p.severity})` : ''}`,
  );
}

const seen = (e: ParsedEntry) => seenNumbers(e).map(({ token, where, line, context }) => [token.text, where, line, context]);

describe('numbers-sourced: which numbers a reader sees', () => {
  it('reads a 4-digit year in a field, but not a field that is an ISO date, an address or an id', () => {
    const e = entry('pages', 'p', {
      summary: '2019',
      month: '2019-05',
      day: '2019-05-01',
      web: 'https://example.org/report-2019',
      http: 'http://example.org/2018',
      mail: 'mailto:team2020@example.org',
      tel: 'tel:01234',
      path: '/pages/level-3',
      id: 'early-help/2021-review',
      a: 'Year 2019-05',
      b: '2019-05 onwards',
      c: '2019-05-01 on',
      d: 'X2019',
      e: '20190',
      g: 'go https://a.org/5',
      h: 'A-2/b-3',
      i: 'ab-3-',
      j: 'ht 5',
    });
    expect(seen(e).map(([text, where, line]) => `${where}:${line}:${text}`)).toEqual([
      'summary:2:2019',
      'a:11:2019',
      'a:11:05',
      'b:12:2019',
      'b:12:05',
      'c:13:2019',
      'c:13:05',
      'c:13:01',
      'd:14:2019',
      'e:15:20190',
      'g:16:5',
      'h:17:2',
      'h:17:3',
      'i:18:3',
      'j:19:5',
    ]);
  });

  it('reads a text with a dash or slash but also spaces, as it is not an id', () => {
    expect(seen(entry('pages', 'p', { summary: 'week 2-3 of 12' }))).toEqual([
      ['2', 'summary', 2, 'week 2-3 of 12'],
      ['3', 'summary', 2, 'week 2-3 of 12'],
      ['12', 'summary', 2, 'week 2-3 of 12'],
    ]);
    expect(seen(entry('pages', 'p', { summary: 'Ab-3' }))).toEqual([['3', 'summary', 2, 'Ab-3']]);
    expect(seen(entry('pages', 'p', { summary: 'ab3' }))).toEqual([['3', 'summary', 2, 'ab3']]);
    expect(seen(entry('pages', 'p', { summary: 'x/https://a.org/5' }))).toEqual([['5', 'summary', 2, 'x/https://a.org/5']]);
  });

  it('shows ages and amounts from number fields, but no other number field, and skips fields that are not prose', () => {
    const e = entry('entitlements', 'e', {
      ageFrom: 16,
      ageTo: 25,
      pounds: 3000,
      order: 7,
      claims: [{ says: [99], quote: 'the 99' }],
      sources: ['s-2019'],
      source: 'paper-2017',
      date: 'on 4 May',
      approved: 'x 1',
      reviewDue: 'x 2',
      checkedOn: 'x 3',
      page: 'x 4',
      area: 'x 5',
      areas: ['x 6'],
      services: ['x 7'],
      website: 'x 8',
      kind: 'x 9',
      audience: ['x 10'],
      lines: ['x 11'],
      quote: 'x 12',
      value: 'x 13',
      period: 'x 14',
      asAt: 'x 15',
      level: 'x 16',
      unit: 'x 17',
      chart: 'x 18',
      owner: 'x 19',
      draft: 'x 20',
      showInSearch: 'x 21',
    });
    expect(seen(e)).toEqual([
      ['16', 'ageFrom', 2, 'ageFrom 16'],
      ['25', 'ageTo', 3, 'ageTo 25'],
      ['3000', 'pounds', 4, 'pounds 3000'],
    ]);
    expect(seenNumbers(entry('entitlements', 'e', { pounds: 3000 }))[0]?.token).toEqual({ key: '3000', text: '3000' });
  });

  it('names a nested field by its path and finds the line of its top-level field', () => {
    const e = entry('areas', 'a', {
      title: 'Area',
      steps: [{ text: 'Wait 2 days' }, { text: 'Then 3 more' }],
      frontDoor: { name: 'Door 5', hours: ['9 to 5'] },
    });
    expect(seen(e)).toEqual([
      ['2', 'steps[1].text', 3, 'Wait 2 days'],
      ['3', 'steps[2].text', 3, 'Then 3 more'],
      ['5', 'frontDoor.name', 4, 'Door 5'],
      ['9', 'frontDoor.hours[1]', 4, '9 to 5'],
      ['5', 'frontDoor.hours[1]', 4, '9 to 5'],
    ]);
  });

  it('drops the numbers that name a level, a section or a step, in fields and in the body', () => {
    const e = entry('pages', 'p', { summary: 'Levels 2 to 3 for 7 days, level 4 and section 17' }, 'At level 2, or levels 3, 4 and 5, wait 6 weeks.\n');
    expect(seen(e)).toEqual([
      ['7', 'summary', 2, 'Levels 2 to 3 for 7 days, level 4 and section 17'],
      ['6', 'text', 10, 'At level 2, or levels 3, 4 and 5, wait 6 weeks.'],
    ]);
  });

  it('reads body text only from text nodes, with their line, and not link addresses or code', () => {
    const e = entry('pages', 'p', {}, 'First 1.\n\nThen [page 2](/pages/p-3/) and `code 4`.\n');
    expect(seen(e)).toEqual([
      ['1', 'text', 10, 'First 1.'],
      ['2', 'text', 12, 'page 2'],
    ]);
  });
});

describe('numbers-sourced: what traces a number', () => {
  it('collects every cited source id, and only ids that are text', () => {
    expect(
      citedSources({
        sources: ['a', 7],
        source: 'b',
        steps: [{ sources: ['c'] }, { text: 'no sources' }],
        frontDoor: { source: 'd' },
        inspection: { source: 'e' },
        claims: [{ source: 'f' }, { says: [1] }],
      }),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(citedSources({})).toEqual([]);
    expect(citedSources({ sources: 'a', steps: 'b', claims: 'c' })).toEqual([]);
  });

  const law = entry('sources', 'law', {
    type: 'national',
    title: 'Children Act 1989',
    date: '2004-11-15',
    published: '2010-04',
    checkedOn: '2026-01-02',
    covers: 'ages 16 to 21',
    reference: 'section 23C(7) gives 25',
    gives: [{ says: [18, '£3,000'] }, { where: 'no says' }],
  });
  const paper = entry('sources', 'paper', { type: 'paper', title: 'Report 2017', year: 2016, covers: 'covers 44', reference: 'ref 55' });

  it('takes a law’s dates at each precision, what it covers and gives, and the numbers in its title', () => {
    const page = entry('pages', 'p', { sources: ['law'] });
    expect([...coveredKeys(page, evidenceFrom([law]))]).toEqual([
      '2004',
      '2004-11',
      '2004-11-15',
      '2010',
      '2010-04',
      '2026',
      '2026-01',
      '2026-01-02',
      '16',
      '21',
      '25',
      '18',
      '3000',
      '1989',
    ]);
  });

  it('does not take what a paper "covers", but does take its year and title', () => {
    const page = entry('pages', 'p', { sources: ['paper'] });
    expect([...coveredKeys(page, evidenceFrom([paper]))]).toEqual(['2016', '2017']);
  });

  it('takes nothing from a source the site does not have, or one with no fields', () => {
    const bare = entry('sources', 'bare', { type: 'web' });
    expect([...coveredKeys(entry('pages', 'p', { sources: ['missing', 'bare'] }), evidenceFrom([bare]))]).toEqual([]);
  });

  it('takes the numbers claims say', () => {
    const page = entry('pages', 'p', { claims: [{ says: [16, '£3,000', '1 October 2024'] }, { says: 'not a list' }, {}] });
    expect([...coveredKeys(page, evidenceFrom([]))]).toEqual(['16', '3000', '2024-10-01']);
  });

  const dataset = (id: string, data: Record<string, unknown>) => entry('datasets', id, data);
  const chart = dataset('chart', {
    page: 'p',
    series: [
      { name: 'Aged 10 to 15', total: { value: 30 }, points: [{ label: 'Mar 2020', value: 12 }, { label: '2021', value: 18 }, { value: 'x' }] },
      { points: 'none' },
      { name: 'No total', total: { value: '7' }, points: [] },
    ],
  });

  it('takes a chart’s values, totals and the numbers in its series names and labels, for the page it names', () => {
    expect([...coveredKeys(entry('pages', 'p', {}), evidenceFrom([chart]))]).toEqual(['10', '15', '30', '12', '2020', '18', '2021']);
    expect([...coveredKeys(entry('pages', 'other', {}), evidenceFrom([chart]))]).toEqual([]);
    expect([...coveredKeys(chart, evidenceFrom([]))]).toEqual(['10', '15', '30', '12', '2020', '18', '2021']);
  });

  it('takes a chart the page embeds by id, in a block or in a sentence', () => {
    const a = dataset('a', { series: [{ name: 'A', points: [{ label: 'x', value: 1 }] }] });
    const b = dataset('b', { series: [{ name: 'B', points: [{ label: 'y', value: 2 }] }] });
    const c = dataset('c', { series: [{ name: 'C', points: [{ label: 'z', value: 3 }] }] });
    const evidence = evidenceFrom([a, b, c]);
    const block = entry('pages', 'p', {}, '<DataExplainer id="a" />\n');
    expect([...coveredKeys(block, evidence)]).toEqual(['1']);
    const inline = entry('pages', 'p', {}, 'See <DataExplainer id="b" /> here.\n');
    expect([...coveredKeys(inline, evidence)]).toEqual(['2']);
    const others = entry(
      'pages',
      'p',
      {},
      '<Callout id="a" />\n\n<DataExplainer title="c" />\n\n<DataExplainer id={"c"} />\n\n<DataExplainer {...{ id: "c" }} />\n',
    );
    expect([...coveredKeys(others, evidence)]).toEqual([]);
  });

  it('lets a level name its own number', () => {
    expect([...coveredKeys(entry('levels', 'l', { level: 3 }), evidenceFrom([]))]).toEqual(['3']);
    expect([...coveredKeys(entry('pages', 'l', { level: 3 }), evidenceFrom([]))]).toEqual([]);
  });

  it('checks only content collections, only valid entries, and reports each number once', () => {
    const text = { summary: 'There are 4 hubs, 4 teams and 5 areas.' };
    expect(untracedNumbers(entry('pages', 'p', text), evidenceFrom([])).map((n) => n.token.text)).toEqual(['4', '5']);
    for (const collection of ['entitlements', 'levels', 'updates', 'glossary', 'areas', 'datasets'] as const)
      expect(untracedNumbers(entry(collection, 'x', text), evidenceFrom([])).length, collection).toBe(2);
    expect(untracedNumbers(entry('services', 'x', text), evidenceFrom([]))).toEqual([]);
    expect(untracedNumbers(entry('sources', 'x', text), evidenceFrom([]))).toEqual([]);
    expect(untracedNumbers(entry('pages', 'x', text, undefined, false), evidenceFrom([]))).toEqual([]);
  });
});

describe('numbers-sourced: messages', () => {
  const paper = entry('sources', 'paper', { type: 'paper', title: 'Paper', year: 2017 });
  const law = entry('sources', 'law', { type: 'national', title: 'Act' });
  const page = (claims: unknown[], summary = 'x') => entry('pages', 'p', { summary, claims });

  it('names the field and the fix for an untraced number, and nothing for a body number with no field', () => {
    expect(run(numbersSourced, [entry('pages', 'p', { summary: 'About 40 families' }, 'And 3,000 more.\n')])).toEqual([
      'src/content/pages/p.mdx:2: numbers-sourced: summary: "40" is not traced to a source — add a claim to the file\'s claims list: says: ["40"], source: the paper\'s id, lines: [its line], quote: the paper\'s words that state it (for a law or public page, where: instead of lines) — or remove the number',
      'src/content/pages/p.mdx:10: numbers-sourced: "3,000" is not traced to a source — add a claim to the file\'s claims list: says: ["3,000"], source: the paper\'s id, lines: [its line], quote: the paper\'s words that state it (for a law or public page, where: instead of lines) — or remove the number',
    ]);
  });

  it('skips entries it does not check and entries with schema problems', () => {
    expect(run(numbersSourced, [entry('services', 's', { summary: 'About 40' }), entry('pages', 'p', { summary: 'About 40' }, undefined, false)])).toEqual([]);
  });

  it('needs lines and a quote on a claim from a paper', () => {
    const claims = [
      { says: [1], source: 'paper', quote: 'the 1' },
      { says: [2], source: 'paper', lines: [3] },
      { says: [3], source: 'paper', lines: 3, quote: 'the 3' },
    ];
    expect(run(numbersSourced, [page(claims)], [paper])).toEqual([
      "src/content/pages/p.yaml:3: numbers-sourced: claims[1]: a claim from a paper needs lines and quote — give the paper's line numbers and copy the few words that state the number",
      "src/content/pages/p.yaml:3: numbers-sourced: claims[2]: a claim from a paper needs lines and quote — give the paper's line numbers and copy the few words that state the number",
      "src/content/pages/p.yaml:3: numbers-sourced: claims[3]: a claim from a paper needs lines and quote — give the paper's line numbers and copy the few words that state the number",
    ]);
  });

  it('needs a quote or where on a claim from a law, and checks the quote', () => {
    const claims = [
      { says: [18], source: 'law' },
      { says: [18], source: 'law', where: 'section 1' },
      { says: [18], source: 'law', quote: 7 },
      { says: [21], source: 'law', quote: 'up to 21' },
      { says: [25, '1 May 2024'], source: 'law', quote: 'aged 24 from May 2024' },
      { says: ['3 June 2024'], source: 'law', quote: 'on 3 June 2024' },
      { says: [9], source: 'unknown' },
      { says: [9], source: 5 },
    ];
    expect(run(numbersSourced, [page(claims)], [law])).toEqual([
      'src/content/pages/p.yaml:3: numbers-sourced: claims[1]: says where the number comes from in neither a quote nor where — copy the words that state it, or write where: "section 23C"',
      'src/content/pages/p.yaml:3: numbers-sourced: claims[3]: says where the number comes from in neither a quote nor where — copy the words that state it, or write where: "section 23C"',
      'src/content/pages/p.yaml:3: numbers-sourced: claims[5]: the quote does not state "25" — copy the words of the source that give this number',
      'src/content/pages/p.yaml:3: numbers-sourced: claims[5]: "1 May 2024" gives a day, but the quote gives only the month — write the month on the page, as the source does',
    ]);
  });

  it('says a day is wrong, not only coarser, when the quote has neither the day nor the month', () => {
    expect(run(numbersSourced, [page([{ says: ['1 May 2024'], source: 'law', quote: 'in June 2024' }])], [law])).toEqual([
      'src/content/pages/p.yaml:3: numbers-sourced: claims[1]: the quote does not state "1 May 2024" — copy the words of the source that give this number',
    ]);
  });

  it('warns once for listed numbers, and names listed numbers that are now traced', () => {
    const listed = entry('pages', 'p', { summary: '12 panels and 4 teams' });
    const other = entry('pages', 'q', { summary: '5 hubs' });
    const allowed = new Map([
      [listed.file, ['12', '4', '99', '£1,000']],
      [other.file, ['5']],
    ]);
    expect(run(numbersSourced, [listed, other], [], { untracedAllowed: allowed })).toEqual([
      'src/content/untraced-numbers.yaml: numbers-sourced: src/content/pages/p.yaml: 99, 1000 now traced or gone — remove from the list (warning)',
      'src/content/untraced-numbers.yaml: numbers-sourced: 3 numbers on 2 pages, shown before claims were required, are not yet traced — add claims (npm run claims) and shorten the list (warning)',
    ]);
    expect(run(numbersSourced, [listed], [], { untracedAllowed: new Map([[listed.file, ['12', '4']]]), untracedFile: 'content/list.yaml' })).toEqual([
      'content/list.yaml: numbers-sourced: 2 numbers on 1 pages, shown before claims were required, are not yet traced — add claims (npm run claims) and shorten the list (warning)',
    ]);
  });

  it('is quiet when every number is traced and nothing is listed', () => {
    expect(run(numbersSourced, [page([{ says: [40], source: 'law', where: 'section 1' }], 'About 40')], [law])).toEqual([]);
  });
});

describe('site map', () => {
  const e = (collection: CollectionName, id: string, data: Record<string, unknown>, body?: string) => entry(collection, id, data, body);
  const entries = [
    e('areas', 'north', {}),
    e(
      'pages',
      'proc',
      { kind: 'procedure', steps: [{ text: 'a' }, { byArea: {} }] },
      '## Step one\n\n<DataExplainer id="d1" />\n\nSee <DataExplainer id="d2" /> and <DataExplainer title="x" /> <DataExplainer id={"y"} />.\n\n<Callout id="z" />\n',
    ),
    e('pages', 'plain', { kind: 'guidance', steps: [{ text: 'a' }, null, 'x'] }),
    e('pages', 'area-page', { kind: 'area' }),
    e('pages', 'draft', { draft: true, steps: [{ byArea: {} }] }),
    e('updates', 'u1', {}, '## What happened\n'),
    e('updates', 'u2', {}),
    e('levels', 'l2', { level: 2 }),
    e('levels', 'lx', { level: '3' }),
    e('glossary', 'cse', { term: 'CSE', kind: 'acronym' }),
    e('glossary', 'eh', { term: 'early help', kind: 'term' }),
    e('glossary', 'n', { term: '16 plus', kind: 'term' }),
    e('glossary', 'noterm', { kind: 'acronym' }),
    e('glossary', 'draftg', { term: 'Z', kind: 'acronym', draft: true }),
    e('datasets', 'd1', { page: 'proc', area: 'north' }),
    e('datasets', 'd2', {}),
    e('sources', 's', {}),
  ];
  // Built inside each test, not here: code run while tests are collected is not counted as tested by mutation testing.
  const siteRoutes = () => buildSiteMap(entries, ['images/a.png']).routes;
  const asObject = (routes: Map<string, Set<string>>, paths: readonly string[]) =>
    Object.fromEntries(paths.map((path) => [path, [...(routes.get(path) ?? ['(missing)'])]]));

  it('gives each fixed route the skip-link target, and the glossary and facts pages the ids their entries add', () => {
    expect(asObject(siteRoutes(), FIXED_ROUTES)).toEqual({
      '/': ['main-content'],
      '/families/': ['main-content'],
      '/practitioners/': ['main-content'],
      '/search/': ['main-content'],
      '/glossary/': ['main-content', 'cse', 'letter-C', 'noterm', 'letter-N'],
      '/glossary/terms/': ['main-content', 'eh', 'letter-E', 'n', 'letter-#'],
      '/updates/': ['main-content'],
      '/facts-and-figures/': ['main-content', 'area-north', 'area-all'],
      '/recent-changes/': ['main-content'],
      '/a-to-z/': ['main-content'],
      '/recent-changes.xml': ['main-content'],
      '/updates/rss.xml': ['main-content'],
      '/sitemap.xml': ['main-content'],
      '/robots.txt': ['main-content'],
      '/manifest.webmanifest': ['main-content'],
      '/.well-known/security.txt': ['main-content'],
    });
  });

  it('gives every page, area task, procedure step page, level, update, chart and public file its address and ids, and drafts none', () => {
    const routes = siteRoutes();
    expect(
      asObject(
        routes,
        [...routes.keys()].filter((path) => !FIXED_ROUTES.includes(path)),
      ),
    ).toEqual({
      '/images/a.png': [],
      '/north/worried-about-a-child/': ['main-content', 'sources-title', 'review-title'],
      '/north/worried-about-exploitation/': ['main-content', 'sources-title', 'review-title'],
      '/north/make-a-referral/': ['main-content', 'sources-title', 'review-title'],
      '/north/early-help/': ['main-content', 'sources-title', 'review-title'],
      '/north/leaving-care/16-to-17/': ['main-content'],
      '/north/leaving-care/18-to-20/': ['main-content'],
      '/north/leaving-care/21-to-25/': ['main-content'],
      '/proc/north/': ['main-content', 'sources-title', 'review-title', 'steps-title'],
      '/proc/': ['main-content', 'sources-title', 'review-title', 'steps-title', 'step-one', 'figure-d1', 'chart-d1-heading', 'figure-d2', 'chart-d2-heading'],
      '/history/proc/': ['main-content'],
      '/plain/': ['main-content', 'sources-title', 'review-title'],
      '/history/plain/': ['main-content'],
      '/area-page/': ['main-content', 'sources-title', 'review-title', 'area-facts-title'],
      '/history/area-page/': ['main-content'],
      '/updates/u1/': ['main-content', 'what-happened'],
      '/updates/u2/': ['main-content'],
      '/levels-of-need/level-2/': ['main-content', 'meaning', 'examples', 'response', 'contact'],
      '/facts-and-figures/d1.csv': [],
      '/facts-and-figures/d2.csv': [],
    });
  });

  it('is only the fixed routes and the glossary pages for an empty site', () => {
    expect([...buildSiteMap([]).routes.keys()]).toEqual([...FIXED_ROUTES]);
  });
});

describe('every rule on an entry with no body', () => {
  it('finds nothing in a glossary entry with plain fields, rule by rule and all together', () => {
    const plain = entry('glossary', 'plain', { term: 'plain words', kind: 'term' });
    for (const rule of RULES) expect(run(rule, [plain]), rule.name).toEqual([]);
    const all = [plain];
    expect(runRules({ checked: all, all, site: buildSiteMap(all), today: '2026-12-02', ci: false })).toEqual([]);
  });
  it('runs every rule, in order, when there is something to find', () => {
    const bad = entry(
      'pages',
      'bad',
      { title: 'Bad', audience: ['families'], reviewDue: '2026-01-01' },
      '[here](/nowhere/) ![](/x.png) #### Deep\n\nThe ZZQ.\n',
    );
    const all = [bad];
    expect(runRules({ checked: all, all, site: buildSiteMap(all), today: '2026-12-02', ci: false }).map((p) => p.field)).toEqual([
      'link',
      'image',
      'link-text',
      'image-alt',
      'acronym',
      'review-due',
    ]);
  });
});

describe('parseEntries', () => {
  const loaded = (file: string, body?: string) => ({
    collection: 'pages' as const,
    id: file,
    file,
    data: {},
    fieldLines: new Map(),
    ...(body === undefined ? {} : { body, bodyLine: 3 }),
  });
  it('keeps each entry, marks those with schema problems, and parses bodies from their line', () => {
    const { parsed, problems } = parseEntries([loaded('a.yaml'), loaded('b.mdx', 'Text.\n'), loaded('c.mdx', 'Bad {1 +}.\n')], new Set(['a.yaml', 'c.mdx']));
    expect(problems.map(formatProblem)).toEqual([
      'c.mdx:3: mdx-syntax: a { starts JavaScript, which content may not run — write \\{ to show a curly bracket as text',
    ]);
    expect(parsed.map((p) => [p.file, p.valid, p.tree?.children[0]?.position?.start.line])).toEqual([
      ['a.yaml', false, undefined],
      ['b.mdx', true, 3],
      ['c.mdx', false, undefined],
    ]);
    expect(parsed.map((p) => [p.id, p.body, 'tree' in p])).toEqual([
      ['a.yaml', undefined, false],
      ['b.mdx', 'Text.\n', true],
      ['c.mdx', 'Bad {1 +}.\n', false],
    ]);
  });
});

describe('acronyms: edges', () => {
  it('learns acronyms only from glossary terms and aliases that are text', () => {
    const known = glossaryAcronyms([
      entry('pages', 'p', { term: 'PQR' }),
      entry('glossary', 'a', { term: 'CSE', aliases: ['the DSL team', 7] }),
      entry('glossary', 'b', { term: 'XYZ', aliases: 'LMN' }),
      { ...entry('glossary', 'c', {}), data: null },
    ]);
    expect([...known]).toEqual(['CSE', 'DSL', 'XYZ']);
  });
  it('counts an acronym as explained only right after its words in brackets, or right before them', () => {
    const page = (text: string) => entry('pages', 'p', {}, `${text}\n`);
    const found = (text: string) => unexplained(page(text), new Set()).map((u) => u.acronym);
    expect(found('The Family Information Service (FIS) helps.')).toEqual([]);
    expect(found('The FIS (Family Information Service) helps.')).toEqual([]);
    expect(found('The "FIS" (Family Information Service) helps.')).toEqual([]);
    expect(found('The Family Information Service (FIS and more) helps.')).toEqual(['FIS']);
    expect(found('A (b) FIS) c.')).toEqual(['FIS']);
    expect(found('The FIS is here (and there).')).toEqual(['FIS']);
    expect(found('The FIS- (Family Information Service).')).toEqual(['FIS']);
  });
  it('finds nothing in a page with no body', () => {
    expect(unexplained(entry('pages', 'p', { title: 'The ZZQ' }), new Set())).toEqual([]);
  });
});

describe('dated-arrangements: edges', () => {
  const area = (id: string, name: unknown) => entry('areas', id, { frontDoor: { name } });
  const doors = [area('a', 'A.B Hub'), area('b', 'Front Door')];
  const check = (body: string, others = doors) => run(datedArrangements, [entry('pages', 'p', {}, body)], others);
  const warning = (line: number, sentence: string, name: string) =>
    `src/content/pages/p.mdx:${line}: dated-arrangement: "${sentence}" says how ${name} works today without a date — say when the paper described it (e.g. "In 2016 the council said…"), or check it against a current public page and cite it (warning)`;

  it('takes the front door names of areas only, when they are text', () => {
    expect(
      localNames([
        area('a', 'Hub'),
        area('b', 7),
        entry('areas', 'c', {}),
        { ...entry('areas', 'd', {}), data: null },
        entry('pages', 'p', { frontDoor: { name: 'Desk' } }),
      ]),
    ).toEqual(['Hub']);
  });
  it('is quiet with no front doors, or on anything but a page', () => {
    expect(check('Front Door is open.\n', [])).toEqual([]);
    expect(run(datedArrangements, [entry('updates', 'u', {}, 'Front Door is open.\n')], doors)).toEqual([]);
  });
  it('matches names with full stops as written, and any of several names', () => {
    expect(check('A.B Hub is open. AxB Hub is open. The Front Door is open.\n')).toEqual([
      warning(10, 'A.B Hub is open.', 'A.B Hub'),
      warning(10, 'The Front Door is open.', 'Front Door'),
    ]);
  });
  it('splits sentences on every run of spaces, and skips sentences with no front door', () => {
    expect(check('Front Door is open.  It is busy. Help is here.\n')).toEqual([warning(10, 'Front Door is open.', 'Front Door')]);
    expect(check('It is busy.  Front Door is open.\n')).toEqual([warning(10, 'Front Door is open.', 'Front Door')]);
  });
  it('reads a paragraph once, whatever its inline parts, and a list item once', () => {
    expect(check('The Front Door *is* open.\n')).toEqual([warning(10, 'The Front Door is open.', 'Front Door')]);
    expect(check('- The Front Door is open.\n')).toEqual([warning(10, 'The Front Door is open.', 'Front Door')]);
    expect(check('- The Front Door is open.\n  - Later.\n')).toEqual([warning(10, 'The Front Door is open.', 'Front Door')]);
  });
  it('reads a list item that holds no paragraph of its own', () => {
    expect(check('- > The Front Door is open.\n')).toEqual([
      warning(10, 'The Front Door is open.', 'Front Door'),
      warning(10, 'The Front Door is open.', 'Front Door'),
    ]);
  });
  it('quotes at most 80 characters of the sentence', () => {
    const at80 = `The Front Door is open${'.'.repeat(80 - 'The Front Door is open'.length)}`;
    expect(at80).toHaveLength(80);
    expect(check(`${at80}\n`)).toEqual([warning(10, at80, 'Front Door')]);
    expect(check(`${at80}x\n`)).toEqual([warning(10, `${at80}…`, 'Front Door')]);
  });
});

describe('duplicates: edges', () => {
  const titled = (id: string, title: unknown, collection: CollectionName = 'pages') => entry(collection, id, { title });
  const check = (checked: ParsedEntry[], others: ParsedEntry[] = []) => run(duplicates, checked, others);

  it('compares titles by their trimmed lower-case words', () => {
    expect(check([titled('a', ' A  title')], [titled('b', 'a title')])).toEqual([
      'src/content/pages/a.yaml:2: duplicate-title: "A  title" is also the title of src/content/pages/b.yaml — give each page its own title',
    ]);
    expect(check([titled('a', 'a title')], [titled('b', 'at itle')])).toEqual([]);
    expect(check([titled('a', 'Straße')], [titled('b', 'Strasse')])).toEqual([]);
  });
  it('names every other entry with the title', () => {
    expect(check([titled('a', 'Help')], [titled('b', 'Help'), titled('c', 'help', 'updates')])).toEqual([
      'src/content/pages/a.yaml:2: duplicate-title: "Help" is also the title of src/content/pages/b.yaml and src/content/updates/c.yaml — give each page its own title',
    ]);
  });
  it('ignores titles of other collections, blank titles and missing ones', () => {
    expect(check([titled('a', 'Help')], [titled('g', 'Help', 'glossary')])).toEqual([]);
    expect(check([titled('a', '  '), titled('b', '  ')])).toEqual([]);
    expect(check([entry('pages', 'a', {}), entry('pages', 'b', {})])).toEqual([]);
    expect(check([titled('g', 'Help', 'glossary')])).toEqual([]);
  });
  it('refuses a page under the history folder, and lists every level with one number', () => {
    expect(check([titled('history/old', 'Old')])).toEqual([
      'src/content/pages/history/old.yaml: duplicate-url: /history/old/ is under /history/, where page histories live — move the file out of the history folder',
    ]);
    const level = (id: string) => entry('levels', id, { title: id, level: 2 });
    expect(check([level('x')], [level('y'), level('z')])).toEqual([
      'src/content/levels/x.yaml:3: duplicate-url: /levels-of-need/level-2/ is also the address of src/content/levels/y.yaml and src/content/levels/z.yaml — change level to a number no other level uses',
    ]);
  });
});

describe('references: edges', () => {
  const areas = [entry('areas', 'south', {}), entry('areas', 'north', {})];
  const datasets = [entry('datasets', 'd', {})];
  const check = (checked: ParsedEntry[]) => run(references, checked, [...areas, ...datasets]);

  it('names each byArea key that is not an area, step by step, with the areas in order', () => {
    const steps = [
      { byArea: { north: 'x', nowhere: 'y', east: 'z' } },
      { text: 'no byArea' },
      null,
      { byArea: null },
      { byArea: 'text' },
      { byArea: { west: 'w' } },
    ];
    expect(check([entry('pages', 'p', { title: 'P', steps })])).toEqual([
      'src/content/pages/p.yaml:3: steps[1].byArea: "nowhere" is not an area — use one of north, south',
      'src/content/pages/p.yaml:3: steps[1].byArea: "east" is not an area — use one of north, south',
      'src/content/pages/p.yaml:3: steps[6].byArea: "west" is not an area — use one of north, south',
    ]);
    expect(check([entry('pages', 'p', { steps: 'not a list' }), { ...entry('pages', 'q', {}), data: null }])).toEqual([]);
  });

  it('takes only datasets as dataset ids, reads id wherever it is among the attributes, and refuses an empty one', () => {
    const page = (body: string) => entry('pages', 'p', {}, body);
    expect(check([page('<DataExplainer title="x" id="d" />\n\nSee <DataExplainer {...x} id="d" /> here.\n')])).toEqual([]);
    expect(
      check([page('<DataExplainer id="north" />\n\nSee <DataExplainer id="zz" /> here.\n\n<DataExplainer id="" />\n\n<Callout kind="info">Text.</Callout>\n')]),
    ).toEqual([
      'src/content/pages/p.mdx:10: reference: <DataExplainer id="north"> is not a known dataset — use the name of a file in src/content/datasets without .json',
      'src/content/pages/p.mdx:12: reference: <DataExplainer id="zz"> is not a known dataset — use the name of a file in src/content/datasets without .json',
      'src/content/pages/p.mdx:14: reference: <DataExplainer> has no id — write <DataExplainer id="…" /> with the name of a file in src/content/datasets',
    ]);
  });

  it('checks the page field of areas and datasets only, when they have one', () => {
    expect(
      check([
        entry('areas', 'a', { page: 'nowhere' }),
        entry('datasets', 'e', { title: 'E', page: 'gone' }),
        entry('pages', 'p', { page: 'nowhere' }),
        entry('areas', 'b', {}),
      ]),
    ).toEqual([
      'src/content/areas/a.yaml:2: reference: page "nowhere" is not a page — use the path of a file in src/content/pages without .mdx, e.g. areas/<area>',
      'src/content/datasets/e.yaml:3: reference: page "gone" is not a page — use the path of a file in src/content/pages without .mdx, e.g. areas/<area>',
    ]);
  });
});

describe('update-dates: edges', () => {
  const source = (id: string, data: Record<string, unknown>) => entry('sources', id, data);
  const sources = [
    source('paper-2022', { type: 'paper', date: '2022-07-13' }),
    source('paper-2020', { type: 'paper', date: '2020-01-01' }),
    source('paper-undated', { type: 'paper' }),
    source('act', { type: 'national', date: '2020-01-01' }),
    entry('pages', 'not-a-source', { type: 'paper', date: '2020-01-01' }),
  ];
  const update = (date: unknown, cited: unknown, valid = true) => entry('updates', 'u', { date, sources: cited }, undefined, valid);
  const check = (checked: ParsedEntry[]) => run(updateDates, checked, sources);
  const after = (date: string, latest: string) =>
    `src/content/updates/u.yaml:2: update-date: date ${date} is after ${latest}, the date of the paper it comes from — date the update when the paper reported it, or cite a later public source that says it happened`;

  it('takes the latest date of the papers cited, whatever their order', () => {
    expect(check([update('2021', ['paper-2022', 'paper-2020'])])).toEqual([]);
    expect(check([update('2023', ['paper-2020', 'paper-2022'])])).toEqual([after('2023', '2022-07-13')]);
    expect(check([update('2023', ['paper-undated', 'paper-2022'])])).toEqual([after('2023', '2022-07-13')]);
    expect(check([update('2023', ['act', 'paper-2022', 'missing'])])).toEqual([after('2023', '2022-07-13')]);
  });
  it('ignores dates of laws, of unknown ids and of entries that are not sources', () => {
    expect(check([update('2021', ['act'])])).toEqual([]);
    expect(check([update('2021', ['not-a-source', 'missing', 7])])).toEqual([]);
  });
  it('checks only valid updates with a date and a list of sources', () => {
    expect(check([entry('pages', 'p', { date: '2023', sources: ['paper-2022'] })])).toEqual([]);
    expect(check([update('2023', ['paper-2022'], false)])).toEqual([]);
    expect(check([update(undefined, ['paper-2022']), update(2023, ['paper-2022']), update('2023', 'paper-2022')])).toEqual([]);
    expect(check([{ ...entry('updates', 'x', {}), data: null }])).toEqual([]);
  });
});

describe('phone numbers: edges', () => {
  const service = entry('services', 's', {
    contacts: [
      { kind: 'phone', number: '01952 385385' },
      { kind: 'text', how: 7 },
    ],
  });
  const odd = [
    entry('services', 'no-list', { contacts: { number: '0800 111 2222' } }),
    { ...entry('services', 'null', {}), data: null },
    entry('pages', 'not-a-service', { contacts: [{ number: '0800 123 4567' }] }),
  ];
  const check = (checked: ParsedEntry[]) => run(phoneNumbers, checked, [service, ...odd]);
  const unknown = (where: string, number: string) =>
    `${where}"${number}" is not a number any service gives — add the service to src/content/services with the page it comes from, then write the number as it gives it; or remove the number`;

  it('takes numbers from services only', () => {
    expect(check([entry('pages', 'p', {}, 'Call 0800 123 4567 or 01952 385385.\n')])).toEqual([
      unknown('src/content/pages/p.mdx:10: phone-number: ', '0800 123 4567'),
    ]);
  });
  it('names the field path of a number in lists and nested fields, and skips numbers it knows', () => {
    const level = entry('levels', 'l', {
      title: 'L',
      steps: [{ how: 'Ring 01952 385385' }, { how: 'Ring 0800 123 4567' }],
      contact: { main: 'Ring 0800 765 4321' },
      none: null,
      count: 5,
    });
    expect(check([level])).toEqual([
      unknown('src/content/levels/l.yaml:3: phone-number: steps[2].how: ', '0800 123 4567'),
      unknown('src/content/levels/l.yaml:4: phone-number: contact.main: ', '0800 765 4321'),
    ]);
  });
  it('leaves services and sources alone', () => {
    expect(check([entry('services', 'x', { how: 'Ring 0800 123 4567' }), entry('sources', 'y', { title: 'Ring 0800 123 4567' })])).toEqual([]);
  });
});

describe('service-checked: edges', () => {
  const check = (checked: ParsedEntry[]) => run(serviceChecked, checked);
  it('gives the fix in the error at 12 months', () => {
    expect(check([entry('services', 's', { checkedOn: '2025-12-02' })])).toEqual([
      'src/content/services/s.yaml:2: service-checked: checkedOn 2025-12-02 is more than 12 months ago — check every number, address and the hours against the source page, then set checkedOn to the day you checked',
    ]);
  });
  it('checks only valid services with a checkedOn date', () => {
    expect(
      check([
        entry('pages', 'p', { checkedOn: '2020-01-01' }),
        entry('services', 's', { checkedOn: '2020-01-01' }, undefined, false),
        entry('services', 't', {}),
      ]),
    ).toEqual([]);
  });
});

describe('rule helpers', () => {
  it('lineOf is undefined for a node with no position', () => {
    expect(lineOf({ type: 'text', value: 'x' })).toBeUndefined();
  });
  it('descendants lists every node below the root once, in order, and keeps the list', () => {
    const { tree } = parseMdx('# A *b*\n\nC.\n', 1);
    if (!tree) throw new Error('no tree');
    expect(descendants(tree).map((n) => n.type)).toEqual(['heading', 'text', 'emphasis', 'text', 'paragraph', 'text']);
    expect(descendants(tree)).toBe(descendants(tree));
  });
  it('reads text fields and audiences, and tolerates missing data', () => {
    const none = { ...entry('pages', 'p', {}), data: null };
    expect([textField(none, 'title'), audienceOf(none), isDraft(none), isForFamilies(none)]).toEqual([undefined, [], false, false]);
    const e = entry('pages', 'p', { title: 7, kind: 'guidance', audience: ['practitioners', 3, 'families'], draft: 'yes' });
    expect([textField(e, 'title'), textField(e, 'kind'), audienceOf(e), isDraft(e), isForFamilies(e)]).toEqual([
      undefined,
      'guidance',
      ['practitioners', 'families'],
      false,
      true,
    ]);
    expect([audienceOf(entry('pages', 'p', { audience: 'families' })), isDraft(entry('pages', 'p', { draft: true }))]).toEqual([[], true]);
  });
});

describe('images and link text: edges', () => {
  const page = (body: string) => entry('pages', 'p', {}, body);
  it('needs alt text on a reference image, and on one whose alt is only spaces', () => {
    expect(run(images, [page('![][ref]\n\n![  ](/x.png)\n\n[ref]: /y.png\n')])).toEqual([
      'src/content/pages/p.mdx:10: image-alt: the image "[ref]" has no alt text — say what it shows between the square brackets, e.g. ![A social worker talking with a family]([ref])',
      'src/content/pages/p.mdx:12: image-alt: the image "/x.png" has no alt text — say what it shows between the square brackets, e.g. ![A social worker talking with a family](/x.png)',
    ]);
  });
  it('reads reference links, spaces and quotes round vague words, and empty references', () => {
    expect(run(linkText, [page('[here][ref] [“ here ”](/a/) [click  here](/b/) [ here ](/c/) [][ref] [ ](/d/)\n\n[ref]: /y/\n')])).toEqual([
      'src/content/pages/p.mdx:10: link-text: "here" does not say where the link goes — use words that name the page',
      'src/content/pages/p.mdx:10: link-text: "“ here ”" does not say where the link goes — use words that name the page',
      'src/content/pages/p.mdx:10: link-text: "click  here" does not say where the link goes — use words that name the page',
      'src/content/pages/p.mdx:10: link-text: "here" does not say where the link goes — use words that name the page',
      'src/content/pages/p.mdx:10: link-text: the link to "[ref]" has no words — write words that name the page between the [ and ]',
      'src/content/pages/p.mdx:10: link-text: the link to "/d/" has no words — write words that name the page between the [ and ]',
    ]);
  });
});

describe('links: edges', () => {
  const pageAt = (id: string, body = 'Text.\n') => entry('pages', id, {}, body);
  const check = (body: string, others: ParsedEntry[], id = 'guides/one') => run(links, [pageAt(id, body)], others);
  const missing = (url: string, fix: string, line = 10) =>
    `src/content/pages/guides/one.mdx:${line}: link: "${url}" does not go to a page on this site — ${fix}`;

  it('suggests the closest address within 3 edits, the first of equals', () => {
    const helps = [pageAt('help-a'), pageAt('help-b')];
    expect(check('[x](/help-bx/)', helps)).toEqual([missing('/help-bx/', 'did you mean /help-b/?')]);
    expect(check('[x](/help-x/)', helps)).toEqual([missing('/help-x/', 'did you mean /help-a/?')]);
    expect(check('[x](/early-hexxx/)', [pageAt('early-help')])).toEqual([missing('/early-hexxx/', 'did you mean /early-help/?')]);
    expect(check('[x](/early-hexxxx/)', [pageAt('early-help')])).toEqual([
      missing('/early-hexxxx/', 'check the address: a page in src/content/pages/early-help.mdx is at /early-help/'),
    ]);
  });
  it('resolves relative links from the page’s own address, and checks reference definitions', () => {
    expect(check('[two](../two/) [me](./) [ref]\n\n[ref]: /gone/\n', [pageAt('guides/two')])).toEqual([
      missing('/gone/', 'check the address: a page in src/content/pages/early-help.mdx is at /early-help/', 12),
    ]);
    expect(run(links, [entry('areas', 'north', {}, '[x](/gone/) [y](./)\n')], [])).toEqual([
      'src/content/areas/north.mdx:10: link: "/gone/" does not go to a page on this site — check the address: a page in src/content/pages/early-help.mdx is at /early-help/',
    ]);
  });
  it('gives the fragment hint for the glossary words, the figures, pages without headings, and many headings', () => {
    const terms = entry('glossary', 'early-help', { term: 'early help', kind: 'term' });
    const many = pageAt('many', ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'].map((h) => `## ${h}\n`).join('\n'));
    const six = pageAt('six', ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((h) => `## ${h}\n`).join('\n'));
    const body = '[a](/glossary/terms/#nope) [b](/facts-and-figures/#nope) [c](/search/#nope) [d](/many/#nope) [e](/six/#nope)';
    const hint = (url: string, where: string, fix: string) =>
      `src/content/pages/guides/one.mdx:10: link: "${url}" points to #nope, which is not a heading on ${where} — ${fix}`;
    expect(check(body, [terms, many, six])).toEqual([
      hint('/glossary/terms/#nope', '/glossary/terms/', 'use the id of a word or term from src/content/glossary.yaml, e.g. /glossary/terms/#early-help'),
      hint('/facts-and-figures/#nope', '/facts-and-figures/', 'use #figure- and a file name from src/content/datasets'),
      hint('/search/#nope', '/search/', 'link to /search/ without a #fragment'),
      hint('/many/#nope', '/many/', "use one of #one, #two, #three, #four, #five, #six, … (a heading's id is its text in lower case, with - for spaces)"),
      hint('/six/#nope', '/six/', "use one of #one, #two, #three, #four, #five, #six (a heading's id is its text in lower case, with - for spaces)"),
    ]);
  });
  it('refuses images from https, http and protocol-relative addresses, but only a link starting http://', () => {
    const away = (url: string) =>
      `src/content/pages/guides/one.mdx:10: image: the image "${url}" is on another website, and the site loads nothing from other websites — save it in public/images/ and write /images/ and its file name`;
    expect(check('![a](https://x.org/a.png) ![b](http://x.org/b.png) ![c](//x.org/c.png) [d](//x.org/d) [e](/x/?u=http://y.org)', [])).toEqual([
      away('https://x.org/a.png'),
      away('http://x.org/b.png'),
      away('//x.org/c.png'),
      missing('/x/?u=http://y.org', 'did you mean /?'),
    ]);
  });
  it('leaves javascript: to mdx-safety, refuses other schemes whatever their case, and an address of spaces', () => {
    expect(check('[a](javascript:go()) [b](FTP://x.org/) [c](< >)', [])).toEqual([
      'src/content/pages/guides/one.mdx:10: link: "FTP://x.org/" is not a web address readers can follow — link to a page on this site, or to https://, mailto: or tel:',
      'src/content/pages/guides/one.mdx:10: link: has no address — write the address between the ( and ), e.g. (/early-help/)',
    ]);
  });
});

describe('mdx-safety: edges', () => {
  const safety = (body: string) => run(mdxSafety, [entry('pages', 'p', {}, body)]);
  const js = (code: string, line = 10) =>
    `src/content/pages/p.mdx:${line}: mdx-safety: {${code}} is JavaScript, which content may not run — remove it, or write \\{ to show a curly bracket`;
  const jsUrl = (url: string, line = 10) =>
    `src/content/pages/p.mdx:${line}: mdx-safety: "${url}" is a javascript: address, which runs code — link to a page instead`;

  it('accepts plain links, attributes that only contain "on", and attributes with no value', () => {
    expect(safety('[a](/a/) <Callout caption="x" hidden>Text.</Callout>\n\n[b]: https://x.org/?javascript:1\n')).toEqual([]);
  });
  it('finds javascript: in images, definitions and attributes, however it is spaced', () => {
    expect(safety('![a](javascript:go())\n\n<Callout title="java script:go()">Text.</Callout>\n\n[b]: javascript:go()\n')).toEqual([
      jsUrl('javascript:go()'),
      jsUrl('java script:go()', 12),
      jsUrl('javascript:go()', 14),
    ]);
  });
  it('refuses code in a sentence, quoting its first line, at most 60 characters', () => {
    const at60 = `a${'b'.repeat(59)}`;
    expect(safety(`Text {x} more.\n\n{\n  alert(1)\n}\n\n{${at60}}\n\n{${at60}c}\n`)).toEqual([
      js('x'),
      js('alert(1)', 12),
      js(at60, 16),
      js(`${at60.slice(0, 57)}…`, 18),
    ]);
  });
  it('names an import wherever "export" appears in it', () => {
    expect(safety("import X from './export.js';\n")).toEqual([
      `src/content/pages/p.mdx:10: mdx-safety: "import X from './export.js';" is not allowed in content — remove it; the components ${MDX_COMPONENT_NAMES.join(', ')} work without importing`,
    ]);
  });
});

describe('mdx-syntax and parse-mdx: edges', () => {
  const syntax = (body: string) =>
    parseEntries([{ collection: 'pages', id: 'p', file: 'p.mdx', data: {}, fieldLines: new Map(), body, bodyLine: 5 }], new Set()).problems.map(formatProblem);
  it('explains other errors in micromark’s words with the general fix', () => {
    expect(syntax('<Callout kind="a"></Other>\n')).toEqual([
      'p.mdx:5: mdx-syntax: cannot be read as MDX (Unexpected closing tag `</Other>`, expected corresponding closing tag for `<Callout>` (1:1-1:19)) — close every <Component> tag, and write \\< or \\{ to show a < or { as text',
    ]);
    expect(syntax('<Callout kind=x>\n')).toEqual([
      'p.mdx:5: mdx-syntax: cannot be read as MDX (Unexpected character `x` (U+0078) before attribute value, expected a character that can start an attribute value, such as `"`, `\'`, or `{`) — close every <Component> tag, and write \\< or \\{ to show a < or { as text',
    ]);
  });
  it('gives the line of an unclosed tag far down the body', () => {
    expect(syntax('A\n\nB\n\nC\n\nD\n\nE\n\nF\n\n<Callout kind="information">\n\nText.\n')).toEqual([
      'p.mdx:17: mdx-syntax: <Callout> is never closed — add </Callout> after what it wraps',
    ]);
  });
  it('moves the start and end line of every node, and parses a body at a line once', () => {
    const first = parseMdx('A\nB\n', 5);
    expect(first.tree?.children[0]?.position).toEqual({ start: { line: 5, column: 1, offset: 0 }, end: { line: 6, column: 2, offset: 3 } });
    expect(parseMdx('A\nB\n', 5)).toBe(first);
    expect(parseMdx('A\nB\n', 6)).not.toBe(first);
  });
});

describe('more edges the mutation run found', () => {
  it('numbers-sourced: a string in an amount field is read as text, a null field is skipped, and a level name leaves a space', () => {
    expect(seen(entry('entitlements', 'e', { pounds: 'up to 3,000', none: null, summary: '5,level 2000' }))).toEqual([
      ['3,000', 'pounds', 2, 'up to 3,000'],
      ['5', 'summary', 4, '5,level 2000'],
      ['000', 'summary', 4, '5,level 2000'],
    ]);
  });
  it('numbers-sourced: only sources trace a number as sources, and only datasets as charts', () => {
    const fake = entry('pages', 'law', { title: 'Report 1999', page: 'p', series: [{ name: 'S', points: [{ label: 'x', value: 42 }] }] });
    const page = entry('pages', 'p', { summary: 'In 1999 there were 42', sources: ['law'] });
    expect([...coveredKeys(page, evidenceFrom([fake, page]))]).toEqual([]);
  });
  it('numbers-sourced: checks no claims on entries it does not check or that have schema problems', () => {
    const paper = entry('sources', 'paper', { type: 'paper', title: 'Paper' });
    const claims = [{ says: [1], source: 'paper' }];
    expect(run(numbersSourced, [entry('services', 's', { claims }), entry('pages', 'p', { claims }, undefined, false)], [paper])).toEqual([]);
  });
  it('numbers-sourced: counts only the pages that have listed numbers', () => {
    const listed = entry('pages', 'p', { summary: '12 panels' });
    const unlisted = entry('pages', 'q', { summary: '5 hubs' });
    expect(run(numbersSourced, [listed, unlisted], [], { untracedAllowed: new Map([[listed.file, ['12']]]) })).toEqual([
      'src/content/pages/q.yaml:2: numbers-sourced: summary: "5" is not traced to a source — add a claim to the file\'s claims list: says: ["5"], source: the paper\'s id, lines: [its line], quote: the paper\'s words that state it (for a law or public page, where: instead of lines) — or remove the number',
      'src/content/untraced-numbers.yaml: numbers-sourced: 1 numbers on 1 pages, shown before claims were required, are not yet traced — add claims (npm run claims) and shorten the list (warning)',
    ]);
  });
  it('phone numbers: skips a field with no value', () => {
    expect(run(phoneNumbers, [entry('levels', 'l', { gone: undefined, none: null })])).toEqual([]);
  });
  it('reading-age: checks only valid pages and updates with a body', () => {
    const hard =
      'Notwithstanding considerable organisational complexities, multidisciplinary safeguarding arrangements necessitate comprehensive interagency collaboration.\n';
    const families = { audience: ['families'] };
    expect(run(readingAge, [entry('pages', 'p', families, hard)]).length).toBe(1);
    expect(run(readingAge, [entry('pages', 'p', families, hard, false), entry('levels', 'l', families, hard), entry('pages', 'q', families)])).toEqual([]);
  });
  it('site map: a glossary term with no letters goes under #, and only levels and pages make level and step pages', () => {
    const routes = buildSiteMap([
      entry('areas', 'north', {}),
      entry('glossary', 'blank', { term: '', kind: 'acronym' }),
      entry('glossary', 'g', { term: 'x', kind: 'term', level: 3 }),
      entry('levels', 'l', { level: 4, steps: [{ byArea: {} }] }),
      { ...entry('levels', 'none', {}), data: null },
      { ...entry('datasets', 'd', {}), data: null },
    ]).routes;
    expect([...(routes.get('/glossary/') ?? [])]).toEqual(['main-content', 'blank', 'letter-#']);
    expect([routes.has('/levels-of-need/level-3/'), routes.has('/levels-of-need/level-4/'), routes.has('/l/north/')]).toEqual([false, true, false]);
    expect([...(routes.get('/facts-and-figures/') ?? [])]).toEqual(['main-content', 'area-all']);
  });
  it('duplicates: an update’s stray level field gives no line', () => {
    expect(run(duplicates, [entry('updates', 'x', { title: 'X', level: 9 })], [entry('pages', 'updates/x', { title: 'Y' })])).toEqual([
      'src/content/updates/x.yaml: duplicate-url: /updates/x/ is also the address of src/content/pages/updates/x.yaml — rename one of the files',
    ]);
  });
});

describe('last edges of links and MDX syntax', () => {
  const syntax = (body: string) =>
    parseEntries([{ collection: 'pages', id: 'p', file: 'p.mdx', data: {}, fieldLines: new Map(), body, bodyLine: 5 }], new Set()).problems.map(formatProblem);
  it('links: an image address with https: inside it is a local file, and a draft checks its own #fragments', () => {
    expect(run(links, [entry('pages', 'p', {}, '![a](/images/https:a.png)\n')])).toEqual([
      'src/content/pages/p.mdx:10: image: the image "/images/https:a.png" is not a file in public/ — save the image as public/images/https:a.png, or correct the address',
    ]);
    expect(run(links, [entry('pages', 'draft', { draft: true }, '## Help\n\n[h](#help)\n')])).toEqual([]);
  });
  it('mdx-syntax: a < at the end of the text is not named as a stray <', () => {
    expect(syntax('Text <\n')).toEqual([
      'p.mdx:5: mdx-syntax: cannot be read as MDX (Unexpected end of file before name, expected a character that can start a name, such as a letter, `$`, or `_`) — close every <Component> tag, and write \\< or \\{ to show a < or { as text',
    ]);
  });
  it('parse-mdx: finds the line of an unclosed tag that starts after column 9', () => {
    expect(syntax('A\n\n          <Callout kind="information">\n\nText.\n')).toEqual([
      'p.mdx:7: mdx-syntax: <Callout> is never closed — add </Callout> after what it wraps',
    ]);
  });
});
